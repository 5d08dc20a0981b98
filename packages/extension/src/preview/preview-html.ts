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
 * The webview page: a strict Content-Security-Policy (nothing remote, no inline script or
 * style without the nonce), the initial state in a `<meta data-state>` element for the
 * script, and the document in `#sla-preview-root`, which the script replaces on each update.
 */
export function buildPreviewPage(input: PreviewPageInput): string {
    const nonce = escapeAttribute(input.nonce);
    const csp = contentSecurityPolicy(input.cspSource, input.nonce);
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta id="sla-preview-state" data-state="${escapeAttribute(JSON.stringify(input.state))}">
<title>${escapeText(input.title)}</title>
<style nonce="${nonce}">${safeStyleText(input.css)}</style>
</head>
<body class="sla-preview">
<main id="sla-preview-root">${input.body}</main>
<script nonce="${nonce}" src="${escapeAttribute(input.scriptUri)}"></script>
</body>
</html>
`;
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
    return [
        `default-src 'none'`,
        `img-src ${cspSource} data:`,
        `style-src ${cspSource} 'nonce-${nonce}'`,
        `script-src 'nonce-${nonce}'`
    ].join('; ') + ';';
}

/** 128 random bits, base64url: unguessable by content that tries to run script. */
export function createNonce(): string {
    const bytes = new Uint8Array(16);
    globalThis.crypto.getRandomValues(bytes);
    let binary = '';
    for (const byte of bytes) {
        binary += String.fromCharCode(byte);
    }
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function escapeText(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(text: string): string {
    return escapeText(text).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A stylesheet cannot close its own `<style>` element. */
function safeStyleText(css: string): string {
    return css.replace(/<\/(style)/gi, '<\\/$1');
}
