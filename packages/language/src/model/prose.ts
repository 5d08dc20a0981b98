import type { ProseSegment } from 'sla-model';
import { segmentsText } from 'sla-model';
import type { Prose } from '../generated/ast.js';
import { isMention } from '../generated/ast.js';

/** The pieces of a prose string, in order. Mentions keep the name as written. */
export function proseSegments(prose: Prose | undefined): ProseSegment[] {
    if (!prose) {
        return [];
    }
    return prose.parts.map(part => isMention(part)
        ? { kind: 'mention' as const, term: part.term.$refText, defined: part.term.ref !== undefined }
        : { kind: 'text' as const, text: part.text ?? '' });
}

/** The plain text of a prose string, with each mention written as its term name. */
export function proseText(prose: Prose | undefined): string {
    return segmentsText(proseSegments(prose));
}
