/**
 * `sla check` given files that are no files (issue #15): a pipe named as a CSV or an
 * import blocked it forever, `/dev/zero` as a CSV ate memory until it aborted (exit 134).
 * Each is refused with a message now; `runSla` gives up after 60 s, so a hang fails. A file
 * over the 4 MiB a document may have is one `document-too-large` finding, and the next is checked.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runSla } from '../helpers/run-cli.js';
import { makeTempTree } from '../helpers/temp-tree.js';

const agreement = fs.readFileSync(new URL('../fixtures/diagnostics/invalid-measurements.sla', import.meta.url), 'utf8');
let folder: string;

beforeAll(() => {
    folder = makeTempTree('sla-hostile-', {
        'pipe.sla': agreement.replace('invalid-measurements.csv', 'pipe.csv'),
        'zero.sla': agreement.replace('invalid-measurements.csv', '/dev/zero'),
        'imports.sla': 'import "glossary.sla"\nglossary G { term [A] = "a" }\n',
        // 48 + 700,000 × 7 = 4,900,048 characters: over the 4 MiB (4,194,304) a document may have.
        'large.sla': 'glossary G {\n    term [A] = "Uses [Nothing]."\n}\n' + '// pad\n'.repeat(700_000),
        'small.sla': 'glossary G {\n    term [A] = "Uses [Nothing]."\n}\n'
    });
    execFileSync('mkfifo', [path.join(folder, 'pipe.csv'), path.join(folder, 'glossary.sla')]);
});

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('sla check on pipes and devices', () => {
    test('a pipe or a device named as measurements is one invalid-measurements finding each: exit 1', () => {
        const run = runSla(['check', 'pipe.sla', 'zero.sla'], { cwd: folder });
        expect(run.stdout).toBe([
            "pipe.sla:19:40: error invalid-measurements: Measurements file 'pipe.csv': 'pipe.csv' is a pipe, not a file: only regular files are read.",
            "zero.sla:19:40: error invalid-measurements: Measurements file '/dev/zero': 'zero' is a device, not a file: only regular files are read.",
            '2 files checked: 2 errors, 0 warnings, 0 notes.',
            ''
        ].join('\n'));
        expect(run.status).toBe(1);
    }, 120_000);

    test('an import naming a pipe stops the check with a message: exit 2', () => {
        const run = runSla(['check', 'imports.sla'], { cwd: folder });
        expect(run.stderr).toBe("sla: cannot read 'glossary.sla': 'glossary.sla' is a pipe, not a file: only regular files are read.\n");
        expect(run.status).toBe(2);
    }, 120_000);

    test('a file too large to check is one document-too-large finding; the next file is checked: exit 1', () => {
        const run = runSla(['check', 'large.sla', 'small.sla'], { cwd: folder });
        expect(run.stdout).toBe([
            'large.sla:1:1: error document-too-large: This file has 4,900,048 characters (4.7 MiB); at most 4,194,304 (4 MiB) are parsed and checked, so nothing in it was checked. Split it into files joined by `import`, or move bulk data to a measurements CSV file.',
            'small.sla:2:22: error undefined-term: The term \'Nothing\' is not defined. Define it in a glossary (term [Nothing] = "…"), import a shared glossary that defines it, or fix the spelling.',
            '2 files checked: 2 errors, 0 warnings, 0 notes.',
            ''
        ].join('\n'));
        expect(run.stderr).toBe('');
        expect(run.status).toBe(1);
    }, 120_000);
});
