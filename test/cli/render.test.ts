import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CLEAN_AGREEMENT, CLEAN_CSV } from '../helpers/clean-fixture.js';
import { REPO_ROOT, runSla } from '../helpers/run-cli.js';

let folder: string;

beforeAll(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-render-'));
    fs.writeFileSync(path.join(folder, 'leads.sla'), CLEAN_AGREEMENT);
    fs.writeFileSync(path.join(folder, 'leads.csv'), CLEAN_CSV);
    fs.writeFileSync(path.join(folder, 'syntax.sla'), 'agreement Partial "Partial" {\n    party A "A team" provider\n    kind sometimes\n}\n');
    fs.writeFileSync(path.join(folder, 'glossary.sla'), 'glossary Shared { term [Lead] = "A contact." }\n');
    fs.writeFileSync(path.join(folder, 'notes.txt'), 'not an agreement');
});

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

const render = (...args: string[]) => runSla(['render', ...args], { cwd: folder });

describe('sla render', () => {
    // What it prints is compared with golden files in golden.test.ts.
    test('html by default, with its own random nonce on each run', () => {
        const nonces = [render('leads.sla', '--today', '2026-03-15'), render('leads.sla', '--today', '2026-03-15')].map(run => {
            expect(run.status).toBe(0);
            expect(run.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
            return /'nonce-([^']+)'/.exec(run.stdout)?.[1];
        });
        expect(nonces[0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
        expect(nonces[1]).not.toBe(nonces[0]);
    });

    test('-o writes the file, making its folder', () => {
        const run = render('leads.sla', '--format', 'md', '-o', 'out/deep/leads.md', '--today', '2026-03-15');
        expect(run.stdout).toBe('Wrote out/deep/leads.md\n');
        expect(run.status).toBe(0);
        expect(fs.readFileSync(path.join(folder, 'out/deep/leads.md'), 'utf8').startsWith('# Fixture SLA\n')).toBe(true);
    });

    test('a file with syntax errors renders what could be read, with a warning', () => {
        const run = render('syntax.sla', '--format', 'md', '--today', '2026-03-15');
        expect(run.status).toBe(0);
        expect(run.stderr).toMatch(/^sla: warning: 'syntax\.sla' has \d+ errors?; run 'sla check syntax\.sla' to see them\n$/);
        // The two errors: the unknown `kind` value, and what it leaves unparsed. The same count heads the document.
        expect(run.stderr).toBe('sla: warning: \'syntax.sla\' has 2 errors; run \'sla check syntax.sla\' to see them\n');
        expect(run.stdout).toContain('# Partial\n\n> **Draft — 2 problems**\n\n## Parties\n\n- **A team** (A), provider.\n');
        const html = render('syntax.sla', '--today', '2026-03-15');
        expect(html.stdout).toContain('<h1>Partial</h1>\n<p class="sla-draft" role="note">Draft — 2 problems</p>\n</header>');
    });

    test('near miss: an agreement without errors has no draft banner', () => {
        const run = render('leads.sla', '--today', '2026-03-15');
        expect([run.status, run.stderr]).toEqual([0, '']);
        expect(run.stdout).not.toContain('<p class="sla-draft"');
        expect(run.stdout).toContain('.sla-draft {');
    });

    test.each([
        [['leads.sla', '--format', 'docx'], 'error: option \'-f, --format <format>\' argument \'docx\' is invalid. Allowed choices are html, md, pdf.'],
        [['missing.sla'], 'sla: cannot read \'missing.sla\': no such file or folder'],
        [['notes.txt'], 'sla: \'notes.txt\' is not an .sla file'],
        [['.'], 'sla: \'.\' is a folder; name one .sla file'],
        [['glossary.sla'], 'sla: \'glossary.sla\' holds no agreement'],
        [['leads.sla', '--today', '2026-13-01'], 'error: option \'--today <date>\' argument \'2026-13-01\' is invalid. Write a date that exists, as YYYY-MM-DD.'],
        [['leads.sla', '--month', '2026-3'], 'error: option \'--month <month>\' argument \'2026-3\' is invalid. Write a month as YYYY-MM.'],
        [['leads.sla', '--month', '2026-13'], 'error: option \'--month <month>\' argument \'2026-13\' is invalid. Write a month as YYYY-MM.'],
        [['leads.sla', '-o', 'notes.txt/leads.html'], 'sla: cannot write \'notes.txt/leads.html\': a file is in the way of its folder'],
        [[], 'error: missing required argument \'file\'']
    ])('bad input %j: one line, exit 2', (args, message) => {
        const run = render(...args);
        expect(run.stdout).toBe('');
        expect(run.stderr).toBe(`${message}\n`);
        expect(run.status).toBe(2);
    });

    test('--month picks the month each chart group with data in it shows first', () => {
        const run = render('leads.sla', '--format', 'md', '--month', '2026-02', '--today', '2026-03-15');
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        // The total has February rows (10 + 20 + 30 = 60, none on days 4–28); February is over on 15 March.
        expect(run.stdout).toContain('**Qualified leads delivered: pacing for February 2026**\n\n'
            + 'Finish line: 400 by 28 February 2026 (14.3 a day, 400 × 1/28).  \n'
            + 'Final: 60 of 400, goal missed by 340.  \n'
            + 'No data for 4–28 February 2026.\n\n');
        expect(run.stdout).toContain('Other months with measurements: March 2026.');
        // The segment has rows in March only: it keeps its default month.
        expect(run.stdout).toContain('**Qualified leads delivered — Decision makers: pacing for March 2026**');
    });

    test('--month in HTML selects that month in each picker', () => {
        const run = render('leads.sla', '--month', '2026-02', '--today', '2026-03-15');
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('<option value="2026-02" selected>February 2026</option>');
        expect(run.stdout).toContain('<figure class="sla-chart" id="chart-LeadsDelivered-2026-03" data-chart-group="LeadsDelivered" data-month="2026-03" data-line="24" hidden>');
    });

    test('--month without data in any chart: each keeps its default, with a warning', () => {
        const run = render('leads.sla', '--format', 'md', '--month', '2026-07', '--today', '2026-03-15');
        expect(run.status).toBe(0);
        expect(run.stderr).toBe('sla: warning: no pacing chart of \'leads.sla\' has measurements in 2026-07; each shows its default month\n');
        expect(run.stdout).toContain('**Qualified leads delivered: pacing for March 2026**');
    });

    test('the sales and marketing example, its shared glossary and CSV included', () => {
        const run = runSla(['render', 'examples/sales-marketing/sales-marketing.sla', '--format', 'md', '--today', '2026-03-15']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('Marketing generates [Qualified Leads](#glossary) so that Sales can reach its revenue goal.');
        expect(run.stdout).toContain('Behind pace by 1.5 (−0.8%) on day 15: 192 against a cumulative target of 193.5.');
        // The CSV runs to 22 March: seven rows of the total are dated after today.
        expect(run.stdout).toContain('7 measurements dated after today (16–22 March 2026) are left out.');
        expect(run.stdout).toContain('- **Business Day** (also Business Days) *from common-glossary.sla*: Monday to Friday');
    });
});

describe('sla render --format pdf', () => {
    const example = path.join(REPO_ROOT, 'examples/sales-marketing/sales-marketing.sla');
    /** The page objects of a PDF: Chromium writes each page's dictionary uncompressed. */
    const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;

    test('prints the standalone page to PDF, as long as the page estimate says', () => {
        const run = render(example, '--format', 'pdf', '-o', 'out/sales.pdf', '--today', '2026-03-15');
        expect([run.status, run.stdout, run.stderr]).toEqual([0, 'Wrote out/sales.pdf\n', '']);
        const pdf = fs.readFileSync(path.join(folder, 'out/sales.pdf'));
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        // The PDF holds the service level report, so it is the estimate with the report (on the
        // longer paper; Chromium prints on Letter): 5.2 pages with it is 6 printed pages.
        const md = render(example, '--format', 'md', '--today', '2026-03-15');
        const estimate = Number(/([\d.]+) pages with the service level report/.exec(md.stdout)![1]);
        expect(Math.abs(pageCount(pdf) - Math.ceil(estimate))).toBeLessThanOrEqual(1);
        expect(pageCount(pdf)).toBeGreaterThan(1);
    });

    test('-o is required: a PDF does not go to standard output', () => {
        const run = render(example, '--format', 'pdf');
        expect([run.status, run.stdout, run.stderr]).toEqual([2, '', 'sla: --format pdf needs -o <file>: a PDF is not written to standard output\n']);
    });

    test('without Chromium or Chrome: one line and exit 2, no file written', () => {
        // PATH holds only Node's folder; SLA_CHROMIUM names nothing.
        const env = { ...process.env, SLA_CHROMIUM: '/nonexistent', PATH: path.dirname(process.execPath) };
        const run = runSla(['render', example, '--format', 'pdf', '-o', 'none.pdf'], { cwd: folder, env });
        expect([run.status, run.stdout, run.stderr])
            .toEqual([2, '', 'sla: no Chromium or Chrome found to print the PDF; install chromium or set SLA_CHROMIUM\n']);
        expect(fs.existsSync(path.join(folder, 'none.pdf'))).toBe(false);
    });

    test('a browser that prints nothing: one line naming it, exit 2', () => {
        const run = runSla(['render', example, '--format', 'pdf', '-o', 'none.pdf'], { cwd: folder, env: { ...process.env, SLA_CHROMIUM: '/bin/false' } });
        expect([run.status, run.stderr]).toEqual([2, 'sla: false did not print the PDF: it exited with 1\n']);
        expect(fs.existsSync(path.join(folder, 'none.pdf'))).toBe(false);
    });
});

describe('render:examples', () => {
    test('renders every example agreement, skips shared glossaries, writes an index', () => {
        const out = path.join(folder, 'examples-out');
        const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'packages/cli/scripts/render-examples.js'), 'examples', out], {
            cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, SLA_TODAY: '2026-03-15' }, timeout: 60_000
        });
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        const agreements = fs.readdirSync(path.join(REPO_ROOT, 'examples'), { recursive: true, encoding: 'utf8' })
            .filter(file => file.endsWith('.sla') && /^\s*agreement\s/m.test(fs.readFileSync(path.join(REPO_ROOT, 'examples', file), 'utf8')))
            .sort().map(file => path.basename(file, '.sla'));
        expect(agreements).toContain('sales-marketing');
        expect(result.stdout).toBe([...agreements.map(name => path.join(out, `${name}.html`)), path.join(out, 'index.html'), ''].join('\n'));
        const page = fs.readFileSync(path.join(out, 'sales-marketing.html'), 'utf8');
        expect(page).toContain('<figure class="sla-chart" id="chart-LeadsDelivered-2026-03" data-chart-group="LeadsDelivered" data-month="2026-03" data-line="');
        expect(page).toContain('<title id="chart-LeadsDelivered-2026-03-title">Qualified leads delivered: pacing for March 2026</title>');
        expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('<a href="sales-marketing.html">Sales &amp; Marketing SLA</a>');
    });

    test('a wrong SLA_TODAY is one line and exit 2', () => {
        const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'packages/cli/scripts/render-examples.js'), 'examples', path.join(folder, 'never')], {
            cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, SLA_TODAY: 'tomorrow' }, timeout: 60_000
        });
        expect(result.stderr).toBe('sla: SLA_TODAY \'tomorrow\' is not a date; write YYYY-MM-DD\n');
        expect(result.status).toBe(2);
    });
});
