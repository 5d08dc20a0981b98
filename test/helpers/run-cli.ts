import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SLA_BIN = fileURLToPath(new URL('../../packages/cli/bin/sla.js', import.meta.url));

export interface CliRun {
    status: number | null;
    stdout: string;
    stderr: string;
}

/** Runs the built `sla` command as a separate process, as a user would. */
export function runSla(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliRun {
    const result = spawnSync(process.execPath, [SLA_BIN, ...args], {
        cwd: options.cwd ?? REPO_ROOT,
        env: options.env ?? process.env,
        encoding: 'utf8',
        timeout: 60_000
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
