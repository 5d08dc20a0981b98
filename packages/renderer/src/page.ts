import type { AgreementModel, RenderOptions } from 'sla-model';
import { escapeHtml } from './escape.js';
import { renderHtmlFragment } from './html.js';
import { PREVIEW_CSS } from './styles.js';

export interface PageOptions extends RenderOptions {
    /** The CSP nonce of the page's style and script; a fresh random one by default. */
    nonce?: string;
}

/**
 * The month picker's behaviour: show the figure of the chosen month, hide the others of the
 * same chart group. Attributes are compared as strings, so no user text reaches a selector.
 */
export const MONTH_PICKER_SCRIPT = `document.addEventListener('change', function (event) {
    var picker = event.target;
    if (!(picker instanceof HTMLSelectElement) || !picker.classList.contains('sla-month-picker')) { return; }
    var group = picker.getAttribute('data-chart-group');
    document.querySelectorAll('figure.sla-chart').forEach(function (figure) {
        if (figure.getAttribute('data-chart-group') === group) {
            figure.hidden = figure.getAttribute('data-month') !== picker.value;
        }
    });
});`;

const PAGE_CSS = `
body { margin: 0; background: var(--sla-bg); color: var(--sla-fg); }
`;

/**
 * A self-contained standalone page: inline CSS, a strict Content-Security-Policy that lets
 * nothing load and nothing run except the nonce'd stylesheet and month-picker script.
 */
export function renderHtmlPage(model: AgreementModel, options: PageOptions): string {
    const nonce = escapeHtml(options.nonce ?? randomNonce());
    const policy = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'`;
    return [
        '<!DOCTYPE html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${escapeHtml(model.title)}</title>`,
        `<style nonce="${nonce}">${PREVIEW_CSS}${PAGE_CSS}</style>`,
        '</head>',
        '<body>',
        renderHtmlFragment(model, options).trimEnd(),
        `<script nonce="${nonce}">${MONTH_PICKER_SCRIPT}</script>`,
        '</body>',
        '</html>',
        ''
    ].join('\n');
}

/** 128 random bits, base64: Web Crypto exists in Node 20+, browsers and web workers alike. */
function randomNonce(): string {
    const bytes = new Uint8Array(16);
    globalThis.crypto.getRandomValues(bytes);
    return btoa(String.fromCharCode(...bytes));
}
