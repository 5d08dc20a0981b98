import { describe, expect, test } from 'vitest';
import type { DocumentProse } from 'sla-model';
import { mentionHtml, proseToHtml, proseToInlineHtml } from '../../packages/renderer/src/prose-html.js';

const text = (value: string): DocumentProse => [{ kind: 'text', text: value }];

describe('prose to HTML', () => {
    test('Markdown: paragraphs, emphasis, lists, code', () => {
        expect(proseToHtml(text('**Bold** and *soft*.\n\n- one\n- two\n\n`code`'))).toBe(
            '<p><strong>Bold</strong> and <em>soft</em>.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<p><code>code</code></p>');
    });

    test('raw HTML stays text', () => {
        expect(proseToInlineHtml(text('<script>alert(1)</script> <b onclick="x()">b</b>')))
            .toBe('&lt;script&gt;alert(1)&lt;/script&gt; &lt;b onclick=&quot;x()&quot;&gt;b&lt;/b&gt;');
    });

    test('links only to web, mail and in-document addresses', () => {
        expect(proseToInlineHtml(text('[a](https://example.com) [b](mailto:x@example.com) [c](#term-x)'))).toBe(
            '<a href="https://example.com" rel="noopener noreferrer">a</a> <a href="mailto:x@example.com" rel="noopener noreferrer">b</a> <a href="#term-x">c</a>');
        expect(proseToInlineHtml(text('[a](javascript:alert(1)) [b](&#106;avascript:alert(1)) [c](data:text/html,x) [d](vbscript:x) <javascript:alert(1)>')))
            .toBe('[a](javascript:alert(1)) [b](javascript:alert(1)) [c](data:text/html,x) [d](vbscript:x) &lt;javascript:alert(1)&gt;');
    });

    test('images are not loaded: they stay text', () => {
        expect(proseToInlineHtml(text('![x](https://example.com/x.png)'))).toBe('!<a href="https://example.com/x.png" rel="noopener noreferrer">x</a>');
    });

    test('table alignment becomes a class, never a style attribute', () => {
        expect(proseToHtml(text('| a | b |\n|:--|--:|\n| 1 | 2 |'))).toBe([
            '<table>', '<thead>', '<tr>', '<th class="sla-align-left">a</th>', '<th class="sla-align-right">b</th>', '</tr>', '</thead>',
            '<tbody>', '<tr>', '<td class="sla-align-left">1</td>', '<td class="sla-align-right">2</td>', '</tr>', '</tbody>', '</table>'
        ].join('\n'));
    });

    test('mentions link to the glossary, undefined ones are marked, inside a link they are not links', () => {
        const prose: DocumentProse = [
            { kind: 'text', text: 'Every ' },
            { kind: 'mention', term: 'Qualified Lead', anchor: 'term-qualified-lead' },
            { kind: 'text', text: ' is *counted*; ' },
            { kind: 'mention', term: '<Nothing>' },
            { kind: 'text', text: ' is not. [See ' },
            { kind: 'mention', term: 'Qualified Lead', anchor: 'term-qualified-lead' },
            { kind: 'text', text: '](https://example.com) `' },
            { kind: 'mention', term: 'Qualified Lead', anchor: 'term-qualified-lead' },
            { kind: 'text', text: '`' }
        ];
        expect(proseToInlineHtml(prose)).toBe('Every <a class="sla-term" href="#term-qualified-lead">Qualified Lead</a> is <em>counted</em>; '
            + '<span class="sla-term sla-term-undefined" title="Not defined in the glossary">&lt;Nothing&gt;</span> is not. '
            + '<a href="https://example.com" rel="noopener noreferrer">See <span class="sla-term">Qualified Lead</span></a> <code>Qualified Lead</code>');
    });

    test('user text cannot forge a mention placeholder', () => {
        expect(proseToInlineHtml(text('\uE0000\uE001'))).toBe('\uFFFD0\uFFFD');
    });

    test('mentionHtml escapes the name and the anchor', () => {
        expect(mentionHtml({ term: '"><x>', anchor: 'term-"x' })).toBe('<a class="sla-term" href="#term-&quot;x">&quot;&gt;&lt;x&gt;</a>');
    });
    test('a mention after a link closes is linked again; one inside the next link is not', () => {
        const term = { kind: 'mention' as const, term: 'X', anchor: 'term-x' };
        const prose: DocumentProse = [
            { kind: 'text', text: '[a](#b) ' }, term, { kind: 'text', text: ' [c ' }, term, { kind: 'text', text: '](#d) ' }, term
        ];
        expect(proseToInlineHtml(prose)).toBe('<a href="#b">a</a> <a class="sla-term" href="#term-x">X</a> '
            + '<a href="#d">c <span class="sla-term">X</span></a> <a class="sla-term" href="#term-x">X</a>');
    });
});

// Issue #15: whether a text token lay inside a link was asked by counting every token before
// it, so one paragraph of many lines or many emphases took time quadratic in its length
// (20,000 lines: 1.4 s; 1 MB: over 30 s). The bound below is wide, not a timing.
describe('prose to HTML in time linear in its length', () => {
    test('100,000 short lines (1 MB) in one paragraph', () => {
        const html = proseToHtml(text('word word\n'.repeat(100_000)));
        // One paragraph: the 100,000 lines joined by 99,999 line breaks, the last one trimmed.
        expect(html.startsWith('<p>word word\nword word\n')).toBe(true);
        expect(html.endsWith('word word</p>')).toBe(true);
        expect(html.split('\n').length).toBe(100_000);
    }, 20_000);

    test('400 KB of `*a* `: 100,000 emphases', () => {
        const html = proseToHtml(text('*a* '.repeat(100_000)));
        expect(html.split('<em>a</em>').length - 1).toBe(100_000);
    }, 20_000);
});
