/**
 * The CST builder on hostile shapes (issue #15): many hidden tokens before one token, and
 * many parts in one quoted string. Each used to overflow the stack or take time quadratic in
 * the input; the limits are wide (30 s) because the machine is shared, BENCHMARKS.md has
 * the measured times.
 */
import { CstUtils, EmptyFileSystem, isLeafCstNode } from 'langium';
import { describe, expect, test } from 'vitest';
import { createSlaServices, isSharedGlossary, isSlaFile } from 'sla-language';

const parser = createSlaServices(EmptyFileSystem).Sla.parser.LangiumParser;

function hiddenLeaves(text: string): { count: number; first: string | undefined } {
    const result = parser.parse(text);
    expect(result.lexerErrors).toEqual([]);
    expect(result.parserErrors).toEqual([]);
    let count = 0;
    let first: string | undefined;
    for (const node of CstUtils.streamCst(result.value.$cstNode!)) {
        if (isLeafCstNode(node) && node.hidden) {
            first ??= node.text;
            count++;
        }
    }
    return { count, first };
}

describe('the CST builder', () => {
    test('200,000 comment lines after the last token (3.2 MB) are 200,000 hidden leaves: the spread of them overflowed the stack', () => {
        const text = 'glossary G {\n}\n' + '// comment line\n'.repeat(200_000);
        expect(hiddenLeaves(text)).toEqual({ count: 200_000, first: '// comment line' });
    }, 30_000);

    test('200,000 comment lines before the first token, and between two terms', () => {
        const comments = '/* c */\n'.repeat(100_000);
        const text = comments + 'glossary G {\n term [A] = "a"\n' + comments + ' term [B] = "b"\n}\n';
        expect(hiddenLeaves(text)).toEqual({ count: 200_000, first: '/* c */' });
        const root = parser.parse(text).value;
        expect(isSlaFile(root) && isSharedGlossary(root.glossary) ? root.glossary.terms.map(term => term.name) : []).toEqual(['A', 'B']);
    }, 30_000);

    test('a string of 100,000 mentions parses to 100,000 parts: finding where each goes searched them all', () => {
        const result = parser.parse('glossary G "' + '[X]'.repeat(100_000) + '" {\n term [X] = "x"\n}\n');
        expect(result.parserErrors).toEqual([]);
        const root = result.value;
        const title = isSlaFile(root) && isSharedGlossary(root.glossary) ? root.glossary.title : undefined;
        expect(title?.parts.length).toBe(100_000);
        expect(title?.parts[99_999].$cstNode?.offset).toBe(12 + 3 * 99_999);
    }, 30_000);
});
