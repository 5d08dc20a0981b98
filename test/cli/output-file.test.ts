import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runSla } from '../helpers/run-cli.js';
import { makeTempTree } from '../helpers/temp-tree.js';

let folder: string;

const AGREEMENT = `import "shared/glossary.sla"

agreement Hosting "Hosting SLA" {
    kind external
    period 2026-01-01 to 2026-12-31
    party Host "Host Ltd" provider
    party Client "Client plc" customer
    service Web "Web hosting" {
        provided by Host to Client
        metric Uptime "Uptime" {
            counts [Outage]
            target <= 3 per month
            measured by "Status page" every day
            controlled by Host
        }
    }
    exclusions { "Client code." }
    review every year with Host, Client
    termination { notice 30 days by either party }
    measurements for Uptime from "data/uptime.csv"
}
`;
const GLOSSARY = 'glossary Shared { term [Outage] = "A minute the site does not answer." }\n';
const CSV = 'date,value\n2026-01-05,1\n';
const OTHER = 'agreement Other "Other" { kind internal }\n';

/** Every file the refusals must leave as they were, with their bytes. */
const SOURCES: Record<string, string> = {
    'hosting.sla': AGREEMENT,
    'shared/glossary.sla': GLOSSARY,
    'data/uptime.csv': CSV,
    'other.sla': OTHER
};

beforeAll(() => {
    folder = makeTempTree('sla-output-', SOURCES);
    fs.symlinkSync('hosting.sla', path.join(folder, 'link-to-agreement.html'));
    fs.symlinkSync('data/uptime.csv', path.join(folder, 'link-to-csv.md'));
    fs.symlinkSync('shared', path.join(folder, 'linked-folder'));
    fs.linkSync(path.join(folder, 'shared/glossary.sla'), path.join(folder, 'hard-link.html'));
    fs.symlinkSync('missing/new.sla', path.join(folder, 'dangling.html'));
});

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

const render = (...args: string[]) => runSla(['render', 'hosting.sla', '--today', '2026-03-15', ...args], { cwd: folder });

function expectSourcesUnchanged(): void {
    for (const [file, text] of Object.entries(SOURCES)) {
        expect(fs.readFileSync(path.join(folder, file), 'utf8'), file).toBe(text);
    }
}

describe('sla render -o never overwrites a source', () => {
    test.each([
        ['hosting.sla', 'sla: refusing to write \'hosting.sla\': it is \'hosting.sla\', which this command reads; name another output file'],
        ['./data/../hosting.sla', 'sla: refusing to write \'./data/../hosting.sla\': it is \'hosting.sla\', which this command reads; name another output file'],
        ['data/uptime.csv', 'sla: refusing to write \'data/uptime.csv\': it is \'data/uptime.csv\', which this command reads; name another output file'],
        ['shared/glossary.sla', 'sla: refusing to write \'shared/glossary.sla\': it is \'shared/glossary.sla\', which this command reads; name another output file'],
        ['link-to-agreement.html', 'sla: refusing to write \'link-to-agreement.html\': it is \'hosting.sla\', which this command reads; name another output file'],
        ['link-to-csv.md', 'sla: refusing to write \'link-to-csv.md\': it is \'data/uptime.csv\', which this command reads; name another output file'],
        ['linked-folder/glossary.sla', 'sla: refusing to write \'linked-folder/glossary.sla\': it is \'shared/glossary.sla\', which this command reads; name another output file'],
        ['hard-link.html', 'sla: refusing to write \'hard-link.html\': it is \'shared/glossary.sla\', which this command reads; name another output file'],
        ['other.sla', 'sla: refusing to write \'other.sla\': it is an .sla file; outputs never replace agreements'],
        ['new/Agreement.SLA', 'sla: refusing to write \'new/Agreement.SLA\': it is an .sla file; outputs never replace agreements'],
        ['dangling.html', 'sla: refusing to write \'dangling.html\': it is an .sla file; outputs never replace agreements']
    ])('-o %s: one line, exit 2, every source byte-identical', (output, message) => {
        const run = render('-o', output);
        expect(run.stderr).toBe(`${message}\n`);
        expect(run.stdout).toBe('');
        expect(run.status).toBe(2);
        expectSourcesUnchanged();
        expect(fs.existsSync(path.join(folder, 'new'))).toBe(false);
        expect(fs.existsSync(path.join(folder, 'missing'))).toBe(false);
    });

    test('an ordinary output is written whole, with no temporary file left beside it', () => {
        const run = render('--format', 'md', '-o', 'out/hosting.md');
        expect(run.stderr).toBe('');
        expect(run.stdout).toBe('Wrote out/hosting.md\n');
        expect(run.status).toBe(0);
        expect(fs.readFileSync(path.join(folder, 'out/hosting.md'), 'utf8').startsWith('# Hosting SLA\n')).toBe(true);
        expect(fs.readdirSync(path.join(folder, 'out'))).toEqual(['hosting.md']);
        expectSourcesUnchanged();
    });

    test('writing again replaces the earlier output', () => {
        fs.mkdirSync(path.join(folder, 'again'), { recursive: true });
        fs.writeFileSync(path.join(folder, 'again/page.md'), 'old');
        const run = render('--format', 'md', '-o', 'again/page.md');
        expect(run.status).toBe(0);
        expect(fs.readFileSync(path.join(folder, 'again/page.md'), 'utf8').startsWith('# Hosting SLA\n')).toBe(true);
        expect(fs.readdirSync(path.join(folder, 'again'))).toEqual(['page.md']);
    });

    test('a write that fails leaves no temporary file', () => {
        fs.mkdirSync(path.join(folder, 'blocked/page.md'), { recursive: true });
        const run = render('--format', 'md', '-o', 'blocked/page.md');
        expect(run.stderr).toBe('sla: cannot write \'blocked/page.md\': it is a folder\n');
        expect(run.status).toBe(2);
        expect(fs.readdirSync(path.join(folder, 'blocked'))).toEqual(['page.md']);
    });
});
