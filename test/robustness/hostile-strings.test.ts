/**
 * Hostile text in every text field of an agreement (titles, names, prose, representatives,
 * locations, term names, CSV segments) never comes out as markup, in HTML or in Markdown.
 *
 * The oracle is differential: the same agreement with plain words in every field gives the
 * renderer's own markup. With a payload instead, the output may hold no tag, no attribute
 * and no link the plain version lacks, no event handler and no script URL. Markdown is
 * checked after rendering it with markdown-it with raw HTML on and every link scheme
 * allowed, the most permissive viewer. (A browser test elsewhere covers the webview.)
 */
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { hostileAgreement } from '../renderer/hostile-corpus.js';
import { createExampleServices, loadRenderer, RENDER_TODAY, setDocument } from './harness.js';

const PAYLOADS = [
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    '\'><svg onload=alert(1)>',
    '<img src="x" onerror="alert(1)">',
    '<a href="javascript:alert(1)">click</a>',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '[click me](javascript:alert(1))',
    '[click me](https://evil.example/phish)',
    '![tracker](https://evil.example/pixel.png)',
    '<https://evil.example/autolink>',
    '<svg><script>alert(1)</script></svg>',
    '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    '<iframe src="javascript:alert(1)"></iframe>',
    '<style>body { display: none }</style>',
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    '<![CDATA[<script>alert(1)</script>]]>',
    '<!-- hidden --><b>bold</b>',
    '</textarea></title></style><script>alert(1)</script>',
    '<<script>script>alert(1)<</script>/script>',
    '&lt;script&gt;alert(1)&lt;/script&gt;',
    '" onmouseover="alert(1)" x="',
    '\' onfocus=\'alert(1)\' autofocus=\'',
    '**bold** _italic_ `code` ~~strike~~',
    'line one\n# Heading\n\n- item\n\n| a | b |\n|---|---|\n| c | d |',
    '\n```\ncode block\n```\n',
    '> quoted\n---\n***',
    '[link][ref]\n\n[ref]: javascript:alert(1)',
    '<details open ontoggle=alert(1)>',
    '${alert(1)} {{constructor.constructor(\'alert(1)\')()}}',
    '\u202Eevil\u202C \u0000 \u2028'
];

const BENIGN = 'Plain words';

interface Markup {
    tags: Set<string>;
    attributes: Set<string>;
    links: string[];
    problems: string[];
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'xlink:href', 'action', 'formaction', 'srcset', 'poster', 'background']);

function decode(value: string): string {
    return value
        .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
        .replace(/&#(\d+);?/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
        .replace(/&quot;/g, '"').replace(/&apos;|&#39;/g, '\'').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The tags, attributes and links of an HTML text, and anything dangerous in them. */
function markupOf(html: string): Markup {
    const markup: Markup = { tags: new Set(), attributes: new Set(), links: [], problems: [] };
    for (const [, name, rest] of html.matchAll(/<\/?([a-zA-Z][\w:-]*)([^<>]*)>/g)) {
        markup.tags.add(name.toLowerCase());
        for (const [, attribute, , double, single, bare] of rest.matchAll(/([^\s"'=<>/]+)(\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
            const key = attribute.toLowerCase();
            markup.attributes.add(key);
            const value = decode(double ?? single ?? bare ?? '').replace(/[\s\u0000-\u001f]+/g, '').toLowerCase();
            if (key.startsWith('on')) {
                markup.problems.push(`event handler ${key} on <${name}>`);
            }
            if (URL_ATTRIBUTES.has(key)) {
                if (/^(javascript|vbscript|data):/.test(value)) {
                    markup.problems.push(`script URL in ${key} of <${name}>: ${value}`);
                }
                if (key === 'href' || key === 'xlink:href' || key === 'src') {
                    markup.links.push(value);
                }
            }
        }
    }
    if (/<!\[CDATA\[/i.test(html)) {
        markup.problems.push('CDATA section');
    }
    return markup;
}

/**
 * Prose is Markdown by design: emphasis, code, quotes, rules, lists and web links written in
 * it become their elements. Nothing else may: no other tag, no image, no attribute beyond
 * a link's `href` and `rel`, no link to a scheme other than http(s) and mail.
 */
const PROSE_TAGS = new Set(['p', 'em', 'strong', 's', 'code', 'pre', 'blockquote', 'hr', 'ul', 'ol', 'li', 'br', 'a',
    'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);
const PROSE_ATTRIBUTES = new Set(['href', 'rel', 'start', 'class']);
const PROSE_LINK = /^(https?:|mailto:)/;

/** What `hostile` has that the renderer's own markup (`benign`) and prose Markdown do not. */
function injected(benign: Markup, hostile: Markup): string[] {
    const found = [...hostile.problems];
    found.push(...[...hostile.tags].filter(tag => !benign.tags.has(tag) && !PROSE_TAGS.has(tag)).map(tag => `new tag <${tag}>`));
    found.push(...[...hostile.attributes].filter(attribute => !benign.attributes.has(attribute) && !PROSE_ATTRIBUTES.has(attribute)).map(attribute => `new attribute ${attribute}`));
    const ownLinks = new Set(benign.links);
    // Anchors inside the document (`#term-…`) are the renderer's own, whatever text they slug.
    found.push(...hostile.links.filter(link => !link.startsWith('#') && !ownLinks.has(link) && !PROSE_LINK.test(link)).map(link => `new link ${link}`));
    return [...new Set(found)];
}

describe('hostile strings in every text field', async () => {
    const renderer = await loadRenderer();
    const services = await createExampleServices();
    // The most permissive Markdown viewer: raw HTML on, any link scheme accepted. (Bare URLs
    // are left as text: turning them into links is the viewer's choice, not markup.)
    const markdownViewer = new MarkdownIt({ html: true, linkify: false });
    markdownViewer.validateLink = () => true;

    async function render(payload: string): Promise<{ html?: string; markdown?: string; parseErrors: number }> {
        // The same agreement, with a payload in every text field, as the browser test uses.
        const { text, csv } = hostileAgreement(payload, 'hostile.csv');
        services.fileSystem.set('/work/hostile/hostile.csv', csv);
        const document = await setDocument(services, '/work/hostile/hostile.sla', text);
        const model = services.Sla.sla.ModelProvider.modelOf(document)!;
        const parseErrors = document.parseResult.parserErrors.length + document.parseResult.lexerErrors.length;
        return {
            html: renderer.renderHtmlFragment?.(model, { today: RENDER_TODAY }),
            markdown: renderer.renderMarkdown ? markdownViewer.render(renderer.renderMarkdown(model, { today: RENDER_TODAY })) : undefined,
            parseErrors
        };
    }

    it.skipIf(!renderer.renderHtmlFragment)('never become markup in the HTML preview', async () => {
        const benign = await render(BENIGN);
        expect(benign.parseErrors).toBe(0);
        const baseline = markupOf(benign.html!);
        const found: string[] = [];
        for (const payload of PAYLOADS) {
            const hostile = await render(payload);
            expect(hostile.parseErrors, payload).toBe(0);
            found.push(...injected(baseline, markupOf(hostile.html!)).map(problem => `${JSON.stringify(payload)}: ${problem}`));
            // The payload is shown as text: present, once its entities are decoded.
            expect(decode(hostile.html!.replace(/<[^>]*>/g, '')), payload).toContain(payload.split('\n')[0].trim());
        }
        console.log(`hostile strings (HTML): ${PAYLOADS.length} payloads in every text field`);
        expect(found).toEqual([]);
    });

    it.skipIf(!renderer.renderMarkdown)('never become markup in the Markdown export', async () => {
        const baseline = markupOf((await render(BENIGN)).markdown!);
        const found: string[] = [];
        for (const payload of PAYLOADS) {
            const hostile = await render(payload);
            found.push(...injected(baseline, markupOf(hostile.markdown!)).map(problem => `${JSON.stringify(payload)}: ${problem}`));
        }
        console.log(`hostile strings (Markdown): ${PAYLOADS.length} payloads in every text field, rendered by markdown-it`);
        expect(found).toEqual([]);
    });
});
