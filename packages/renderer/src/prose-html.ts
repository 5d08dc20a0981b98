import MarkdownIt from 'markdown-it';
import type { DocumentProse, ProsePiece } from 'sla-model';
import { escapeHtml, SAFE_LINK } from './escape.js';

/**
 * Prose to HTML through markdown-it. Raw HTML is off, images are off (nothing remote may
 * load), and links are limited to web, mail and in-document addresses. Term mentions cannot
 * go through Markdown as markup, so each is replaced by a placeholder of private-use
 * characters before parsing and turned into its link after.
 */
const PLACEHOLDER_START = '\uE000';
const PLACEHOLDER_END = '\uE001';
const PLACEHOLDER = /\uE000(\d+)\uE001/g;

/** The mark the core rule puts on a text token inside a link. */
const IN_LINK = 'sla-in-link';

interface ProseEnv {
    mentions: Extract<ProsePiece, { kind: 'mention' }>[];
}

const markdown = createMarkdown();

function createMarkdown(): MarkdownIt {
    const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
    md.disable('image');
    md.validateLink = url => SAFE_LINK.test(url.trim());
    const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
    md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
        const href = tokens[idx].attrGet('href') ?? '';
        if (!href.startsWith('#')) {
            tokens[idx].attrSet('rel', 'noopener noreferrer');
        }
        return defaultLinkOpen(tokens, idx, options, env, self);
    };
    md.renderer.rules.text = (tokens, idx, _options, env: ProseEnv) => renderText(tokens[idx].content, env, tokens[idx].meta === IN_LINK);
    // Which text lies inside a link, marked in one pass over each line's tokens: asking it per
    // text token, by counting the tokens before it, was quadratic in the prose (issue #15).
    md.core.ruler.push('sla_text_in_link', state => {
        for (const block of state.tokens) {
            let depth = 0;
            for (const token of block.children ?? []) {
                depth += token.type === 'link_open' ? 1 : token.type === 'link_close' ? -1 : 0;
                if (token.type === 'text' && depth > 0) {
                    token.meta = IN_LINK;
                }
            }
        }
    });
    // Table alignment would come out as style attributes, which the preview's policy forbids.
    md.core.ruler.push('sla_alignment_classes', state => {
        for (const token of state.tokens) {
            const style = token.attrGet('style');
            if (style !== null) {
                token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'style');
                const align = /text-align:(left|right|center)/.exec(style)?.[1];
                if (align) {
                    token.attrJoin('class', `sla-align-${align}`);
                }
            }
        }
    });
    return md;
}

function renderText(content: string, env: ProseEnv, inLink: boolean): string {
    let html = '';
    let last = 0;
    for (const match of content.matchAll(PLACEHOLDER)) {
        html += escapeHtml(content.slice(last, match.index));
        const mention = env.mentions[Number(match[1])];
        html += mention ? mentionHtml(mention, inLink) : '';
        last = match.index + match[0].length;
    }
    return html + escapeHtml(content.slice(last));
}

/** A mention: a link to its glossary entry, or a marked span when no glossary defines it. */
export function mentionHtml(mention: { term: string; anchor?: string }, inLink = false): string {
    const name = escapeHtml(mention.term);
    if (!mention.anchor) {
        return `<span class="sla-term sla-term-undefined" title="Not defined in the glossary">${name}</span>`;
    }
    // A link cannot hold another link; inside one the term is marked but not linked.
    return inLink
        ? `<span class="sla-term">${name}</span>`
        : `<a class="sla-term" href="#${escapeHtml(mention.anchor)}">${name}</a>`;
}

function source(prose: DocumentProse, env: ProseEnv): string {
    return prose.map(piece => {
        if (piece.kind === 'mention') {
            env.mentions.push(piece);
            return `${PLACEHOLDER_START}${env.mentions.length - 1}${PLACEHOLDER_END}`;
        }
        // User text cannot forge a placeholder.
        return (piece.text ?? '').replace(/[\uE000\uE001]/g, '\uFFFD');
    }).join('');
}

/** Placeholders that ended up elsewhere (code spans, titles) show the term's name as text. */
function finish(html: string, env: ProseEnv): string {
    return html.replace(PLACEHOLDER, (_, index: string) => escapeHtml(env.mentions[Number(index)]?.term ?? ''));
}

/** Prose as HTML blocks (paragraphs, lists…). */
export function proseToHtml(prose: DocumentProse): string {
    const env: ProseEnv = { mentions: [] };
    return finish(markdown.render(source(prose, env), env), env).trimEnd();
}

/** Prose as inline HTML, for a list item or a table cell. */
export function proseToInlineHtml(prose: DocumentProse): string {
    const env: ProseEnv = { mentions: [] };
    return finish(markdown.renderInline(source(prose, env), env), env);
}
