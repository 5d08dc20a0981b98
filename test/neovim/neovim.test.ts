import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../helpers/run-cli.js';

/**
 * A second real LSP client: Debian's Neovim (0.7) runs `sla-client.lua` headless against the
 * language server and writes down what its own client saw. scripts/install-test-tools.sh
 * installs it; CI fails without it, a developer's machine skips.
 */
const NVIM = '/usr/bin/nvim';
const HAVE_NVIM = spawnSync(NVIM, ['--version'], { encoding: 'utf8' }).status === 0;

const GLOSSARY = `glossary Common "Common terms" {
    term [Business Day] aka [Business Days] = "Monday to Friday, except public holidays."
}
`;

const AGREEMENT = `import "common.sla"

agreement Support "IT support" {
    kind external
    period 2026-01-01 to 2026-12-31
    term [Qualified Lead] = "A lead with a score of 40."
    party Acme "Acme IT" provider
    party Shop "Shop Ltd" customer
    summary "Acme answers every [Qualified Lead] and each [Uptime Window]."

    service Desk "Service desk" {
        provided by Acme to Shop
        description "Answers within one [Business Day]."
        metric Resolved "Tickets resolved" {
            counts "tickets"
            target >= 300 per month
            measured by "Desk report" every day
            controlled by Acme
        }
    }

    exclusions {
        "Hardware repairs."
    }

    termination {
        notice 30 days by either party
    }
}
`;

interface ClientResults {
    steps: string[];
    failure?: string;
    diagnostics: string[];
    hover: string;
    completion: { prefix: string; words: string[] };
    completed: string;
    actions: string[];
    after_fix: string[];
    rename: { helpdesk: number; acme: number };
    emoji: string[];
}

let folder: string;
let results: ClientResults;

describe.skipIf(!HAVE_NVIM && !process.env.CI)('the language server in Neovim', () => {
    beforeAll(() => {
        folder = mkdtempSync(join(tmpdir(), 'sla-neovim-'));
        writeFileSync(join(folder, 'common.sla'), GLOSSARY);
        writeFileSync(join(folder, 'support.sla'), AGREEMENT);
        const output = join(folder, 'results.json');
        const run = spawnSync(NVIM, ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${join(REPO_ROOT, 'test/neovim/sla-client.lua')}`], {
            cwd: folder,
            encoding: 'utf8',
            timeout: 180_000,
            env: {
                ...process.env,
                SLA_NODE: process.execPath,
                SLA_SERVER: join(REPO_ROOT, 'packages/language/bin/server.js'),
                SLA_FOLDER: folder,
                SLA_RESULTS: output
            }
        });
        results = JSON.parse(readFileSync(output, 'utf8')) as ClientResults;
        // The log stays with the test's artifacts for whoever reads a failure.
        mkdirSync(join(REPO_ROOT, 'test-artifacts'), { recursive: true });
        writeFileSync(join(REPO_ROOT, 'test-artifacts', 'neovim-client.json'), JSON.stringify({ results, stderr: run.stderr }, undefined, 2));
    }, 200_000);

    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    test('the client ran every step', () => {
        expect(results.failure).toBeUndefined();
        expect(results.steps).toEqual(['diagnostics', 'hover', 'completion', 'completed', 'actions', 'after_fix', 'rename', 'emoji']);
    });

    test('diagnostics arrive with their codes', () => {
        expect(results.diagnostics).toEqual(['missing-review', 'undefined-term']);
    });

    test('hover shows an imported term\'s definition', () => {
        expect(results.hover).toContain('Monday to Friday, except public holidays.');
    });

    test('after [Qual, completion offers the term and inserts it once, with its closing bracket', () => {
        expect(results.completion).toEqual({ prefix: 'Qual', words: ['Qualified Lead]'] });
        expect(results.completed).toBe('        description "Sends [Qualified Lead]Answers within one [Business Day]."');
    });

    test('a quick-fix defines the undefined term and its diagnostic goes', () => {
        expect(results.actions.some(title => title.startsWith('Define [Uptime Window]'))).toBe(true);
        expect(results.after_fix).toEqual(['missing-review']);
    });

    test('rename changes the party and every reference to it', () => {
        // `party Acme`, `provided by Acme`, `controlled by Acme`; "Acme IT" and the summary's prose stay.
        expect(results.rename).toEqual({ helpdesk: 3, acme: 2 });
    });

    test('an emoji outside a string is a syntax error that names it whole', () => {
        expect(results.emoji.length).toBeGreaterThan(0);
        expect(results.emoji.join('\n')).toContain('🙂');
    });
});
