import type { TermModel } from './agreement-model.js';
import type { ProseSegment } from './prose.js';
import type { DocumentProse } from './document-model.js';
import { slug } from './slug.js';

/** Where each term's glossary entry is, by every name it goes by (its name and aliases). */
export class TermAnchors {
    private readonly byName = new Map<string, string>();
    readonly anchorOfTerm = new Map<TermModel, string>();

    constructor(terms: TermModel[]) {
        const used = new Set<string>();
        for (const term of terms) {
            // Two names can share a slug (`Lead` and `lead`): number the later ones.
            const base = `term-${slug(term.name) || 'unnamed'}`;
            let anchor = base;
            for (let index = 2; used.has(anchor); index++) {
                anchor = `${base}-${index}`;
            }
            used.add(anchor);
            this.anchorOfTerm.set(term, anchor);
            for (const name of [term.name, ...(term.aliases ?? [])]) {
                const key = normalizeName(name);
                if (!this.byName.has(key)) {
                    this.byName.set(key, anchor);
                }
            }
        }
    }

    /** The anchor of the term a name or alias stands for; undefined when no term has it. */
    anchorOf(name: string): string | undefined {
        return this.byName.get(normalizeName(name));
    }
}

function normalizeName(name: string | undefined): string {
    return (name ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Prose for the document: mentions resolved to glossary anchors, and the indentation the
 * source gave continuation lines removed, so Markdown does not read it as a code block.
 */
export function documentProse(segments: ProseSegment[], anchors: TermAnchors): DocumentProse {
    const indent = commonIndent(segments);
    const pieces: DocumentProse = segments.map(segment => segment.kind === 'mention'
        ? { kind: 'mention', term: segment.term, anchor: segment.defined ? anchors.anchorOf(segment.term) : undefined }
        : { kind: 'text', text: indent > 0 ? (segment.text ?? '').replace(new RegExp(`\\n[ \\t]{0,${indent}}`, 'g'), '\n') : segment.text ?? '' });
    const first = pieces[0];
    if (first?.kind === 'text') {
        first.text = first.text.trimStart();
    }
    const last = pieces.at(-1);
    if (last?.kind === 'text') {
        last.text = last.text.trimEnd();
    }
    return pieces.filter(piece => piece.kind === 'mention' || piece.text !== '');
}

/** The smallest indentation of the non-blank lines after the first. */
function commonIndent(segments: ProseSegment[]): number {
    let smallest = Infinity;
    segments.forEach((segment, index) => {
        if (segment.kind !== 'text') {
            return;
        }
        const text = segment.text ?? '';
        for (const match of text.matchAll(/\n([ \t]*)/g)) {
            const next = text[match.index + match[0].length];
            // A line that runs into a mention is not blank; one that ends the prose is.
            const blank = next === undefined ? index === segments.length - 1 : next === '\n' || next === '\r';
            if (!blank) {
                smallest = Math.min(smallest, match[1].length);
            }
        }
    });
    return smallest === Infinity ? 0 : smallest;
}

/** Whether prose has anything to show. */
export function hasProse(prose: DocumentProse): boolean {
    return prose.some(piece => piece.kind === 'mention' || piece.text.trim() !== '');
}
