import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runSla } from '../helpers/run-cli.js';
import { CLEAN_AGREEMENT, CLEAN_CSV } from '../helpers/clean-fixture.js';
import { AGREEMENT, LEADS_CSV } from '../renderer/fixtures.js';

let folder: string;

beforeAll(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-pace-'));
    fs.writeFileSync(path.join(folder, 'leads.sla'), CLEAN_AGREEMENT);
    fs.writeFileSync(path.join(folder, 'leads.csv'), CLEAN_CSV);
    // The fixture as it is: an undefined term, and a CSV row after the period.
    fs.writeFileSync(path.join(folder, 'broken.sla'), AGREEMENT.replace('from "leads.csv"', 'from "broken.csv"'));
    fs.writeFileSync(path.join(folder, 'broken.csv'), LEADS_CSV);
});

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

const pace = (...args: string[]) => runSla(['pace', ...args], { cwd: folder });

describe('sla pace', () => {
    test('the day-by-day table, a terminal chart, the standing and the projection', () => {
        const run = pace('leads.sla', '--metric', 'LeadsDelivered', '--month', '2026-02', '--today', '2026-02-10');
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const rows = Array.from({ length: 25 }, (_, index) => {
            const day = index + 4;
            return `${String(day).padStart(3)}          14.3  ${(Math.round(400 * day / 28 * 10) / 10).toFixed(1).padStart(17)}       –                  –           –`;
        });
        expect(run.stdout).toBe([
            'Qualified leads delivered (LeadsDelivered): pacing for February 2026',
            'Goal: at least 400 per month; 28 days, so 14.3 a day (400 × 1/28).',
            '',
            'Day  Daily target  Cumulative target  Actual  Cumulative actual  Difference',
            '  1          14.3               14.3      10                 10        −4.3',
            '  2          14.3               28.6      20                 30        +1.4',
            '  3          14.3               42.9      30                 60       +17.1',
            ...rows,
            '',
            '600 |                  |',
            '    |                  |',
            '    |                  |',
            '    |                  |',
            '400 |------------------------------------------------.-.-.-.- finish line',
            '    |                  |                     . . . .',
            '    |                  |               . . .',
            '    |                  |       . . . .',
            '    |                  . . . .',
            '    |          . . . . |',
            '    |  * * . .         |',
            '    |*                 |',
            '  0 +--------------------------------------------------------',
            '     1       5         10        15        20        25    28',
            '* actual cumulative   . cumulative target   - finish line 400   | today (day 10)',
            '',
            'Ahead of pace by 17.1 (+40%) on day 3: 60 against a cumulative target of 42.9.',
            'Projected month end: 560 of 400, reaches the goal (20 a day on average over days 1–3, days without data as 0, × 28 days).',
            'Other months with measurements: 2026-03 (choose one with --month).',
            ''
        ].join('\n'));
        expect(rows[3]).toBe('  7          14.3              100.0       –                  –           –');
    });

    test('without --month: today\'s month; a missing day adds nothing but the total carries on', () => {
        const run = pace('leads.sla', '--metric', 'LeadsDelivered', '--today', '2026-03-15');
        expect(run.status).toBe(0);
        const lines = run.stdout.split('\n');
        expect(lines[0]).toBe('Qualified leads delivered (LeadsDelivered): pacing for March 2026');
        expect(lines[1]).toBe('Goal: at least 400 per month; 31 days, so 12.9 a day (400 × 1/31).');
        expect(lines.slice(7, 10)).toEqual([
            '  4          12.9               51.6       –                 39       −12.6',
            '  5          12.9               64.5      17                 56        −8.5',
            '  6          12.9               77.4       –                  –           –'
        ]);
        expect(lines.slice(-4)).toEqual([
            'Behind pace by 8.5 (−13.2%) on day 5: 56 against a cumulative target of 64.5.',
            'Projected month end: 347.2 of 400, falls short of the goal (11.2 a day on average over days 1–5, days without data as 0, × 31 days).',
            'Other months with measurements: 2026-02 (choose one with --month).',
            ''
        ]);
    });

    test('a segment with its own monthly goal', () => {
        const run = pace('leads.sla', '--metric', 'LeadsDelivered', '--segment', 'DecisionMakers', '--today', '2026-03-15');
        expect(run.status).toBe(0);
        expect(run.stdout.split('\n').slice(0, 5)).toEqual([
            'Qualified leads delivered, Decision makers (LeadsDelivered.DecisionMakers): pacing for March 2026',
            'Goal: at least 100 per month; 31 days, so 3.2 a day (100 × 1/31).',
            '',
            'Day  Daily target  Cumulative target  Actual  Cumulative actual  Difference',
            '  1           3.2                3.2       3                  3        −0.2'
        ]);
    });

    test('an agreement with errors still paces, with a warning on standard error', () => {
        const run = pace('broken.sla', '--metric', 'LeadsDelivered', '--month', '2026-03', '--today', '2026-03-15');
        expect(run.status).toBe(0);
        expect(run.stderr).toBe('sla: warning: \'broken.sla\' has 2 errors; run \'sla check broken.sla\' to see them\n');
        expect(run.stdout).toContain('1 measurement lies outside the agreement\'s period and is left out.\n');
    });

    test.each([
        [['leads.sla', '--metric', 'Nope'], 'sla: no metric \'Nope\' in leads.sla; paced metrics: LeadsDelivered'],
        [['leads.sla', '--metric', 'Speed'], 'sla: metric \'Speed\' is not paced (it needs \'pace daily\' and a count per month, e.g. \'target >= 400 per month\'); paced metrics: LeadsDelivered'],
        [['leads.sla', '--metric', 'LeadsDelivered', '--segment', 'Nope'], 'sla: metric \'LeadsDelivered\' has no paced segment \'Nope\'; paced segments: DecisionMakers'],
        [['leads.sla', '--metric', 'LeadsDelivered', '--month', '2026-3'], 'error: option \'--month <month>\' argument \'2026-3\' is invalid. Write a month as YYYY-MM.'],
        [['leads.sla', '--metric', 'LeadsDelivered', '--month', '2026-05'], 'sla: no measurements for LeadsDelivered in 2026-05; months with measurements: 2026-02, 2026-03'],
        [['leads.sla', '--metric', 'LeadsDelivered', '--today', '2026-02-30'], 'error: option \'--today <date>\' argument \'2026-02-30\' is invalid. Write a date that exists, as YYYY-MM-DD.'],
        [['missing.sla', '--metric', 'LeadsDelivered'], 'sla: cannot read \'missing.sla\': no such file or folder'],
        [['leads.sla'], 'error: required option \'-m, --metric <id>\' not specified']
    ])('bad input %j: one line, exit 2', (args, message) => {
        const run = pace(...args);
        expect(run.stdout).toBe('');
        expect(run.stderr).toBe(`${message}\n`);
        expect(run.status).toBe(2);
    });

    test('the example: its March CSV, with a segment', () => {
        const run = runSla(['pace', 'examples/sales-marketing/sales-marketing.sla', '--metric', 'LeadsDelivered', '--month', '2026-03', '--today', '2026-03-15']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout).toContain(' 15          12.9              193.5      13                192        −1.5\n');
        expect(run.stdout).toContain('Behind pace by 1.5 (−0.8%) on day 15: 192 against a cumulative target of 193.5.\n');
        // Rows for 16–22 March exist but are after today: not in the table, and said so.
        expect(run.stdout).toContain(' 16          12.9              206.5       –                  –           –\n');
        expect(run.stdout).toContain('7 measurements dated after today (16–22 March 2026) are left out.\n');
    });

    test('a finished month: the final result and its days without data, no projection', () => {
        const run = pace('leads.sla', '--metric', 'LeadsDelivered', '--month', '2026-02', '--today', '2026-03-15');
        expect(run.status).toBe(0);
        // 10 + 20 + 30 = 60 of 400; days 4–28 have no row.
        expect(run.stdout).toContain('\nFinal: 60 of 400, goal missed by 340.\nNo data for 4–28 February 2026.\nOther months with measurements: 2026-03 (choose one with --month).\n');
        expect(run.stdout).not.toContain('Projected');
    });
});
