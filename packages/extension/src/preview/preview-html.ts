import type { Renderer } from '../renderer.js';
import type { PreviewInitialState } from './webview-messages.js';

/** Everything the preview page is made of; no VS Code types, so it is tested on its own. */
export interface PreviewPageInput {
    /** `webview.cspSource`: the only origin the page may load images and styles from. */
    cspSource: string;
    /** A fresh random value per page; only elements carrying it may run or style. */
    nonce: string;
    /** `webview.asWebviewUri` of `media/preview.js`. */
    scriptUri: string;
    /** The renderer's stylesheet plus the preview's own rules, inlined under the nonce. */
    css: string;
    /** The rendered document (already escaped by the renderer) or a notice. */
    body: string;
    title: string;
    state: PreviewInitialState;
}

/**
 * The webview page, in the renderer's page shell: a strict Content-Security-Policy (nothing
 * remote, no inline script or style without the nonce), the initial state in a
 * `<meta data-state>` element for the script, the month pickers' script, and the document in
 * `#sla-preview-root`, which the script replaces on each update.
 */
export function buildPreviewPage({ escapeHtml, htmlPage, MONTH_PICKER_SCRIPT }: Renderer, input: PreviewPageInput): string {
    return htmlPage({
        title: input.title,
        nonce: input.nonce,
        css: input.css,
        origin: input.cspSource,
        head: [`<meta id="sla-preview-state" data-state="${escapeHtml(JSON.stringify(input.state))}">`],
        bodyAttributes: 'class="sla-preview"',
        body: `<main id="sla-preview-root">${input.body}</main>`,
        scripts: [MONTH_PICKER_SCRIPT],
        scriptSources: [input.scriptUri]
    });
}
