import { readFileSync } from 'node:fs';
import type { AstNode, CstNode, LangiumDocument, ParseResult } from 'langium';
import { AstUtils, isCompositeCstNode, isReference, URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { BlockReparser, textChange } from '../../../packages/language/src/parser/block-reparse.js';
import { allNodes } from '../../../packages/language/src/workspace/ast-nodes.js';
import { exampleFiles } from '../../helpers/example-documents.js';
import { createRandom } from '../../helpers/random.js';
import { randomEdit } from '../../helpers/random-edit.js';
import { checkDocument, createTestServices } from '../../helpers/sla-test-services.js';

const services = createTestServices();
const parser = services.Sla.parser.LangiumParser;
const blockReparser = new BlockReparser(services.Sla.Grammar, parser);
/** The reparse's parse result, checking that the new block stands where the old one stood. */
const reparser = {
    reparse(previous: ParseResult, text: string): ParseResult | undefined {
        const reparsed = blockReparser.reparse(previous, text);
        if (reparsed) {
            expect(reparsed.newBlock.$type).toBe(reparsed.oldBlock.$type);
            expect(AstUtils.streamAst(reparsed.parse.value).includes(reparsed.newBlock)).toBe(true);
            expect(AstUtils.streamAst(reparsed.parse.value).includes(reparsed.oldBlock)).toBe(false);
        }
        return reparsed?.parse;
    }
};

/** Ids for grammar elements, so two trees can be compared by the grammar element of each node. */
const grammarIds = new Map<AstNode, number>(AstUtils.streamAst(services.Sla.Grammar).toArray().map((node, index) => [node, index]));

function range(node: CstNode): string {
    const { start, end } = node.range;
    return `${start.line}:${start.character}-${end.line}:${end.character}`;
}

/** Everything a parse result holds: each CST node with its position, range and AST node; each AST node with its place and values. */
function dump(result: ParseResult): string[] {
    const lines: string[] = [`errors ${result.lexerErrors.length} ${result.parserErrors.length}`];
    const visit = (node: CstNode, depth: number): void => {
        const grammar = node.grammarSource ? grammarIds.get(node.grammarSource) : '-';
        const owner = node.astNode;
        const own = owner.$cstNode === node ? '*' : '';
        if (isCompositeCstNode(node)) {
            lines.push(`${' '.repeat(depth)}C ${grammar} ${node.offset}-${node.end} ${range(node)} ${owner.$type}${own}`);
            node.content.forEach(child => visit(child, depth + 1));
        } else {
            lines.push(`${' '.repeat(depth)}L ${grammar} ${node.offset}+${node.length} ${range(node)} ${node.hidden} ${JSON.stringify(node.text)} ${owner.$type}${own}`);
        }
    };
    visit(result.value.$cstNode!, 0);
    for (const node of AstUtils.streamAst(result.value)) {
        const values = Object.entries(node)
            .filter(([key, value]) => !key.startsWith('$') && (typeof value !== 'object' || isReference(value)))
            .map(([key, value]) => `${key}=${isReference(value) ? `[${value.$refText}]` : JSON.stringify(value)}`);
        const cst = node.$cstNode!;
        lines.push(`${node.$type} in ${node.$container?.$type}.${node.$containerProperty}[${node.$containerIndex}] at ${cst.offset}-${cst.end} ${range(cst)} ${cst.astNode === node} ${cst.text.length} ${values.join(' ')}`);
    }
    return lines;
}

describe('textChange', () => {
    test('finds the one region that differs', () => {
        expect(textChange('abc', 'abc')).toBeUndefined();
        expect(textChange('abcdef', 'abXdef')).toEqual({ start: 2, oldEnd: 3, newEnd: 3 });
        expect(textChange('abcdef', 'abcXdef')).toEqual({ start: 3, oldEnd: 3, newEnd: 4 });
        expect(textChange('abcdef', 'abef')).toEqual({ start: 2, oldEnd: 4, newEnd: 2 });
        // A repeated character: the change is placed after the common start.
        expect(textChange('aaa', 'aaaa')).toEqual({ start: 3, oldEnd: 3, newEnd: 4 });
        expect(textChange('', 'x')).toEqual({ start: 0, oldEnd: 0, newEnd: 1 });
    });
});

describe('BlockReparser', () => {
    const text = [
        'import "common.sla"',
        'agreement A "Hosting" {',
        '    // The service.',
        '    service S "Web" {',
        '        description "Hosting of [Site] pages." // why',
        '        metric M { pace daily } metric N { counts "Visits" pace daily }',
        '    }',
        '    termination { notice 30 days by either party }',
        '}'
    ].join('\n');

    test('an edit inside a service reparses that service and gives the tree a full parse gives', () => {
        const previous = parser.parse(text);
        const root = previous.value;
        const edited = text.replace('Hosting of', 'Hosting\nand care of');
        const reparsed = reparser.reparse(previous, edited);
        expect(reparsed?.value).toBe(root);
        expect(dump(reparsed!)).toEqual(dump(parser.parse(edited)));
        // The termination after the service moved a line down.
        const termination = (root as unknown as { agreement: { clauses: AstNode[] } }).agreement.clauses[1];
        expect(termination.$cstNode!.range.start).toEqual({ line: 8, character: 4 });
        expect(termination.$cstNode!.text).toBe('termination { notice 30 days by either party }');
    });

    test('tokens after the block on its last line move along the line', () => {
        const edited = text.replace('pace daily }', 'pace   daily }');
        const reparsed = reparser.reparse(parser.parse(text), edited);
        expect(dump(reparsed!)).toEqual(dump(parser.parse(edited)));
        const second = AstUtils.streamAst(reparsed!.value).find(node => (node as { name?: string }).name === 'N')!;
        expect(second.$cstNode!.range.start).toEqual({ line: 5, character: 34 });
        expect(second.$cstNode!.text).toBe('metric N { counts "Visits" pace daily }');
    });

    test('takes the innermost block: an edit in a metric reparses the metric, and one between clauses the agreement', () => {
        const parse = (edited: string) => reparser.reparse(parser.parse(text), edited);
        expect(parse(text.replace('pace daily', 'pace  daily'))?.value.$cstNode?.text).toBe(text.replace('pace daily', 'pace  daily'));
        const between = text.replace('    // The service.', '    // The web service.');
        expect(dump(parse(between)!)).toEqual(dump(parser.parse(between)));
    });

    test.each([
        ['an edit outside every block', text.replace('common.sla', 'shared.sla')],
        ['a quote left open', text.replace('Hosting of', 'Hosting "of')],
        ['a closing brace removed', text.replace('daily }', 'daily ')],
        ['a comment that swallows the closing brace', text.replace('pace daily }', 'pace daily // }')],
        ['a block that now ends early', text.replace('metric M {', 'metric M { }')],
        ['a new keyword where the block starts', text.replace('service S', 'servic S')],
        ['text after the closing brace', text.replace('pace daily }', 'pace daily }x')]
    ])('gives up on %s: the caller parses it all', (_name, edited) => {
        expect(reparser.reparse(parser.parse(text), edited)).toBeUndefined();
    });

    test('gives up when the previous parse had an error', () => {
        const broken = text.replace('notice 30 days', 'notice days');
        expect(reparser.reparse(parser.parse(broken), broken.replace('Hosting of', 'Hosting for'))).toBeUndefined();
    });

    test('after thousands of random edits to the examples, each reparse equals a full parse', () => {
        const random = createRandom(6011);
        let edits = 0;
        let reparsed = 0;
        const sources = [
            ...exampleFiles().map(file => [file, readFileSync(file, 'utf8')]),
            ['the compact agreement above', text],
            ['the compact agreement with Windows line ends', text.replaceAll('\n', '\r\n')]
        ];
        for (const [file, source] of sources) {
            let valid = source;
            let current = parser.parse(valid);
            for (let step = 0; step < 400; step++) {
                const edited = randomEdit(current.value.$cstNode!.root.fullText, random);
                const full = parser.parse(edited);
                const incremental = reparser.reparse(current, edited);
                edits++;
                if (incremental) {
                    reparsed++;
                    expect(dump(incremental), `${file}, edit ${step}`).toEqual(dump(full));
                }
                if (full.lexerErrors.length + full.parserErrors.length === 0) {
                    valid = edited;
                    current = incremental ?? full;
                } else {
                    // Back to the last text without errors, so the edits go on from a tree that can be reparsed.
                    current = random.chance(0.5) ? parser.parse(valid) : full;
                }
            }
        }
        console.log(`block reparse: ${edits} random edits to the examples, ${reparsed} reparsed one block, each equal to a full parse`);
        expect(edits).toBe(2400);
        expect(reparsed).toBeGreaterThan(900);
    });
});

describe('SlaDocumentFactory', () => {
    test('a document updated by a reparsed block has the diagnostics of one checked from scratch', async () => {
        const path = '/work/reparse.sla';
        const text = readFileSync(exampleFiles().find(file => file.endsWith('sales-marketing.sla'))!, 'utf8').replace(/import "[^"]*"\n/, '');
        const testServices = createTestServices({ [path]: text });
        const uri = URI.file(path);
        const document = await testServices.shared.workspace.LangiumDocuments.getOrCreateDocument(uri) as LangiumDocument;
        await testServices.shared.workspace.DocumentBuilder.build([document], { validation: true });
        const root = document.parseResult.value;

        const edited = text.replace(/(description "[^"]*?)\[/, '$1\n\n[Qualified Lede] and ');
        expect(edited).not.toBe(text);
        testServices.fileSystem.set(path, edited);
        await testServices.shared.workspace.DocumentBuilder.update([uri], []);

        expect(document.parseResult.value).toBe(root);
        // The node list the build phases walk was updated, not left as it was.
        const streamed = AstUtils.streamAst(root).toArray();
        expect(allNodes(root).length).toBe(streamed.length);
        expect(allNodes(root).every((node, index) => node === streamed[index])).toBe(true);
        const fresh = await checkDocument(edited);
        expect(document.diagnostics).toEqual(fresh.diagnostics);
        expect(document.diagnostics!.map(diagnostic => diagnostic.code)).toContain('undefined-term');
    });
});
