/**
 * Escaping of user text for every output the renderer writes. Agreement text is untrusted:
 * it reaches a webview, a standalone page and Markdown files, so nothing a user types may
 * become markup. A field a recovering parser left empty arrives as undefined and is written
 * as nothing, so a half-typed file still renders.
 */

const HTML_ESCAPES: Record<string, string> = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    '\'': '&#39;'
};

const HTML_SPECIAL = /[&<>"']/;

/** Text for HTML and SVG element content and attribute values (always double-quoted). */
export function escapeHtml(text: string | undefined): string {
    const value = text ?? '';
    // Most text has nothing to escape: a test is cheaper than a replace that allocates.
    return HTML_SPECIAL.test(value) ? value.replace(/[&<>"']/g, char => HTML_ESCAPES[char]) : value;
}

/**
 * Plain user text (a title, a name) for Markdown: every character that could start inline
 * markup is backslash-escaped, `<` and entity-like `&` become entities so no tag or entity
 * survives, and line breaks fold to spaces so one field cannot start a block. The writer
 * never puts such text at the start of a line, so list and heading markers need no escape.
 */
export function escapeMarkdown(text: string | undefined): string {
    return (text ?? '')
        .replace(/[\r\n]+/g, ' ')
        .replace(/[\\`*_[\]#|~>]/g, char => `\\${char}`)
        .replace(/&(?=#?\w+;)/g, '&amp;')
        .replace(/</g, '&lt;');
}

/** Link targets prose may have, in the preview and in the Markdown export alike. */
export const SAFE_LINK = /^(https?:|mailto:|#)/i;

/**
 * Prose for Markdown: it is Markdown already, so it keeps its emphasis, lists and web links,
 * under the preview's rules. `<` becomes an entity, so no tag (nor autolink) from user text
 * reaches the file; an image becomes text, since nothing remote may load; a link to any other
 * scheme (`javascript:`…) loses the bracket that makes it a link; and no link definition
 * survives, at the start of a line or inside a list item, a quote or a table alike: every
 * `]:` loses its bracket. A backslash the user wrote cannot cancel an escape added here.
 */
export function escapeMarkdownProse(text: string | undefined): string {
    return (text ?? '')
        .replace(/</g, '&lt;')
        .replace(/!\[/g, '!\\[')
        .replace(/\]\(\s*([^)\s]*)/g, (link, url: string, offset: number, all: string) =>
            escapedAt(all, offset) || SAFE_LINK.test(url) ? link : `\\${link}`)
        .replace(/\]:/g, (definition, offset: number, all: string) => escapedAt(all, offset) ? definition : '\\]:')
        // A mention's link may follow this text: `!` before it would make it an image.
        .replace(/!$/, '\\!');
}

/**
 * Whether the character at `index` is escaped: an odd number of backslashes stands before it.
 * Counted back from the character, each run once: a pattern that matched the backslashes
 * before every `]` tried every start in a long run of them, in time quadratic in it (issue #15).
 */
function escapedAt(text: string, index: number): boolean {
    let start = index;
    while (start > 0 && text[start - 1] === '\\') {
        start--;
    }
    return (index - start) % 2 === 1;
}

/**
 * A web address as a Markdown link destination: every character that could end the
 * destination, start a title or an escape, or break out of the link (`(`, `)`, `<`, `>`, `\`,
 * quotes, brackets, spaces and controls) is percent-encoded; `encodeURIComponent` alone leaves
 * `(` and `)`.
 */
export function markdownLinkDestination(href: string): string {
    return href.replace(/[^A-Za-z0-9\-._~:/?#@!$&+,;=%]/gu, char => {
        try {
            return encodeURIComponent(char).replace(/[!'()*]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
        } catch {
            return '%EF%BF%BD';
        }
    });
}
