import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { bundleSuite } from '../extension-host/bundle.js';
import type { ExtensionTestResult } from '../extension-host/harness.js';
import { launchChromium } from './chromium.js';
import { assertCodeServerInstalled, createProfile, installExtension, startCodeServer } from './code-server.js';
import { ARTIFACTS, packagedExtension, repository, VSCODE_TEST } from './paths.js';
import { createWorkspace, removeWorkspace } from './workspace-fixture.js';
import { eventually, WORKBENCH_SETTINGS } from './workbench.js';

const run = promisify(execFile);

/** Packages test/extension-host/driver.ts as an extension that runs the suite inside code-server. */
async function packageDriver(): Promise<string> {
    const folder = join(VSCODE_TEST, 'e2e', 'driver-extension');
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    await bundleSuite('driver.ts', join(folder, 'dist', 'driver.cjs'));
    writeFileSync(join(folder, 'package.json'), JSON.stringify({
        name: 'sla-extension-tests',
        displayName: 'SLA Studio extension tests',
        description: 'Runs test/extension-host inside the extension host.',
        publisher: 'sla-studio',
        version: '0.0.1',
        license: 'MIT',
        engines: { vscode: '^1.91.0' },
        main: './dist/driver.cjs',
        activationEvents: ['onStartupFinished'],
        extensionDependencies: ['sla-studio.sla-studio']
    }, null, 2));
    writeFileSync(join(folder, 'README.md'), 'Runs the SLA Studio extension-host tests.\n');
    const vsix = join(folder, 'sla-extension-tests.vsix');
    await run(process.execPath, [repository('node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', vsix], { cwd: folder });
    return vsix;
}

test('the extension-host suite passes inside code-server', async () => {
    assertCodeServerInstalled();
    const profile = createProfile('extension-host', { ...WORKBENCH_SETTINGS, 'sla.trace.server': process.env.SLA_E2E_TRACE ?? 'off' });
    await installExtension(profile, packagedExtension());
    await installExtension(profile, await packageDriver());
    const folder = createWorkspace();
    mkdirSync(ARTIFACTS, { recursive: true });
    const resultsFile = join(ARTIFACTS, 'extension-host-results.json');
    rmSync(resultsFile, { force: true });
    // The extension host inherits code-server's environment: this tells the driver to run.
    const server = await startCodeServer('extension-host', profile, folder, { SLA_EXTENSION_TESTS_RESULTS: resultsFile });
    const browser = await launchChromium();
    const errors: string[] = [];
    try {
        const page = browser.pages()[0] ?? await browser.newPage();
        page.on('console', message => {
            if (message.type() === 'error' && /extension|sla/i.test(message.text())) {
                errors.push(message.text());
            }
        });
        await page.goto(`${server.url}?folder=${encodeURIComponent(folder)}`);
        await eventually(async () => expect(existsSync(resultsFile), `no results; console errors:\n${errors.join('\n')}`).toBe(true), 180_000, 1_000);
        await page.screenshot({ path: join(ARTIFACTS, 'extension-host.png') });
    } finally {
        await browser.close();
        await server.stop();
        removeWorkspace(folder);
    }
    const { results, log } = JSON.parse(readFileSync(resultsFile, 'utf8')) as { results: ExtensionTestResult[]; log: string[] };
    console.log(log.join('\n'));
    expect(results.length).toBeGreaterThanOrEqual(10);
    expect(results.filter(result => !result.passed).map(result => `${result.name}: ${result.error}`)).toEqual([]);
}, 300_000);
