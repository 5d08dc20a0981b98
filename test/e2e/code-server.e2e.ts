import type { BrowserContext, Page } from 'playwright-core';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from './chromium.js';
import type { CodeServerProfile, RunningCodeServer } from './code-server.js';
import { assertCodeServerInstalled, createProfile, installExtension, listExtensions, startCodeServer } from './code-server.js';
import { ARTIFACTS, packagedExtension } from './paths.js';
import { positionOf } from './source-position.js';
import { createWorkspace, removeWorkspace } from './workspace-fixture.js';
import { eventually, Workbench, WORKBENCH_SETTINGS } from './workbench.js';

/**
 * The packaged extension as a user gets it: installed from its .vsix into code-server (VS Code
 * 1.139 with a Node extension host), a folder of agreements opened in chromium, and every
 * feature used through the workbench's own UI.
 */
describe('SLA Studio in code-server', () => {
    let profile: CodeServerProfile;
    let server: RunningCodeServer;
    let browser: BrowserContext;
    let page: Page;
    let workbench: Workbench;
    let folder: string;
    const shot = (name: string) => workbench.screenshot(join(ARTIFACTS, `${name}.png`));
    const salesMarketing = () => join(folder, 'sales-marketing', 'sales-marketing.sla');
    const started = Date.now();
    const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

    beforeAll(async () => {
        assertCodeServerInstalled();
        const vsix = packagedExtension();
        if (!existsSync(vsix)) {
            throw new Error(`${vsix} is missing: run npm run package first.`);
        }
        mkdirSync(ARTIFACTS, { recursive: true });
        profile = createProfile('ui', WORKBENCH_SETTINGS);
        await installExtension(profile, vsix);
        folder = createWorkspace();
        server = await startCodeServer('code-server', profile, folder);
        browser = await launchChromium();
        page = browser.pages()[0] ?? await browser.newPage();
        workbench = new Workbench(page);
        await page.goto(`${server.url}?folder=${encodeURIComponent(folder)}`);
        await workbench.waitUntilReady();
        console.log(`workbench ready after ${elapsed()}`);
    });

    afterEach(async context => {
        if (context.task.result?.state === 'fail' && page) {
            await shot(`failed-${context.task.name.replace(/\W+/g, '-')}`).catch(() => undefined);
        }
    });

    afterAll(async () => {
        await browser?.close();
        await server?.stop();
        removeWorkspace(folder);
        console.log(`code-server suite took ${elapsed()}`);
    });

    test('installs from the .vsix', async () => {
        expect(await listExtensions(profile)).toContain('sla-studio.sla-studio@0.1.0');
    });

    test('activates when an agreement is opened', async () => {
        await workbench.openFile('broken.sla');
        await expect.poll(() => page.locator('.statusbar-item', { hasText: /^SLA$/ }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
        await workbench.runCommand('Developer: Show Running Extensions');
        const row = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'SLA Studio' });
        await row.waitFor({ state: 'visible', timeout: 30_000 });
        // The row shows an activation time once the extension has activated, an error otherwise.
        await expect.poll(() => row.innerText(), { timeout: 30_000 }).toMatch(/\d+\s*ms/);
        expect(await row.innerText()).not.toMatch(/error|failed/i);
        await shot('running-extensions');
        await page.keyboard.press('Control+W');
    });

    test('lists the diagnostics of a broken agreement in the Problems panel', async () => {
        await workbench.openFile('broken.sla');
        const rows = await eventually(async () => {
            const problems = await workbench.problems('**/broken.sla');
            const text = problems.join('\n');
            expect(text).toContain('undefined-term');
            expect(text).toContain('missing-termination');
            return problems;
        });
        expect(rows.join('\n')).toMatch(/Uptime Window/);
        await shot('problems');
        console.log(`problems:\n  ${rows.join('\n  ')}`);
    });

    test('highlights prose and the [Term] mentions inside it', async () => {
        await workbench.focusEditor('broken.sla');
        const colorOf = (text: string) => workbench.editor().locator('.view-line span span', { hasText: text }).first()
            .evaluate(element => getComputedStyle(element).color);
        const prose = await colorOf('Operations keeps the');
        const mention = await colorOf('Uptime Window');
        const keyword = await colorOf('summary');
        expect(prose).not.toBe(mention);
        expect(prose).not.toBe(keyword);
    });

    test('completes with the language server\'s keywords, not just words of the file', async () => {
        await workbench.focusEditor('broken.sla');
        const lastBrace = readFileSync(join(folder, 'broken.sla'), 'utf8').trimEnd().split('\n').length;
        await workbench.goTo(lastBrace, 1);
        await page.keyboard.press('Enter');
        await page.keyboard.press('ArrowUp');
        await page.keyboard.type('    termi');
        await page.keyboard.press('Control+Space');
        const widget = page.locator('.editor-widget.suggest-widget');
        await widget.waitFor({ state: 'visible', timeout: 15_000 });
        const item = widget.locator('.monaco-list-row', { hasText: 'termination' }).first();
        await item.waitFor({ state: 'visible', timeout: 15_000 });
        // Word-based suggestions carry the "text" icon; the server's are keywords or snippets.
        const icon = await item.locator('.suggest-icon').getAttribute('class');
        expect(icon).toMatch(/codicon-symbol-(keyword|snippet)/);
        await shot('completion');
        await page.keyboard.press('Escape');
        // Take the typed line out again and save, so later tests see the file as it was.
        await page.keyboard.press('Control+Shift+K');
        await page.keyboard.press('Control+S');
        await expect.poll(() => workbench.visibleText()).not.toContain('termi\n');
    });

    test('shows a term\'s definition on hover', async () => {
        await workbench.openFile('sales-marketing.sla');
        const mention = positionOf(salesMarketing(), '[Qualified Leads] so that', 3);
        await workbench.goTo(mention.line, mention.column);
        await page.keyboard.press('Control+K');
        await page.keyboard.press('Control+I');
        const hover = page.locator('.monaco-hover:not(.hidden)').first();
        await hover.waitFor({ state: 'visible', timeout: 15_000 });
        await expect.poll(() => hover.innerText(), { timeout: 15_000 }).toMatch(/activity score of at least 40/);
        await shot('hover');
        await page.keyboard.press('Escape');
    });

    test('applies a quick-fix that clears its diagnostic', async () => {
        await workbench.openFile('broken.sla');
        const mention = positionOf(join(folder, 'broken.sla'), '[Uptime Window]', 3);
        const action = page.locator('.action-widget .monaco-list-row', { hasText: /Define \[Uptime Window\]/ }).first();
        // The menu lists what the server offers for the diagnostics the editor holds at that moment;
        // while they are still arriving it can open without the fix, so ask again until it is there.
        await eventually(async () => {
            await page.keyboard.press('Escape');
            await workbench.goTo(mention.line, mention.column);
            await page.keyboard.press('Control+.');
            await action.waitFor({ state: 'visible', timeout: 5_000 });
        }, 30_000);
        await shot('quick-fix');
        await action.click();
        await expect.poll(() => workbench.visibleText(), { timeout: 10_000 }).toMatch(/term \[Uptime Window\]/);
        await eventually(async () => {
            const problems = (await workbench.problems('**/broken.sla')).join('\n');
            expect(problems).not.toContain('undefined-term');
            expect(problems).toContain('missing-termination');
        });
        await page.keyboard.press('Control+S');
    });

    test('previews the agreement beside the editor, with a pacing chart', async () => {
        await workbench.openFile('sales-marketing.sla');
        await workbench.runCommand('SLA: Open Preview to the Side');
        const preview = workbench.previewFrame();
        await preview.locator('article.sla-document').waitFor({ state: 'visible', timeout: 30_000 });
        expect(await preview.locator('h1').first().innerText()).toBe('Sales & Marketing SLA');
        const chart = preview.locator('figure.sla-chart:not([hidden])').first();
        await chart.waitFor({ state: 'visible' });
        expect(await chart.locator('svg').count()).toBe(1);
        expect(await chart.getAttribute('data-month')).toMatch(/^\d{4}-\d{2}$/);
        const csp = await preview.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
        expect(csp).toMatch(/default-src 'none'.*script-src 'nonce-[\w+/=-]+'/);
        expect(await page.locator('.tabs-container .tab', { hasText: 'Preview sales-marketing.sla' }).count()).toBe(1);
        // The measurements are for March 2026: pick that month in the chart's month picker.
        const picker = preview.locator('select.sla-month-picker').first();
        const group = await picker.getAttribute('data-chart-group');
        await picker.selectOption('2026-03');
        const march = preview.locator(`figure.sla-chart[data-chart-group="${group}"][data-month="2026-03"]`);
        await march.waitFor({ state: 'visible' });
        expect(await preview.locator(`figure.sla-chart[data-chart-group="${group}"]:not([hidden])`).count()).toBe(1);
        // The suite runs on the real date: March 2026 is either still being paced or final.
        expect(await march.innerText()).toMatch(/ahead|behind|on pace|Final:/i);
        await march.scrollIntoViewIfNeeded();
        await shot('preview-light');
    });

    test('follows an edit within a blink', async () => {
        await workbench.focusEditor('sales-marketing.sla');
        const title = positionOf(salesMarketing(), 'Marketing SLA"', 'Marketing SLA'.length);
        await workbench.goTo(title.line, title.column);
        const heading = workbench.previewFrame().locator('h1').first();
        await page.keyboard.type(' (draft)', { delay: 30 });
        const typed = Date.now();
        await expect.poll(() => heading.innerText(), { timeout: 10_000, interval: 20 }).toBe('Sales & Marketing SLA (draft)');
        const latency = Date.now() - typed;
        console.log(`preview followed the edit in ${latency} ms`);
        expect(latency).toBeLessThan(3_000);
        await shot('preview-edited');
    });

    test('scrolls with the cursor, and a click on a section reveals its source', async () => {
        const preview = workbench.previewFrame();
        await workbench.focusEditor('sales-marketing.sla');
        const termination = positionOf(salesMarketing(), 'termination {');
        await workbench.goTo(termination.line, termination.column);
        await expect.poll(() => preview.locator('body').evaluate(() => window.scrollY), { timeout: 10_000 }).toBeGreaterThan(100);
        const highlighted = await preview.locator('.sla-preview-line-highlight').first().getAttribute('data-line');
        expect(Number(highlighted)).toBeLessThanOrEqual(termination.line - 1);
        await shot('preview-scrolled');

        const sales = positionOf(salesMarketing(), 'party Sales');
        await preview.locator(`[data-line="${sales.line - 1}"]`).last().click();
        await expect.poll(() => workbench.cursorPosition(), { timeout: 10_000 }).toMatchObject({ line: sales.line });
    });

    test('changes with the color theme', async () => {
        const body = workbench.previewFrame().locator('body');
        // The webview's page is transparent over the editor; its theme arrives as CSS variables.
        const look = () => body.evaluate(element => ({
            classes: element.className,
            background: getComputedStyle(element).getPropertyValue('--vscode-editor-background').trim(),
            color: getComputedStyle(element).color
        }));
        const light = await look();
        expect(light.classes).toContain('vscode-light');
        for (const [theme, kind, name] of [['Dark Modern', 'vscode-dark', 'preview-dark'], ['Dark High Contrast', 'vscode-high-contrast', 'preview-high-contrast']]) {
            await workbench.runCommand('Preferences: Color Theme');
            const input = page.locator('.quick-input-widget .quick-input-box input');
            await input.fill(theme);
            await page.locator('.quick-input-widget .monaco-list-row', { hasText: theme }).first().waitFor();
            await page.keyboard.press('Enter');
            await expect.poll(async () => (await look()).classes, { timeout: 10_000 }).toContain(kind);
            const now = await look();
            expect(now.background).not.toBe(light.background);
            expect(now.color).not.toBe(light.color);
            await shot(name);
        }
        await workbench.runCommand('Preferences: Color Theme');
        await page.locator('.quick-input-widget .quick-input-box input').fill('Light Modern');
        await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Light Modern' }).first().waitFor();
        await page.keyboard.press('Enter');
    });

    test('exports HTML and Markdown through the save dialog', async () => {
        await workbench.focusEditor('sales-marketing.sla');
        for (const [command, extension, marker] of [['SLA: Export as HTML…', 'html', '<!DOCTYPE html>'], ['SLA: Export as Markdown…', 'md', '# Sales & Marketing SLA']]) {
            await workbench.runCommand(command);
            // code-server's simple save dialog: a path box prefilled with <agreement>.<extension>.
            const input = page.locator('.quick-input-widget .quick-input-box input');
            await input.waitFor({ state: 'visible', timeout: 10_000 });
            await expect.poll(() => input.inputValue()).toMatch(new RegExp(`sales-marketing\\.${extension}$`));
            await page.keyboard.press('Enter');
            const file = join(folder, 'sales-marketing', `sales-marketing.${extension}`);
            await expect.poll(() => existsSync(file), { timeout: 10_000 }).toBe(true);
            const text = readFileSync(file, 'utf8');
            expect(text).toContain(marker);
            expect(text).not.toMatch(/<script[^>]+src=|https?:\/\/[^"\s)]+\.(js|css)\b/);
        }
        await shot('exported');
    });

    test('offers a getting-started walkthrough', async () => {
        await workbench.runCommand('Welcome: Open Walkthrough...');
        const walkthrough = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Get started with SLA Studio' }).first();
        await walkthrough.waitFor({ state: 'visible', timeout: 15_000 });
        await walkthrough.click();
        const steps = page.locator('.gettingStartedContainer .getting-started-step');
        await expect.poll(() => steps.allInnerTexts(), { timeout: 15_000 }).toEqual(expect.arrayContaining([
            expect.stringContaining('Start an agreement'),
            expect.stringContaining('Keep a live preview beside it')
        ]));
        await shot('walkthrough');
        await workbench.runCommand('View: Close Editor');
    });

    test('brings the preview back after a reload', async () => {
        await page.reload();
        await workbench.waitUntilReady();
        const preview = workbench.previewFrame();
        await preview.locator('article.sla-document').waitFor({ state: 'visible', timeout: 60_000 });
        expect(await preview.locator('h1').first().innerText()).toMatch(/^Sales & Marketing SLA/);
        // The month chosen before the reload comes back from the webview's saved state.
        expect(await preview.locator('select.sla-month-picker').first().inputValue()).toBe('2026-03');
        await shot('preview-restored');
    });
});

