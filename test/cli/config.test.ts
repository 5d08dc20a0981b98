import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ALL_ISSUE_CODES } from 'sla-language';
import { CLEAN_AGREEMENT, CLEAN_CSV } from '../helpers/clean-fixture.js';
import { runSla } from '../helpers/run-cli.js';
import { makeTempTree } from '../helpers/temp-tree.js';

let folder: string;

/** One finding that settings move about: `undefined-term`, an error by default, on line 1. */
const MENTION = 'agreement Mention "Mention" { summary "Mentions [Nothing]." }\n';

const severity = (code: string, setting: string) => JSON.stringify({ severities: { [code]: setting } });

/**
 * A tree whose folders each have their own settings: the root's apply to `plain/`, which has
 * none; `quiet/deep/` takes `quiet/`'s.
 */
const TREE: Record<string, string> = {
    'sla.config.json': severity('undefined-term', 'info'),
    'plain/p.sla': MENTION,
    'loud/sla.config.json': severity('undefined-term', 'warning'),
    'loud/l.sla': MENTION,
    'quiet/sla.config.json': severity('undefined-term', 'off'),
    'quiet/deep/q.sla': MENTION,
    'paced/leads.sla': CLEAN_AGREEMENT,
    'paced/leads.csv': CLEAN_CSV,
    // Every settings key, each making the fixture's one near miss an error.
    'paced/sla.config.json': JSON.stringify({ maxMetrics: 1, maxPages: 1, severities: { 'too-many-metrics': 'error', 'document-too-long': 'error' } }),
    'bad/sla.config.json': '{ "maxPage": 5 }',
    'bad/b.sla': MENTION
};

beforeAll(() => {
    folder = makeTempTree('sla-config-', TREE);
});

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

const sla = (args: string[], cwd = '.') => runSla(args, { cwd: path.join(folder, cwd) });

/** The `undefined-term` lines of a text report. */
const mentions = (stdout: string) => stdout.split('\n').filter(line => line.includes('undefined-term')).map(line => line.split(': The term')[0]);

describe('sla.config.json is looked up from each file\'s folder upward', () => {
    test('check: each file under its nearest settings, whatever the current folder', () => {
        const expected = ['loud/l.sla:1:49: warning undefined-term', 'plain/p.sla:1:49: info undefined-term'];
        expect(mentions(sla(['check', 'loud/l.sla', 'plain/p.sla', 'quiet']).stdout)).toEqual(expected);
        expect(mentions(sla(['check', 'l.sla', '../plain/p.sla', '../quiet'], 'loud').stdout))
            .toEqual(['../plain/p.sla:1:49: info undefined-term', 'l.sla:1:49: warning undefined-term']);
    });

    test('check: the report is sorted by path, whichever settings each file had', () => {
        const run = sla(['check', '--format', 'json', 'quiet', 'plain', 'loud']);
        expect(run.status).toBe(1);
        const files = (JSON.parse(run.stdout) as { file: string }[]).map(finding => finding.file);
        expect(files).toEqual([...files].sort((a, b) => a.localeCompare(b)));
        expect(new Set(files)).toEqual(new Set(['loud/l.sla', 'plain/p.sla', 'quiet/deep/q.sla']));
    });

    test('--config: that one file for every path', () => {
        expect(mentions(sla(['check', '--config', 'quiet/sla.config.json', 'loud', 'plain', 'quiet']).stdout)).toEqual([]);
        expect(mentions(sla(['check', '-c', 'loud/sla.config.json', 'plain/p.sla', 'quiet']).stdout))
            .toEqual(['plain/p.sla:1:49: warning undefined-term', 'quiet/deep/q.sla:1:49: warning undefined-term']);
    });

    test('render: the warning counts the errors under the file\'s settings', () => {
        const run = sla(['render', 'paced/leads.sla', '--format', 'md', '--today', '2026-03-15']);
        expect(run.status).toBe(0);
        expect(run.stderr).toBe('sla: warning: \'paced/leads.sla\' has 2 errors; run \'sla check paced/leads.sla\' to see them\n');
        const elsewhere = sla(['render', 'paced/leads.sla', '--format', 'md', '--today', '2026-03-15', '--config', 'quiet/sla.config.json']);
        expect(elsewhere.stderr).toBe('');
        // The same document, but no longer a draft: the banner counted the errors under the file's settings.
        expect(run.stdout).toContain('\n\n> **Draft — 2 problems**\n\n');
        expect(elsewhere.stdout).toBe(run.stdout.replace('> **Draft — 2 problems**\n\n', ''));
    });

    test('pace: the same settings, and the check it suggests runs under them', () => {
        const run = sla(['pace', 'leads.sla', '--metric', 'LeadsDelivered', '--today', '2026-03-15', '--config', 'sla.config.json'], 'paced');
        expect(run.status).toBe(0);
        expect(run.stderr).toBe('sla: warning: \'leads.sla\' has 2 errors; run \'sla check --config sla.config.json leads.sla\' to see them\n');
        const check = sla(['check', '--config', 'sla.config.json', 'leads.sla'], 'paced');
        expect(check.stdout).toMatch(/1 file checked: 2 errors, 0 warnings, 0 notes\.\n$/);
    });

    test('render -o refuses to write onto the settings it read', () => {
        const run = sla(['render', 'paced/leads.sla', '-o', 'paced/sla.config.json']);
        expect(run.stderr).toBe('sla: refusing to write \'paced/sla.config.json\': it is \'paced/sla.config.json\', which this command reads; name another output file\n');
        expect(run.status).toBe(2);
        expect(fs.readFileSync(path.join(folder, 'paced/sla.config.json'), 'utf8')).toBe(TREE['paced/sla.config.json']);
    });

    test('a broken config is read only by the files it applies to, and named by its path', () => {
        expect(sla(['check', 'plain']).status).toBe(1);
        for (const args of [['check', 'plain', 'bad'], ['render', 'bad/b.sla'], ['pace', 'bad/b.sla', '--metric', 'M']]) {
            const run = sla(args);
            expect(run.stderr).toBe('sla: config \'bad/sla.config.json\': unknown key \'maxPage\'; known keys: severities, maxMetrics, maxPages\n');
            expect(run.stdout).toBe('');
            expect(run.status).toBe(2);
        }
    });

    test('a config that cannot be read', () => {
        const run = sla(['check', '--config', 'missing.json', 'plain']);
        expect(run.stderr).toBe('sla: cannot read config \'missing.json\'\n');
        expect(run.status).toBe(2);
    });
});

describe('a config with unknown keys or wrong values is bad input: one line naming the key, exit 2', () => {
    const codes = ALL_ISSUE_CODES.join(', ');
    const use = 'use error, warning, info, hint or off';
    test.each([
        ['{ "maxPage": 5 }', 'unknown key \'maxPage\'; known keys: severities, maxMetrics, maxPages'],
        ['{ "__proto__": { "maxPages": 1 } }', 'unknown key \'__proto__\'; known keys: severities, maxMetrics, maxPages'],
        ['{ "constructor": 1 }', 'unknown key \'constructor\'; known keys: severities, maxMetrics, maxPages'],
        ['{ "max\\nPages": 1 }', 'unknown key \'max\\nPages\'; known keys: severities, maxMetrics, maxPages'],
        ['{ "maxPages": 0 }', '\'maxPages\' must be a whole number of at least 1'],
        ['{ "maxPages": 2.5 }', '\'maxPages\' must be a whole number of at least 1'],
        ['{ "maxPages": "5" }', '\'maxPages\' must be a whole number of at least 1'],
        ['{ "maxMetrics": null }', '\'maxMetrics\' must be a whole number of at least 1'],
        ['{ "severities": ["off"] }', '\'severities\' must map codes to severities, e.g. { "vague-wording": "off" }'],
        ['{ "severities": { "vage-wording": "off" } }', `severities: unknown code 'vage-wording'; known codes: ${codes}`],
        ['{ "severities": { "__proto__": "off" } }', `severities: unknown code '__proto__'; known codes: ${codes}`],
        ['{ "severities": { "constructor": "off" } }', `severities: unknown code 'constructor'; known codes: ${codes}`],
        ['{ "severities": { "toString": "error" } }', `severities: unknown code 'toString'; known codes: ${codes}`],
        ['{ "severities": { "unused-term": "loud" } }', `severity 'loud' for 'unused-term': ${use}`],
        ['{ "severities": { "unused-term": "toString" } }', `severity 'toString' for 'unused-term': ${use}`],
        ['{ "severities": { "unused-term": 3 } }', `severity 3 for 'unused-term': ${use}`],
        ['[]', 'expected a JSON object, e.g. { "maxPages": 5 }']
    ])('%s', (config, problem) => {
        fs.writeFileSync(path.join(folder, 'plain/sla.config.json'), config);
        try {
            const run = sla(['check', 'p.sla'], 'plain');
            expect(run.stderr).toBe(`sla: config 'sla.config.json': ${problem}\n`);
            expect(run.stdout).toBe('');
            expect(run.status).toBe(2);
        } finally {
            fs.rmSync(path.join(folder, 'plain/sla.config.json'));
        }
    });

    test('JSON that does not parse', () => {
        const run = sla(['check', '--config', 'bad/b.sla', 'plain']);
        expect(run.stderr).toMatch(/^sla: config 'bad\/b\.sla' is not valid JSON: .*\n$/);
        expect(run.status).toBe(2);
    });

    test('a byte order mark before the JSON is allowed', () => {
        fs.writeFileSync(path.join(folder, 'plain/bom.json'), `\uFEFF${severity('undefined-term', 'hint')}`);
        expect(mentions(sla(['check', '--config', 'bom.json', 'p.sla'], 'plain').stdout)).toEqual(['p.sla:1:49: hint undefined-term']);
    });
});
