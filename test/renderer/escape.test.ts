import { describe, expect, test } from 'vitest';
import { slug } from 'sla-model';
import { escapeHtml, escapeMarkdown, escapeMarkdownProse } from 'sla-renderer';

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
});

describe('slug', () => {
    test('lower-cases and joins letters and digits of any script with hyphens', () => {
        expect(slug('Qualified Lead')).toBe('qualified-lead');
        expect(slug('  Délai de réponse (P1) ')).toBe('délai-de-réponse-p1');
        expect(slug('"><script>')).toBe('script');
        expect(slug('!!!')).toBe('');
    });
});
