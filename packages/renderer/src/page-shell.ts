import { escapeHtml } from './escape.js';

/**
 * The one HTML page every surface writes (the standalone export, the preview webview, the
 * examples index): a strict Content-Security-Policy under which nothing loads from elsewhere and
 * nothing runs or styles but the elements carrying the page's nonce.
 */
export interface PageShell {
    title: string;
    /** A fresh random value per page (see `createNonce`). */
    nonce: string;
    /** Inlined under the nonce; it cannot close its own element. */
    css: string;
    /** The page's content, already escaped by whoever rendered it. */
    body: string;
    /** Attributes of `<body>`, e.g. `class="sla-preview"`, already escaped. */
    bodyAttributes?: string;
    /** More `<head>` elements, already escaped. */
    head?: string[];
    /** Inline scripts, run under the nonce in this order. */
    scripts?: string[];
    /** Script files, from `origin` only. */
    scriptSources?: string[];
    /** The one origin beside the page that may serve styles and images (a webview's `cspSource`). */
    origin?: string;
}

/** The page's policy; the nonce and origin are escaped, so the policy can stand in an attribute as it is. */
export function contentSecurityPolicy(nonce: string, origin?: string): string {
    nonce = escapeHtml(nonce);
    origin = origin === undefined ? undefined : escapeHtml(origin);
    const from = origin ? `${origin} ` : '';
    return [
        `default-src 'none'`,
        ...(origin ? [`img-src ${origin} data:`] : []),
        `style-src ${from}'nonce-${nonce}'`,
        `script-src 'nonce-${nonce}'`,
        `base-uri 'none'`,
        `form-action 'none'`
    ].join('; ');
}

export function htmlPage(shell: PageShell): string {
    const nonce = escapeHtml(shell.nonce);
    const body = shell.bodyAttributes ? `<body ${shell.bodyAttributes}>` : '<body>';
    return [
        '<!DOCTYPE html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(shell.nonce, shell.origin)}">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        ...(shell.head ?? []),
        `<title>${escapeHtml(shell.title)}</title>`,
        `<style nonce="${nonce}">${shell.css.replace(/<\/(style)/gi, '<\\/$1')}</style>`,
        '</head>',
        body,
        shell.body.trimEnd(),
        ...(shell.scripts ?? []).map(script => `<script nonce="${nonce}">${script.replace(/<\/(script)/gi, '<\\/$1')}</script>`),
        ...(shell.scriptSources ?? []).map(source => `<script nonce="${nonce}" src="${escapeHtml(source)}"></script>`),
        '</body>',
        '</html>',
        ''
    ].join('\n');
}

/** 128 random bits, base64: Web Crypto exists in Node 20+, browsers and web workers alike. */
export function createNonce(): string {
    const bytes = new Uint8Array(16);
    globalThis.crypto.getRandomValues(bytes);
    return btoa(String.fromCharCode(...bytes));
}
