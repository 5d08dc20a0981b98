import * as fs from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { terminalField, terminalLines } from '../../packages/cli/src/terminal-text.js';
import { runSla } from '../helpers/run-cli.js';
import { makeTempTree } from '../helpers/temp-tree.js';

describe('terminalField and terminalLines', () => {
    test('C0, DEL and C1 controls become visible escapes; line breaks too in a field', () => {
        expect(terminalField('a\x1b]52;c;SGk=\x07b\r\n\t\x7f\x9b\u0000')).toBe('a\\x1b]52;c;SGk=\\x07b\\r\\n\\t\\x7f\\x9b\\x00');
        expect(terminalLines('line 1\nline \x1b[2J2\n')).toBe('line 1\nline \\x1b[2J2\n');
    });

    test('other text, unicode included, is unchanged', () => {
        expect(terminalField('Délai — 99.9 % “ok”')).toBe('Délai — 99.9 % “ok”');
    });
});

describe('sla check writes user data to the terminal as text', () => {
    const AGREEMENT = 'agreement A "A" {\n    period 2026-01-01 to 2026-12-31\n    service S "S" {\n        metric M "M" {\n'
        + '            target >= 1 per month\n        }\n    }\n    measurements for M from "m.csv"\n}\n';
    const folder = makeTempTree('sla-terminal-', {
        'a.sla': AGREEMENT,
        // A clipboard write (OSC 52) and a screen clear in two cells.
        'm.csv': 'date,value\n2026-03-01,\x1b]52;c;SGVsbG8=\x07\n2026-03-02,\x1b[2J5\n',
        // A newline in a file name would start a forged finding of its own.
        'x\nforged.sla:1:1: error fake: forged.sla': AGREEMENT
    });
    afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

    test('no control character reaches the terminal; one finding is one line', () => {
        const run = runSla(['check', '.'], { cwd: folder });
        expect(run.status).toBe(1);
        expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
        expect(run.stdout).toContain("a.sla:8:29: error invalid-measurements: Measurements file 'm.csv': Row 2: '\\x1b]52;c;SGVsbG8=\\x07' is not a number.\n");
        expect(run.stdout).toContain("a.sla:8:29: error invalid-measurements: Measurements file 'm.csv': Row 3: '\\x1b[2J5' is not a number.\n");
        const lines = run.stdout.trimEnd().split('\n');
        // 7 findings in each file, then the summary: every line starts with a real file name.
        expect(lines).toHaveLength(15);
        expect(lines.slice(0, 14).every(line => line.startsWith('a.sla:') || line.startsWith('x\\nforged.sla:1:1: error fake: forged.sla:'))).toBe(true);
        expect(lines.filter(line => line.startsWith('forged.sla'))).toEqual([]);
    });
});
