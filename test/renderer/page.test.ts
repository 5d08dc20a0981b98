import { describe, expect, test } from 'vitest';
import { MONTH_PICKER_SCRIPT, PREVIEW_CSS, renderHtmlFragment, renderHtmlPage } from 'sla-renderer';
import { fixtureModel, TODAY } from './fixtures.js';

describe('renderHtmlPage', async () => {
    const model = await fixtureModel();

    test('a self-contained page: strict policy, nonce\'d style and month-picker script, the fragment', () => {
        const page = renderHtmlPage(model, { today: TODAY, nonce: 'abc123' });
        expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            + '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'nonce-abc123\'; script-src \'nonce-abc123\'; base-uri \'none\'; form-action \'none\'">\n'
            + '<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Fixture SLA</title>\n<style nonce="abc123">')).toBe(true);
        expect(page).toContain(PREVIEW_CSS);
        expect(page).toContain(renderHtmlFragment(model, { today: TODAY }).trimEnd());
        expect(page.endsWith(`<script nonce="abc123">${MONTH_PICKER_SCRIPT}</script>\n</body>\n</html>\n`)).toBe(true);
        expect(page.match(/<script/g)).toHaveLength(1);
        expect(page).not.toMatch(/https?:\/\/(?!example\.com|www\.w3\.org)/);
    });

    test('a fresh random nonce by default', () => {
        const nonce = (page: string) => /'nonce-([A-Za-z0-9+/=]+)'/.exec(page)?.[1];
        const first = nonce(renderHtmlPage(model, { today: TODAY }));
        const second = nonce(renderHtmlPage(model, { today: TODAY }));
        expect(first).toMatch(/^[A-Za-z0-9+/]{22}==$/);
        expect(first).not.toBe(second);
    });

    test('the title is escaped', async () => {
        const hostile = await fixtureModel('agreement A "</title><script>alert(1)</script>" {}');
        expect(renderHtmlPage(hostile, { today: TODAY, nonce: 'n' })).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    });
});
