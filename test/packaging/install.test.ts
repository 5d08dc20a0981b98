import { spawn, spawnSync } from 'node:child_process';
import type { SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import {
    DidOpenTextDocumentNotification, ExitNotification, InitializedNotification, InitializeRequest,
    PublishDiagnosticsNotification, ShutdownRequest
} from 'vscode-languageserver-protocol';
import { REPO_ROOT, runSla } from '../helpers/run-cli.js';

/**
 * What a user gets: `npm pack` of packages/sla-studio-cli (its prepack bundles the CLI and the
 * server), `npm install -g --prefix <tmp>` of the tarball with no registry to reach, and each
 * binary run from a folder outside the repository, through the bin links npm made, on the
 * project's Node (first on PATH) and on the machine's older one.
 */
const PACKAGE = join(REPO_ROOT, 'packages/sla-studio-cli');
const manifest = JSON.parse(fs.readFileSync(join(PACKAGE, 'package.json'), 'utf8'));
const TARBALL = `${manifest.name}-${manifest.version}.tgz`;
/** The machine's own Node, older than the project's (Debian's 20 here). */
const SYSTEM_NODE = '/usr/bin/node';

let temporary: string;
let prefix: string;
let installed: string;
let work: string;

/** The environment of a user's shell: no npm variables from the run that started the suite. */
function userEnvironment(path: string[]): NodeJS.ProcessEnv {
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
    return { ...env, PATH: path.join(delimiter) };
}

/** PATH with the install's bin folder and the project's Node 22 first, then the system's. */
const userPath = () => [join(prefix, 'bin'), dirname(process.execPath), '/usr/bin', '/bin'];

function run(command: string, args: string[], path = userPath()): SpawnSyncReturns<string> {
    return spawnSync(command, args, { cwd: work, env: userEnvironment(path), encoding: 'utf8', timeout: 120_000 });
}

/** An installed binary, run by its link in `<prefix>/bin` as a shell would. */
const bin = (name: string) => join(prefix, 'bin', name);

beforeAll(() => {
    temporary = fs.mkdtempSync(join(tmpdir(), 'sla-install-'));
    prefix = join(temporary, 'prefix');
    work = join(temporary, 'agreements');
    const npm = (args: string[], cwd: string) => {
        const result = spawnSync('npm', args, { cwd, env: userEnvironment([dirname(process.execPath), '/usr/bin', '/bin']), encoding: 'utf8', timeout: 300_000 });
        if (result.status !== 0) {
            throw new Error(`npm ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
        }
        return result;
    };
    npm(['pack', '--pack-destination', temporary], PACKAGE);
    // No registry can be reached: --offline, an empty cache, and a registry address where
    // nothing listens. The tarball has no dependencies, so nothing is fetched.
    npm(['install', '-g', '--prefix', prefix, join(temporary, TARBALL), '--offline', '--cache', join(temporary, 'npm-cache'),
        '--registry', 'http://127.0.0.1:9/', '--no-audit', '--no-fund', '--no-update-notifier'], temporary);
    installed = join(prefix, 'lib/node_modules', manifest.name);
    // An example as a user would copy it: the agreement, its measurements and the glossary it imports.
    fs.mkdirSync(work);
    fs.cpSync(join(REPO_ROOT, 'examples/sales-marketing'), join(work, 'sales-marketing'), { recursive: true });
    fs.copyFileSync(join(REPO_ROOT, 'examples/common-glossary.sla'), join(work, 'common-glossary.sla'));
    fs.copyFileSync(join(REPO_ROOT, 'test/fixtures/diagnostics/undefined-term.sla'), join(work, 'undefined-term.sla'));
}, 600_000);

afterAll(() => {
    if (temporary) {
        fs.rmSync(temporary, { recursive: true, force: true });
    }
});

describe('the packed sla-studio-cli, installed globally', () => {
    test('is one package with no dependencies: bins, bundles, the diagnostics page', () => {
        const installedManifest = JSON.parse(fs.readFileSync(join(installed, 'package.json'), 'utf8'));
        expect(installedManifest.dependencies).toBeUndefined();
        expect(installedManifest.engines).toEqual({ node: '>=22' });
        expect(fs.existsSync(join(installed, 'node_modules'))).toBe(false);
        expect(fs.readdirSync(join(prefix, 'bin')).sort()).toEqual(['sla', 'sla-language-server']);
        const files = (fs.readdirSync(installed, { recursive: true }) as string[]).map(file => file.replaceAll('\\', '/')).sort();
        expect(files).toEqual([
            'bin', 'bin/guard.js', 'bin/sla-language-server.js', 'bin/sla.js',
            // The licence texts of the bundled dependencies ship beside each bundle.
            'dist', 'dist/docs', 'dist/docs/diagnostics.md', 'dist/server.cjs', 'dist/server.cjs.LEGAL.txt', 'dist/sla.cjs', 'dist/sla.cjs.LEGAL.txt',
            'package.json'
        ]);
        expect(fs.readFileSync(join(installed, 'dist/docs/diagnostics.md'), 'utf8'))
            .toBe(fs.readFileSync(join(REPO_ROOT, 'docs/diagnostics.md'), 'utf8'));
    });

    test('sla check reports what the checkout\'s sla reports, and exits 1 on an error', () => {
        const result = run(bin('sla'), ['check', '.']);
        const checkout = runSla(['check', '.'], { cwd: work });
        expect(result.stderr).toBe('');
        expect(result.stdout).toBe(checkout.stdout);
        expect(result.stdout).toContain('undefined-term.sla:18:');
        expect(result.stdout).toContain('undefined-term');
        expect(result.status).toBe(1);
        expect(run(bin('sla'), ['check', 'sales-marketing', 'common-glossary.sla'])).toMatchObject({ status: 0, stdout: '2 files checked: no problems.\n' });
    });

    test('sla check --format sarif links each rule to the page installed beside the bundle', () => {
        const sarif = JSON.parse(run(bin('sla'), ['check', '--format', 'sarif', '.']).stdout);
        const rule = sarif.runs[0].tool.driver.rules.find((candidate: { id: string }) => candidate.id === 'undefined-term');
        expect(rule.helpUri).toBe(`${pathToFileURL(join(fs.realpathSync(installed), 'dist/docs/diagnostics.md')).href}#undefined-term`);
    });

    test('sla render -o writes the page the checkout\'s sla renders', () => {
        const args = ['render', 'sales-marketing/sales-marketing.sla', '--today', '2026-03-15', '-o', 'leads.html'];
        expect(run(bin('sla'), args)).toMatchObject({ status: 0, stdout: 'Wrote leads.html\n', stderr: '' });
        const page = fs.readFileSync(join(work, 'leads.html'), 'utf8');
        expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
        expect(page).toContain('Sales &amp; Marketing SLA');
        expect(runSla([...args.slice(0, -1), 'leads-checkout.html'], { cwd: work }).status).toBe(0);
        // Each page has its own nonce; apart from it the two are the same.
        const withoutNonce = (html: string) => html.replace(/nonce-[A-Za-z0-9+/=]+|nonce="[A-Za-z0-9+/=]+"/g, 'NONCE');
        expect(withoutNonce(page)).toBe(withoutNonce(fs.readFileSync(join(work, 'leads-checkout.html'), 'utf8')));
        expect(withoutNonce(page)).not.toMatch(/nonce/);
    });

    test('sla report says how the copied agreement went, as the checkout\'s sla does', () => {
        const args = ['report', 'sales-marketing/sales-marketing.sla', '--month', '2026-03', '--today', '2026-04-15'];
        const result = run(bin('sla'), args);
        expect(result.status).toBe(0);
        expect(result.stderr).toBe('');
        // March: 282 leads recorded against at least 400, so missed by 118.
        expect(result.stdout).toMatch(/March 2026 +282 +missed +−118/);
        expect(result.stdout).toBe(runSla(args, { cwd: work }).stdout);
    });

    test('sla-language-server --stdio publishes diagnostics linked to its installed page', async () => {
        const server = spawn(bin('sla-language-server'), ['--stdio'], { cwd: work, env: userEnvironment(userPath()) });
        const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
        const uri = pathToFileURL(join(work, 'undefined-term.sla')).href;
        const published = new Promise<PublishDiagnosticsParams>(resolve => {
            connection.onNotification(PublishDiagnosticsNotification.type, params => {
                if (params.uri === uri) {
                    resolve(params);
                }
            });
        });
        connection.listen();
        try {
            const workUri = pathToFileURL(work).href;
            const initialized = await connection.sendRequest(InitializeRequest.type, {
                processId: process.pid, rootUri: workUri, workspaceFolders: [{ uri: workUri, name: 'agreements' }],
                capabilities: { textDocument: { publishDiagnostics: {} } }
            });
            expect(initialized.capabilities.textDocumentSync).toBeDefined();
            await connection.sendNotification(InitializedNotification.type, {});
            await connection.sendNotification(DidOpenTextDocumentNotification.type, {
                textDocument: { uri, languageId: 'sla', version: 1, text: fs.readFileSync(join(work, 'undefined-term.sla'), 'utf8') }
            });
            const { diagnostics } = await published;
            expect(diagnostics.map(diagnostic => [diagnostic.code, diagnostic.range.start.line])).toEqual([['undefined-term', 17]]);
            expect(diagnostics[0].codeDescription?.href)
                .toBe(`${pathToFileURL(join(fs.realpathSync(installed), 'dist/docs/diagnostics.md')).href}#undefined-term`);
            await connection.sendRequest(ShutdownRequest.type);
            await connection.sendNotification(ExitNotification.type);
        } finally {
            connection.dispose();
            if (server.exitCode === null) {
                await new Promise(resolve => server.once('exit', resolve));
            }
        }
    }, 60_000);

    const systemMajor = fs.existsSync(SYSTEM_NODE)
        ? Number(spawnSync(SYSTEM_NODE, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }).stdout.trim())
        : undefined;
    describe.skipIf(systemMajor === undefined || systemMajor >= 22)('on a Node older than 22 first on PATH', () => {
        test.each([
            ['sla', ['check', '.']],
            ['sla-language-server', ['--stdio']]
        ])('%s says in one line which Node it needs, and exits 1', (name, args) => {
            const result = run(bin(name), args, [join(prefix, 'bin'), '/usr/bin', '/bin']);
            const version = spawnSync(SYSTEM_NODE, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim();
            expect(result.stderr).toBe(`${name} needs Node 22 or newer; this is ${version}.\n`);
            expect(result.stdout).toBe('');
            expect(result.status).toBe(1);
        });
    });
});
