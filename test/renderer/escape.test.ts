import { describe, expect, test } from 'vitest';
import { slug } from 'sla-model';
import { escapeHtml, escapeMarkdown, escapeMarkdownProse, markdownLinkDestination } from 'sla-renderer';

describe('escapeHtml', () => {
    test('escapes the five characters that can open markup or end an attribute', () => {
        expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    });

    test('leaves other text alone, unicode included', () => {
        expect(escapeHtml('Délai {{x}} \u202Eabc')).toBe('Délai {{x}} \u202Eabc');
    });

    test('a field left empty by the parser is written as nothing', () => {
        expect(escapeHtml(undefined)).toBe('');
        expect(escapeHtml('')).toBe('');
    });
});

describe('escapeMarkdown', () => {
    test('backslash-escapes inline markup and writes < as an entity', () => {
        expect(escapeMarkdown('*a* _b_ [c](d) `e` # | ~ > \\ <script>'))
            .toBe('\\*a\\* \\_b\\_ \\[c\\](d) \\`e\\` \\# \\| \\~ \\> \\\\ &lt;script\\>');
    });

    test('entities stay text; a plain ampersand stays readable', () => {
        // `&\#106;` is no entity: the escaped `#` breaks it.
        expect(escapeMarkdown('Sales & Marketing &lt; &#106;')).toBe('Sales & Marketing &amp;lt; &\\#106;');
    });

    test('line breaks fold to one space so a field cannot start a block', () => {
        expect(escapeMarkdown('a\n\n# b\r\nc')).toBe('a \\# b c');
    });
});

describe('escapeMarkdownProse', () => {
    test('keeps Markdown and neutralises raw HTML', () => {
        expect(escapeMarkdownProse('**bold** <img src=x onerror=alert(1)>')).toBe('**bold** &lt;img src=x onerror=alert(1)>');
    });

    test('a link to another scheme loses its bracket; web, mail and anchor links stay', () => {
        expect(escapeMarkdownProse('[a](javascript:x) [b]( vbscript:y) [c](https://ok) [d](#x) [e](mailto:m)'))
            .toBe('[a\\](javascript:x) [b\\]( vbscript:y) [c](https://ok) [d](#x) [e](mailto:m)');
    });

    test('link definitions lose their bracket in any container: list item, quote, table, heading', () => {
        expect(escapeMarkdownProse('- [l]: javascript:x\n> [q]: javascript:x\n| [t]: javascript:x |\n# [h]: javascript:x\n[top]: https://x'))
            .toBe('- [l\\]: javascript:x\n> [q\\]: javascript:x\n| [t\\]: javascript:x |\n# [h\\]: javascript:x\n[top\\]: https://x');
    });

    test('a backslash the user wrote does not cancel the escape; one that escapes already is kept', () => {
        // `\\]` is an escaped `]`: nothing to add. `\\\\]` is a backslash, then a live `]`: one more backslash.
        expect(escapeMarkdownProse('[a\\](javascript:x)')).toBe('[a\\](javascript:x)');
        expect(escapeMarkdownProse('[a\\\\](javascript:x)')).toBe('[a\\\\\\](javascript:x)');
        expect(escapeMarkdownProse('[d\\\\]: javascript:x')).toBe('[d\\\\\\]: javascript:x');
        // Three backslashes: a backslash, then an escaped `]`: nothing to add.
        expect(escapeMarkdownProse('[a\\\\\\](javascript:x)')).toBe('[a\\\\\\](javascript:x)');
    });

    // Issue #15: the pattern matched the backslashes before every `]` from each start in a run
    // of them, in time quadratic in the run (40,000 backslashes: 2.3 s). The bound is wide.
    test('a megabyte of backslashes is read once', () => {
        const run = '\\'.repeat(1_000_000);
        expect(escapeMarkdownProse(run)).toBe(run);
        // 1,000,000 backslashes (an even count) before `](javascript:x)`: the `]` is live and gets one more.
        expect(escapeMarkdownProse(`[a${run}](javascript:x)`)).toBe(`[a${run}\\](javascript:x)`);
        expect(escapeMarkdownProse(`[a${run}\\]: javascript:x`)).toBe(`[a${run}\\]: javascript:x`);
    }, 20_000);
});

describe('markdownLinkDestination', () => {
    test('percent-encodes what could end or break out of a link destination', () => {
        expect(markdownLinkDestination('https://x/)[y](javascript:z)')).toBe('https://x/%29%5By%5D%28javascript:z%29');
        expect(markdownLinkDestination('https://x/a b<c>"d\'e\\f`g*h')).toBe('https://x/a%20b%3Cc%3E%22d%27e%5Cf%60g%2Ah');
    });

    test('an ordinary address with a query is unchanged; unicode is encoded as UTF-8', () => {
        expect(markdownLinkDestination('https://example.com/p?a=1&b=2#top')).toBe('https://example.com/p?a=1&b=2#top');
        expect(markdownLinkDestination('https://example.com/Délai\uD800')).toBe('https://example.com/D%C3%A9lai%EF%BF%BD');
    });
});

describe('slug', () => {
    test('lower-cases and joins letters and digits of any script with hyphens', () => {
        expect(slug('Qualified Lead')).toBe('qualified-lead');
        expect(slug('  Délai de réponse (P1) ')).toBe('délai-de-réponse-p1');
        expect(slug('"><script>')).toBe('script');
        expect(slug('!!!')).toBe('');
    });
});
