import type { BrowserContext, Page } from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../e2e/chromium.js';
import { freePort } from '../e2e/code-server.js';
import { ARTIFACTS, repository } from '../e2e/paths.js';
import { BROKEN_AGREEMENT, createWorkspace, removeWorkspace } from '../e2e/workspace-fixture.js';
import { eventually, Workbench } from '../e2e/workbench.js';
import { serveVsCodeWeb } from './vscode-web.js';

/**
 * The web extension in VS Code for the Web 1.91: the browser client and the language server
 * in a web worker, with the workspace mounted by @vscode/test-web.
 */
describe('SLA Studio in VS Code for the Web', () => {
    let server: { url: string; dispose(): void };
    let browser: BrowserContext;
    let page: Page;
    let workbench: Workbench;
    let folder: string;
    const shot = (name: string) => workbench.screenshot(join(ARTIFACTS, `${name}.png`));
    const workerErrors: string[] = [];

    beforeAll(async () => {
        for (const bundle of ['dist/web/extension.js', 'dist/web/server.js']) {
            if (!existsSync(repository(`packages/extension/${bundle}`))) {
                throw new Error(`packages/extension/${bundle} is missing: run npm run package first.`);
            }
        }
        mkdirSync(ARTIFACTS, { recursive: true });
        folder = createWorkspace();
        server = await serveVsCodeWeb(folder, await freePort());
        browser = await launchChromium();
        page = browser.pages()[0] ?? await browser.newPage();
        page.on('console', message => {
            if (message.type() === 'error' && /sla|language server/i.test(message.text())) {
                workerErrors.push(message.text());
            }
        });
        workbench = new Workbench(page);
        await page.goto(server.url);
        await workbench.waitUntilReady();
        await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'broken.sla' }).waitFor({ timeout: 60_000 });
    });

    afterEach(async context => {
        if (context.task.result?.state === 'fail' && page) {
            await shot(`web-failed-${context.task.name.replace(/\W+/g, '-')}`).catch(() => undefined);
        }
    });

    afterAll(async () => {
        await browser?.close();
        server?.dispose();
        removeWorkspace(folder);
    });

    test('reports diagnostics from the server in the web worker', async () => {
        await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'broken.sla' }).click();
        await workbench.activeTab('broken.sla').waitFor({ timeout: 20_000 });
        await eventually(async () => {
            const problems = (await workbench.problems('broken.sla')).join('\n');
            expect(problems).toContain('undefined-term');
            expect(problems).toContain('missing-termination');
        }, 60_000);
        await shot('web-problems');
        expect(workerErrors).toEqual([]);
    });

    test('completes with the server\'s keywords', async () => {
        await workbench.focusEditor('broken.sla');
        // A new line just before the agreement's closing brace.
        await workbench.goTo(BROKEN_AGREEMENT.trimEnd().split('\n').length, 1);
        await page.keyboard.press('Enter');
        await page.keyboard.press('ArrowUp');
        await page.keyboard.type('    termi');
        await page.keyboard.press('Control+Space');
        const item = page.locator('.editor-widget.suggest-widget .monaco-list-row', { hasText: 'termination' }).first();
        await item.waitFor({ state: 'visible', timeout: 20_000 });
        // Word-based suggestions would carry the "text" icon; the server's keyword does not.
        expect(await item.locator('.suggest-icon').getAttribute('class')).toMatch(/codicon-symbol-(keyword|snippet)/);
        await shot('web-completion');
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+Shift+K');
    });

    test('previews the agreement', async () => {
        await workbench.focusEditor('broken.sla');
        await workbench.runCommand('SLA: Open Preview to the Side');
        const preview = workbench.previewFrame();
        await preview.locator('article.sla-document').waitFor({ state: 'visible', timeout: 30_000 });
        expect(await preview.locator('h1').first().innerText()).toBe('Hosting SLA');
        await shot('web-preview');
    });
});
