import type { ProseSegment } from 'sla-model';

/**
 * Agreement text as hover and completion Markdown, under the preview's rules (the same as
 * `escapeMarkdown` / `escapeMarkdownProse` in sla-renderer's `escape.ts`, which the language
 * server does not load; `test/language/lsp/prose-markdown.test.ts` holds both to the same
 * output): no raw HTML, no image (nothing remote may load in the editor), links only to web,
 * mail and in-document addresses, no link definition anywhere.
 */

/** Link targets prose may have, as in the preview. */
const SAFE_LINK = /^(https?:|mailto:|#)/i;

/** Plain user text (a name, a contact): every character that could start markup is escaped. */
export function plainMarkdown(text: string | undefined): string {
    return (text ?? '')
        .replace(/[\r\n]+/g, ' ')
        .replace(/[\\`*_[\]#|~>]/g, char => `\\${char}`)
        .replace(/&(?=#?\w+;)/g, '&amp;')
        .replace(/</g, '&lt;')
        // `!` before a bracket the hover writes would make an image.
        .replace(/!$/, '\\!');
}

/** Prose keeps its Markdown, minus what the preview refuses. */
export function safeProseMarkdown(text: string | undefined): string {
    return (text ?? '')
        .replace(/</g, '&lt;')
        .replace(/!\[/g, '!\\[')
        .replace(/((?:\\\\)*)(\\?)\]\(\s*([^)\s]*)/g, (link, pairs: string, escaped: string, url: string) =>
            escaped !== '' || SAFE_LINK.test(url) ? link : `${pairs}\\${link.slice(pairs.length)}`)
        .replace(/((?:\\\\)*)(\\?)\]:/g, (definition, pairs: string, escaped: string) =>
            escaped !== '' ? definition : `${pairs}\\]:`);
}

/**
 * Prose as an editor shows it in hover and completion: its text, each mention in its brackets.
 * The rules apply to the joined text, so text after a mention cannot make it a link.
 */
export function proseMarkdown(segments: ProseSegment[]): string {
    return safeProseMarkdown(segments.map(segment => segment.kind === 'text' ? segment.text : `[${plainMarkdown(segment.term)}]`).join('').trim());
}
