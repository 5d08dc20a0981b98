/** One piece of prose: plain text, or a mention of a glossary term. */
export type ProseSegment =
    | { kind: 'text'; text: string }
    | { kind: 'mention'; term: string; defined: boolean };

/** The plain text of prose, with each mention written as its term name. */
export function segmentsText(segments: readonly ProseSegment[]): string {
    return segments.map(segment => segment.kind === 'text' ? segment.text : segment.term).join('');
}
