import type { ChildProcess } from 'node:child_process';
import { execFile, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ARTIFACTS, CODE_SERVER_ENTRY, NODE_24, VSCODE_TEST } from './paths.js';

const run = promisify(execFile);

/** A profile and extensions folder of the suite's own, so nothing of the user's leaks in. */
export interface CodeServerProfile {
    userDataDir: string;
    extensionsDir: string;
    configFile: string;
}

export function assertCodeServerInstalled(): void {
    for (const path of [NODE_24, CODE_SERVER_ENTRY]) {
        if (!existsSync(path)) {
            throw new Error(`${path} is missing: run scripts/install-code-server.sh first.`);
        }
    }
}

/** A clean profile with the given user settings. */
export function createProfile(name: string, settings: Record<string, unknown>): CodeServerProfile {
    const root = join(VSCODE_TEST, 'e2e', name);
    rmSync(root, { recursive: true, force: true });
    const profile = { userDataDir: join(root, 'user-data'), extensionsDir: join(root, 'extensions'), configFile: join(root, 'config.yaml') };
    mkdirSync(join(profile.userDataDir, 'User'), { recursive: true });
    mkdirSync(profile.extensionsDir, { recursive: true });
    writeFileSync(join(profile.userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 4));
    // Without --config code-server writes one under ~/.config; keep everything in the profile.
    writeFileSync(profile.configFile, 'auth: none\ncert: false\n');
    return profile;
}

function codeServerArgs(profile: CodeServerProfile): string[] {
    return [CODE_SERVER_ENTRY, '--config', profile.configFile, '--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir];
}

/** Installs a `.vsix` the way a user does, with `--install-extension`. */
export async function installExtension(profile: CodeServerProfile, vsix: string): Promise<string> {
    const { stdout, stderr } = await run(NODE_24, [...codeServerArgs(profile), '--force', '--install-extension', vsix], { timeout: 120_000 });
    return stdout + stderr;
}

export async function listExtensions(profile: CodeServerProfile): Promise<string[]> {
    const { stdout } = await run(NODE_24, [...codeServerArgs(profile), '--list-extensions', '--show-versions'], { timeout: 60_000 });
    return stdout.split('\n').map(line => line.trim()).filter(line => /^[\w-]+\.[\w-]+@/.test(line));
}

export interface RunningCodeServer {
    url: string;
    process: ChildProcess;
    stop(): Promise<void>;
}

/** A port nobody listens on, on the loopback interface. */
export async function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            server.close(() => typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')));
        });
    });
}

/**
 * Starts code-server on a free local port with the workbench opened on `folder`; `env` reaches
 * the extension host. Its output goes to test-artifacts/e2e/<name>.log.
 */
export async function startCodeServer(name: string, profile: CodeServerProfile, folder: string, env: Record<string, string> = {}): Promise<RunningCodeServer> {
    const port = await freePort();
    mkdirSync(ARTIFACTS, { recursive: true });
    const log = createWriteStream(join(ARTIFACTS, `${name}.log`));
    const child = spawn(NODE_24, [
        ...codeServerArgs(profile),
        '--bind-addr', `127.0.0.1:${port}`,
        '--auth', 'none',
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        '--ignore-last-opened',
        folder
    ], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
    const url = `http://127.0.0.1:${port}/`;
    await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`code-server did not listen within 60 s; see ${name}.log`)), 60_000);
        const onData = (data: Buffer) => {
            if (data.toString().includes('HTTP server listening')) {
                clearTimeout(timer);
                resolve();
            }
        };
        child.stdout!.on('data', onData);
        child.stderr!.on('data', onData);
        child.once('exit', code => {
            clearTimeout(timer);
            reject(new Error(`code-server exited with ${code}; see ${name}.log`));
        });
    });
    return {
        url,
        process: child,
        stop: () => new Promise(resolve => {
            if (child.exitCode !== null) {
                resolve();
                return;
            }
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
        })
    };
}
