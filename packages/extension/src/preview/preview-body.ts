import type { AgreementModel, CalendarDate } from 'sla-model';
import { escapeHtml, PREVIEW_CSS, renderHtmlFragment } from 'sla-renderer';

/** What the preview shows: an agreement, a file without one, or a failure to get it. */
export type PreviewContent =
    | { kind: 'agreement'; model: AgreementModel }
    | { kind: 'empty'; fileName: string }
    | { kind: 'error'; fileName: string; message: string };

/**
 * The body of the preview page. Rendering is the renderer's job (it escapes every user
 * string); this only adds the notices, whose text is escaped here.
 */
export function renderPreviewBody(content: PreviewContent, today: CalendarDate): string {
    switch (content.kind) {
        case 'agreement':
            try {
                return renderHtmlFragment(content.model, { today });
            } catch (error) {
                // A renderer bug must not blank the panel: say what failed instead.
                return notice('The preview could not render this agreement.', errorMessage(error));
            }
        case 'empty':
            return notice(`${content.fileName} holds no agreement.`,
                'A shared glossary or an empty file has nothing to preview. Start one with "SLA: New Agreement".');
        case 'error':
            return notice(`The preview of ${content.fileName} is not available.`, content.message);
    }
}

function notice(title: string, detail: string): string {
    return `<section class="sla-preview-notice" role="status"><p class="sla-preview-notice-title">${escapeHtml(title)}</p><p>${escapeHtml(detail)}</p></section>`;
}

function errorMessage(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}

/** The renderer's themed stylesheet, plus the preview's own: notices, and pointers on clickable clauses. */
export const PREVIEW_PAGE_CSS = `${PREVIEW_CSS}
body.sla-preview { padding: 0 20px 40px; }
body.sla-preview.sla-click-reveals [data-line] { cursor: pointer; }
body.sla-preview.sla-click-reveals [data-line] select,
body.sla-preview.sla-click-reveals [data-line] a { cursor: auto; }
.sla-preview-notice { margin: 2em 0; padding: 0.8em 1em; border-left: 3px solid var(--vscode-textBlockQuote-border, #888); background: var(--vscode-textBlockQuote-background, transparent); }
.sla-preview-notice-title { font-weight: bold; }
.sla-preview-line-highlight { outline: 1px solid var(--vscode-focusBorder, #0078d4); outline-offset: 2px; }
`;
