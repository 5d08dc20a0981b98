import type { ProseSegment } from 'sla-model';

/** Prose as an editor shows it in hover and completion: its text, each mention in its brackets. */
export function proseMarkdown(segments: ProseSegment[]): string {
    return segments.map(segment => segment.kind === 'text' ? segment.text : `[${segment.term}]`).join('').trim();
}
