import { copyFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { launchChromium } from './chromium.js';
import { createProfile, installExtension, startCodeServer } from './code-server.js';
import { packagedExtension, repository } from './paths.js';
import { createWorkspace } from './workspace-fixture.js';
import { eventually, WORKBENCH_SETTINGS, Workbench } from './workbench.js';
test('probe', async () => {
    for (let attempt = 1; attempt <= 6; attempt++) {
        const log = `/tmp/sla-probe-${attempt}.log`;
        rmSync(log, { force: true });
        const profile = createProfile('probe', WORKBENCH_SETTINGS);
        await installExtension(profile, packagedExtension());
        const dir = readdirSync(profile.extensionsDir).find(name => name.startsWith('sla-studio.sla-studio'))!;
        copyFileSync(repository('scratch/ext/logging-server.cjs'), join(profile.extensionsDir, dir, 'dist', 'server.cjs'));
        const folder = createWorkspace();
        const server = await startCodeServer('probe', profile, folder, { SLA_DEBUG_LOG: log });
        const browser = await launchChromium();
        const page = browser.pages()[0] ?? await browser.newPage();
        await page.goto(`${server.url}?folder=${encodeURIComponent(folder)}`);
        const wb = new Workbench(page);
        await wb.waitUntilReady();
        await wb.openFile('broken.sla');
        await wb.runCommand('Developer: Show Running Extensions');
        await page.waitForTimeout(3000);
        await page.keyboard.press('Control+W');
        await wb.openFile('broken.sla');
        let ok = true;
        try {
            await eventually(async () => expect((await wb.problems('**/broken.sla')).join('\n')).toContain('undefined-term'), 15_000);
        } catch { ok = false; }
        console.log(`attempt ${attempt}: ${ok ? 'ok' : 'MISSING undefined-term'} log ${log}`);
        await browser.close(); await server.stop();
        if (!ok) break;
    }
}, 900000);
