/**
 * The matchers that replace the grammar's PROSE_TEXT and ML_COMMENT expressions: the same
 * tokens, in a loop instead of a backtracking expression (issue #15: a quoted string of
 * some megabytes overflowed V8's regex stack; many unclosed `/*` were scanned to the end once
 * each). Limits are wide (30 s): see BENCHMARKS.md for times.
 */
import { EmptyFileSystem } from 'langium';
import { describe, expect, test } from 'vitest';
import { createSlaServices, matchBlockComment, matchProseText } from 'sla-language';

const lexer = createSlaServices(EmptyFileSystem).Sla.parser.Lexer;

function tokens(text: string): string[] {
    const result = lexer.tokenize(text);
    expect(result.errors).toEqual([]);
    return result.tokens.map(token => `${token.tokenType.name} ${token.image}`);
}

describe('prose text', () => {
    test('a run stops before a quote and before a `[` that opens a mention; an escape pair stays inside', () => {
        expect(tokens('"a [b] c\\" [d"')).toEqual(['PROSE_START "', 'PROSE_TEXT a ', 'MENTION [b]', 'PROSE_TEXT  c\\" [d', 'PROSE_END "']);
    });

    test('a `[` that opens no mention is text of the run: before another `[`, a quote or a line break', () => {
        expect(tokens('"[[x] [ y\n[z]"')).toEqual(['PROSE_START "', 'PROSE_TEXT [', 'MENTION [x]', 'PROSE_TEXT  [ y\n', 'MENTION [z]', 'PROSE_END "']);
    });

    test('near miss: an escaped `[` never opens a mention; a lone backslash at the end of the text ends the run before it', () => {
        expect(matchProseText('\\[x]', 0)).toEqual(['\\[x]']);
        expect(matchProseText('ab\\', 0)).toEqual(['ab']);
        expect(matchProseText('"', 0)).toBeNull();
        expect(matchProseText('[x]', 0)).toBeNull();
    });

    test('a quoted string of 9,000,000 characters is one token: the expression overflowed the stack', () => {
        const text = '"' + 'a'.repeat(9_000_000) + '"';
        expect(tokens(text).map(token => token.length)).toEqual([13, 9_000_011, 11]);
    }, 30_000);

    test('100,000 brackets in a string are one token, not 100,000', () => {
        expect(tokens('"' + '['.repeat(100_000) + '"').length).toBe(3);
    }, 30_000);
});

describe('block comments', () => {
    test('from `/*` to the first `*/`; near miss: one never closed is no comment', () => {
        expect(matchBlockComment('/* a */ b */', 0)).toEqual(['/* a */']);
        expect(matchBlockComment('x /* a */', 2)).toEqual(['/* a */']);
        expect(matchBlockComment('/* a', 0)).toBeNull();
        expect(matchBlockComment('/*/', 0)).toBeNull();
        expect(matchBlockComment('/**/', 0)).toEqual(['/**/']);
    });

    test('200,000 unclosed `/*` are refused each at once', () => {
        const result = lexer.tokenize('/*'.repeat(200_000));
        expect(result.tokens).toEqual([]);
        expect(result.errors.length).toBeGreaterThan(0);
    }, 30_000);
});
