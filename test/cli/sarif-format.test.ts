import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ALL_ISSUE_CODES } from 'sla-language';
import { REPO_ROOT, runSla } from '../helpers/run-cli.js';

/** Installed by scripts/install-test-tools.sh (part of `npm run test:unit`) on x64 Linux. */
const MULTITOOL = path.join(REPO_ROOT, '.test-tools/sarif-multitool/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');
const HAVE_MULTITOOL = fs.existsSync(MULTITOOL);

interface SarifRule { id: string; name: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string; markdown: string }; helpUri?: string }

function fixturesLog() {
    const run = runSla(['check', '--format', 'sarif', 'test/fixtures/diagnostics']);
    expect(run.stderr).toBe('');
    return { text: run.stdout, log: JSON.parse(run.stdout) };
}

describe('sla check --format sarif', () => {
    test('every rule has a title, a full description, help in text and Markdown, and a link to its section', () => {
        const { log } = fixturesLog();
        const rules = log.runs[0].tool.driver.rules as SarifRule[];
        expect(rules.map(rule => rule.id)).toEqual(ALL_ISSUE_CODES);
        const review = rules.find(rule => rule.id === 'missing-review')!;
        expect(review.name).toBe('MissingReview');
        expect(review.shortDescription.text).toBe('No regular review');
        expect(review.fullDescription.text).toBe('No `review every …` leaves room for the parties to meet and change the agreement. Leave room for regular (annual) reviews to make changes.');
        expect(review.help.markdown.startsWith('### missing-review\n\n**No regular review.**')).toBe(true);
        expect(review.help.text).toContain('Fix: Add `review every year with Desk, Staff`.');
        // Run from the checkout, the page is the repository's docs/diagnostics.md.
        expect(review.helpUri).toBe(`${new URL('docs/diagnostics.md', `file://${REPO_ROOT.endsWith('/') ? REPO_ROOT : REPO_ROOT + '/'}`).href}#missing-review`);
        expect(log.runs[0].tool.driver.informationUri).toBeUndefined();
    });

    test('files are relative to %SRCROOT%, the folder the check ran in', () => {
        const { log } = fixturesLog();
        expect(log.runs[0].originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: new URL(`file://${REPO_ROOT}`).href.replace(/\/?$/, '/') } });
        const result = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'missing-review');
        expect(result.locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'test/fixtures/diagnostics/missing-review.sla', uriBaseId: '%SRCROOT%' });
    });

    // GitHub code scanning rejects what its rules (Gh) and the SARIF rules flag as errors.
    test.skipIf(!HAVE_MULTITOOL && !process.env.CI)('the SARIF Multitool finds no error under GitHub\'s and SARIF\'s rules', () => {
        const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-sarif-'));
        try {
            const input = path.join(folder, 'check.sarif');
            const output = path.join(folder, 'validation.sarif');
            fs.writeFileSync(input, fixturesLog().text);
            const run = spawnSync(MULTITOOL, ['validate', '--rule-kind', 'Gh;Sarif', '-o', output, input], { encoding: 'utf8', timeout: 120_000 });
            expect(run.error).toBeUndefined();
            const findings = (JSON.parse(fs.readFileSync(output, 'utf8')).runs[0].results ?? []) as { level?: string; ruleId: string; message: { text?: string } }[];
            expect(findings.filter(f => f.level === 'error').map(f => `${f.ruleId}: ${f.message.text ?? ''}`)).toEqual([]);
        } finally {
            fs.rmSync(folder, { recursive: true, force: true });
        }
    }, 180_000);
});
