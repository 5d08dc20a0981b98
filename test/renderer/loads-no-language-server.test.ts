import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../helpers/run-cli.js';

/** Packages that only the language server needs: a consumer of the model must never load them. */
const SERVER_PACKAGES = /\/node_modules\/(langium|chevrotain|@chevrotain|vscode-languageserver[^/]*|vscode-jsonrpc)\//;

/** The URL of every module a fresh Node process loads while it imports `entries` (the built packages). */
function modulesLoadedBy(entries: string[]): string[] {
    const script = `
        import { registerHooks } from 'node:module';
        const loaded = [];
        registerHooks({ load(url, context, nextLoad) { loaded.push(url); return nextLoad(url, context); } });
        for (const entry of ${JSON.stringify(entries.map(entry => pathToFileURL(`${REPO_ROOT}${entry}`).href))}) {
            await import(entry);
        }
        process.stdout.write(JSON.stringify(loaded));
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    return JSON.parse(run.stdout) as string[];
}

describe('the model and the renderer load without the language server', () => {
    test('importing sla-renderer and sla-model loads no Langium, Chevrotain or vscode-languageserver module', () => {
        const loaded = modulesLoadedBy(['packages/model/out/index.js', 'packages/renderer/out/index.js']);
        // The hook sees the libraries the renderer does use, so an empty list cannot pass by accident.
        expect(loaded.some(url => url.includes('/node_modules/d3-scale/'))).toBe(true);
        expect(loaded.some(url => url.includes('/packages/model/out/pacing.js'))).toBe(true);
        expect(loaded.filter(url => SERVER_PACKAGES.test(url))).toEqual([]);
    });

    test('the language package\'s protocol entry loads nothing of the server either', () => {
        const loaded = modulesLoadedBy(['packages/language/out/lsp/protocol.js']);
        expect(loaded.filter(url => SERVER_PACKAGES.test(url))).toEqual([]);
    });

    test('the check itself sees the server when it is loaded', () => {
        const loaded = modulesLoadedBy(['packages/language/out/index.js']);
        expect(loaded.some(url => SERVER_PACKAGES.test(url))).toBe(true);
    });
});

test.each(['packages/model/package.json', 'packages/renderer/package.json'])('%s depends on no server package', file => {
    const manifest = JSON.parse(fs.readFileSync(`${REPO_ROOT}${file}`, 'utf8')) as { dependencies?: Record<string, string> };
    const dependencies = Object.keys(manifest.dependencies ?? {});
    expect(dependencies.length).toBeGreaterThan(0);
    expect(dependencies.filter(name => /^(langium|chevrotain|vscode-languageserver|sla-language)/.test(name))).toEqual([]);
});
