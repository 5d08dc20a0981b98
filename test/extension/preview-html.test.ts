import { calendarDate } from 'sla-model';
import { describe, expect, test } from 'vitest';
import * as renderer from 'sla-renderer';
import { contentSecurityPolicy, createNonce } from 'sla-renderer';
import { buildPreviewPage } from '../../packages/extension/src/preview/preview-html.js';
import type { PreviewPageInput } from '../../packages/extension/src/preview/preview-html.js';
import { previewPageCss, renderPreviewBody, RESTRICTED_NOTE } from '../../packages/extension/src/preview/preview-body.js';
import { salesMarketingModel } from './example-model.js';

const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';
const TODAY = calendarDate(2026, 3, 15);

function page(overrides: Partial<PreviewPageInput> = {}): string {
    return buildPreviewPage(renderer, {
        cspSource: CSP_SOURCE,
        nonce: 'n0nc3',
        scriptUri: `${CSP_SOURCE}/ext/media/preview.js`,
        css: previewPageCss(renderer),
        body: '<article class="sla-document" data-line="3"><h1>T</h1></article>',
        title: 'Preview sales.sla',
        state: { resource: 'file:///work/sales.sla', line: 4, settings: { scrollPreviewWithEditor: true, clickRevealsSource: true } },
        ...overrides
    });
}

function cspOf(html: string): string {
    const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
    expect(match, 'the page declares a Content-Security-Policy').not.toBeNull();
    return match![1].replace(/&#39;/g, '\'');
}

describe('preview page', () => {
    test('has a strict Content-Security-Policy with the nonce', () => {
        const csp = cspOf(page());
        expect(csp).toBe(`default-src 'none'; img-src ${CSP_SOURCE} data:; style-src ${CSP_SOURCE} 'nonce-n0nc3'; script-src 'nonce-n0nc3'; base-uri 'none'; form-action 'none'`);
        expect(csp).not.toContain('unsafe-inline');
        expect(csp).not.toContain('unsafe-eval');
        expect(contentSecurityPolicy('x', CSP_SOURCE)).toContain(`script-src 'nonce-x'`);
    });

    test('puts the nonce on every script and style element', () => {
        const html = page();
        const elements = [...html.matchAll(/<(script|style)\b[^>]*>/g)].map(match => match[0]);
        // The stylesheet, the month pickers' script and media/preview.js.
        expect(elements.length).toBe(3);
        for (const element of elements) {
            expect(element).toContain('nonce="n0nc3"');
        }
    });

    test('loads nothing remote: every URL is the webview resource origin', async () => {
        const body = renderPreviewBody(renderer, { kind: 'agreement', model: await salesMarketingModel() }, TODAY);
        const html = page({ body });
        const urls = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map(match => match[1]);
        for (const url of urls) {
            expect(url.startsWith(CSP_SOURCE) || url.startsWith('#'), url).toBe(true);
        }
        expect(previewPageCss(renderer)).not.toMatch(/url\(|@import/);
    });

    test('carries the initial state in a meta element', () => {
        const html = page({ state: { resource: 'file:///a/"quoted" & <b>.sla', settings: { scrollPreviewWithEditor: false, clickRevealsSource: true } } });
        const match = /<meta id="sla-preview-state" data-state="([^"]*)">/.exec(html);
        const json = match![1].replace(/&quot;/g, '"').replace(/&#39;/g, '\'').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
        expect(JSON.parse(json)).toEqual({ resource: 'file:///a/"quoted" & <b>.sla', settings: { scrollPreviewWithEditor: false, clickRevealsSource: true } });
    });

    test('escapes the title and keeps the stylesheet inside its element', () => {
        const html = page({ title: '<script>alert(1)</script>', css: 'a{} </style><script>alert(1)</script>' });
        expect(html).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>');
        // Inside <style> the text is raw until `</style`: it cannot end early, so the script stays text.
        expect(html.match(/<\/style/gi)?.length).toBe(1);
    });

    test('creates a fresh, unguessable nonce each time', () => {
        const nonces = new Set(Array.from({ length: 50 }, () => createNonce()));
        expect(nonces.size).toBe(50);
        for (const nonce of nonces) {
            expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
        }
    });
});

describe('preview body', () => {
    test('renders the agreement with source lines and a pacing chart, and no script', async () => {
        const body = renderPreviewBody(renderer, { kind: 'agreement', model: await salesMarketingModel() }, TODAY);
        expect(body).toContain('class="sla-document"');
        expect(body).toMatch(/data-line="\d+"/);
        expect(body).toContain('<svg');
        expect(body).toMatch(/<figure class="sla-chart"[^>]*data-month="2026-03"/);
        expect(body).not.toMatch(/<script|\son[a-z]+=|\sstyle=/i);
    });

    test('in Restricted Mode says in one line why a measurement file is not charted; trusted, says nothing', async () => {
        const model = await salesMarketingModel();
        expect(model.measurements.some(series => series.file !== undefined)).toBe(true);
        const note = `<p class="sla-preview-restricted" role="note">${RESTRICTED_NOTE}</p>`;
        const restricted = renderPreviewBody(renderer, { kind: 'agreement', model, restricted: true }, TODAY);
        expect(restricted.startsWith(`${note}<`)).toBe(true);
        expect(restricted.split('sla-preview-restricted')).toHaveLength(2);
        expect(renderPreviewBody(renderer, { kind: 'agreement', model, restricted: false }, TODAY)).not.toContain('sla-preview-restricted');
        // Near miss: restricted, but the agreement names no measurement file: nothing to explain.
        const noFile = { ...model, measurements: model.measurements.filter(series => series.file === undefined) };
        expect(renderPreviewBody(renderer, { kind: 'agreement', model: noFile, restricted: true }, TODAY)).not.toContain('sla-preview-restricted');
    });

    test('escapes what it says about files without an agreement and about failures', () => {
        const empty = renderPreviewBody(renderer, { kind: 'empty', fileName: '<img src=x onerror=alert(1)>.sla' }, TODAY);
        const error = renderPreviewBody(renderer, { kind: 'error', fileName: 'a.sla', message: '<script>alert(1)</script>' }, TODAY);
        for (const html of [empty, error]) {
            expect(html).not.toMatch(/<img|<script/);
            expect(html).toContain('sla-preview-notice');
        }
    });
});
