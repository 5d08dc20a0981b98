import type { AgreementModel, CalendarDate } from 'sla-model';
import type { Renderer } from '../renderer.js';

/** What the preview shows: an agreement, a file without one, or a failure to get it. */
export type PreviewContent =
    | { kind: 'agreement'; model: AgreementModel; restricted?: boolean }
    | { kind: 'empty'; fileName: string }
    | { kind: 'error'; fileName: string; message: string };

/**
 * The body of the preview page. Rendering is the renderer's job (it escapes every user
 * string); this only adds the notices, whose text is escaped here. The renderer is passed in
 * because the extension loads it on demand (`loadRenderer`).
 */
export function renderPreviewBody(renderer: Renderer, content: PreviewContent, today: CalendarDate): string {
    switch (content.kind) {
        case 'agreement':
            try {
                return restrictedNote(renderer, content) + renderer.renderHtmlFragment(content.model, { today });
            } catch (error) {
                // A renderer bug must not blank the panel: say what failed instead.
                return notice(renderer, 'The preview could not render this agreement.', errorMessage(error));
            }
        case 'empty':
            return notice(renderer, `${content.fileName} holds no agreement.`,
                'A shared glossary or an empty file has nothing to preview. Start one with "SLA: New Agreement".');
        case 'error':
            return notice(renderer, `The preview of ${content.fileName} is not available.`, content.message);
    }
}

function notice({ escapeHtml }: Renderer, title: string, detail: string): string {
    return `<section class="sla-preview-notice" role="status"><p class="sla-preview-notice-title">${escapeHtml(title)}</p><p>${escapeHtml(detail)}</p></section>`;
}

/** Restricted Mode wrote no result of a measurement file in the charts: one line says why. */
export const RESTRICTED_NOTE = 'Restricted Mode: measurement files are not read, so their results are not charted. Trust the workspace to see them.';

function restrictedNote({ escapeHtml }: Renderer, content: { model: AgreementModel; restricted?: boolean }): string {
    if (!content.restricted || !content.model.measurements.some(series => series.file !== undefined)) {
        return '';
    }
    return `<p class="sla-preview-restricted" role="note">${escapeHtml(RESTRICTED_NOTE)}</p>`;
}

function errorMessage(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}

/** The preview's own rules: notices, and pointers on clickable clauses. */
const PREVIEW_RULES = `body.sla-preview { padding: 0 20px 40px; }
body.sla-preview.sla-click-reveals [data-line] { cursor: pointer; }
body.sla-preview.sla-click-reveals [data-line] select,
body.sla-preview.sla-click-reveals [data-line] a { cursor: auto; }
.sla-preview-notice { margin: 2em 0; padding: 0.8em 1em; border-left: 3px solid var(--vscode-textBlockQuote-border, #888); background: var(--vscode-textBlockQuote-background, transparent); }
.sla-preview-notice-title { font-weight: bold; }
.sla-preview-restricted { margin: 1em 0 0; padding: 0.4em 0.8em; border-left: 3px solid var(--vscode-editorWarning-foreground, #c80); }
.sla-preview-line-highlight { outline: 1px solid var(--vscode-focusBorder, #0078d4); outline-offset: 2px; }
`;

/** The renderer's themed stylesheet, plus the preview's own rules. */
export function previewPageCss(renderer: Renderer): string {
    return `${renderer.PREVIEW_CSS}\n${PREVIEW_RULES}`;
}
