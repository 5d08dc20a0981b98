import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CliError } from './cli-error.js';

/** The browsers that can print, looked for on PATH in this order after `$SLA_CHROMIUM`. */
export const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome'] as const;

export const NO_BROWSER_MESSAGE = 'sla: no Chromium or Chrome found to print the PDF; install chromium or set SLA_CHROMIUM';

/** Printing a long agreement takes a second or two; a browser that hangs is stopped. */
const PRINT_TIMEOUT_MS = 120_000;

/**
 * The browser that prints: `$SLA_CHROMIUM` when it names an executable file, else the first of
 * `chromium`, `chromium-browser`, `google-chrome` on PATH; undefined when there is none.
 */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string | undefined {
    const named = env.SLA_CHROMIUM;
    if (named && isExecutable(named)) {
        return named;
    }
    const folders = (env.PATH ?? '').split(path.delimiter).filter(folder => folder !== '');
    for (const name of BROWSER_NAMES) {
        for (const folder of folders) {
            const candidate = path.join(folder, name);
            if (isExecutable(candidate)) {
                return candidate;
            }
        }
    }
    return undefined;
}

function isExecutable(file: string): boolean {
    try {
        fs.accessSync(file, fs.constants.X_OK);
        return fs.statSync(file).isFile();
    } catch {
        return false;
    }
}

/**
 * The standalone page printed to PDF by a headless Chromium or Chrome: the page goes to a
 * temporary folder with a fresh browser profile, the browser prints it with the page's print
 * stylesheet and no header or footer of its own, and the folder is removed afterwards.
 */
export function printPdf(html: string, env: NodeJS.ProcessEnv = process.env): Buffer {
    const browser = findBrowser(env);
    if (browser === undefined) {
        throw new CliError(NO_BROWSER_MESSAGE);
    }
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-pdf-'));
    try {
        const page = path.join(folder, 'agreement.html');
        const pdf = path.join(folder, 'agreement.pdf');
        fs.writeFileSync(page, html);
        const run = spawnSync(browser, [
            '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
            `--user-data-dir=${path.join(folder, 'profile')}`,
            '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
            `--print-to-pdf=${pdf}`, pathToFileURL(page).href
        ], { encoding: 'utf8', timeout: PRINT_TIMEOUT_MS, stdio: ['ignore', 'pipe', 'pipe'] });
        const printed = fs.existsSync(pdf) ? fs.readFileSync(pdf) : undefined;
        if (printed === undefined || printed.subarray(0, 5).toString('latin1') !== '%PDF-') {
            const why = run.error?.message
                ?? (run.signal ? `it was stopped (${run.signal})` : lastLine(run.stderr) ?? `it exited with ${run.status}`);
            throw new CliError(`sla: ${path.basename(browser)} did not print the PDF: ${why}`);
        }
        return printed;
    } finally {
        fs.rmSync(folder, { recursive: true, force: true });
    }
}

function lastLine(text: string | undefined): string | undefined {
    return text?.split('\n').map(line => line.trim()).filter(line => line !== '').at(-1);
}
