import type { AgreementModel, RenderOptions } from 'sla-model';
import { renderHtmlFragment } from './html.js';
import { MONTH_PICKER_SCRIPT } from './month-picker.js';
import { createNonce, htmlPage } from './page-shell.js';
import { PREVIEW_CSS } from './styles.js';

export interface PageOptions extends RenderOptions {
    /** The agreement's error count: more than 0 prints the draft banner. */
    problems?: number;
    /** The CSP nonce of the page's style and script; a fresh random one by default. */
    nonce?: string;
}

/** The standalone page's own rule, beside the document's stylesheet. */
export const PAGE_CSS = `
body { margin: 0; background: var(--sla-bg); color: var(--sla-fg); }
`;

/**
 * A self-contained standalone page: inline CSS, a strict Content-Security-Policy that lets
 * nothing load and nothing run except the nonce'd stylesheet and month-picker script.
 */
export function renderHtmlPage(model: AgreementModel, options: PageOptions): string {
    return htmlPage({
        title: model.title,
        nonce: options.nonce ?? createNonce(),
        css: PREVIEW_CSS + PAGE_CSS,
        body: renderHtmlFragment(model, options),
        scripts: [MONTH_PICKER_SCRIPT]
    });
}
