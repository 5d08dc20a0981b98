/**
 * Measurement CSV files as users really have them: bad rows, Excel's latin-1 or UTF-16
 * exports, random garbage, a million rows. Each gives results or `invalid-measurements`
 * problems (with the row), never an exception, and never a multi-second hang, both for
 * `parseMeasurementsCsv` alone and for a whole agreement that reads the file from disk
 * through the language's file system provider, as the server does.
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { parseMeasurementsCsv } from 'sla-model';
import { createSlaServices, type SlaFile } from 'sla-language';
import { afterAll, describe, expect, it } from 'vitest';
import { fuzzSettings, loadRenderer, messageOf, RENDER_TODAY } from './harness.js';

/** A file this big is read, refused or reported well within this (typical: 50–400 ms). */
const BOUND_MS = 2_500;
let cases = 0;

function timed<T>(action: () => T): { value: T; ms: number } {
    const start = performance.now();
    const value = action();
    return { value, ms: performance.now() - start };
}

function rows(count: number, row: (index: number) => string): string {
    const lines = ['date,value,segment'];
    for (let index = 0; index < count; index++) {
        lines.push(row(index));
    }
    return `${lines.join('\n')}\n`;
}

const day = (index: number) => `2026-03-${String(1 + (index % 28)).padStart(2, '0')}`;

describe('parseMeasurementsCsv on bad input', () => {
    const bad: [string, string, RegExp][] = [
        ['a date that is not a day', 'date,value\n2026-02-30,5\n2026-03-01,4\n', /Row 2/],
        ['a value that is not a number', 'date,value\n2026-03-01,five\n', /Row 2.*not a number/],
        ['a negative value', 'date,value\n2026-03-01,-3\n', /negative/],
        ['a missing value', 'date,value\n2026-03-01\n', /Row 2/],
        ['a wrong header', 'day,amount\n2026-03-01,5\n', /header/],
        ['an empty file', '', /empty/],
        ['only blank lines', '\n\n\n', /empty/],
        ['an unterminated quote', 'date,value\n"2026-03-01,5\n', /cannot be read|Row/],
        ['a quote inside a field', 'date,value\n2026-03-01,5"\n', /cannot be read|Row/],
        ['a NUL byte', 'date,value\n2026-03-01,5\u0000\n', /UTF-8/],
        ['Infinity', 'date,value\n2026-03-01,1e999\n', /not a number/],
        ['a huge number of digits', `date,value\n2026-03-01,${'9'.repeat(5000)}\n`, /not a number/]
    ];
    for (const [name, text, expected] of bad) {
        it(`reports ${name}`, () => {
            cases++;
            const { problems } = parseMeasurementsCsv(text);
            expect(problems.map(problem => problem.message).join('\n')).toMatch(expected);
        });
    }

    it('keeps the good rows around bad ones and numbers every bad row', () => {
        cases++;
        const { points, problems } = parseMeasurementsCsv('date,value\n2026-03-01,5\nnot a date,3\n\n2026-03-02,x\n2026-03-03,7\n');
        expect(points.map(point => point.value)).toEqual([5, 7]);
        expect(problems.map(problem => problem.row)).toEqual([3, 4]);
    });

    it('reports a file that is wrong everywhere once per row, up to a limit', () => {
        cases++;
        const { problems } = parseMeasurementsCsv(rows(5000, index => `${index},x`));
        expect(problems.length).toBeLessThanOrEqual(25);
        expect(problems.at(-1)?.message).toMatch(/more rows/);
    });

    it('reports latin-1 and UTF-16 files read as UTF-8, as the file system provider reads them', () => {
        const csv = 'date,value,segment\n2026-03-01,5,Café\n2026-03-02,6,Übersee\n';
        const encodings: BufferEncoding[] = ['latin1', 'utf16le'];
        for (const encoding of encodings) {
            cases++;
            const bytes = Buffer.concat([encoding === 'utf16le' ? Buffer.from([0xFF, 0xFE]) : Buffer.alloc(0), Buffer.from(csv, encoding)]);
            const { problems } = parseMeasurementsCsv(bytes.toString('utf8'));
            expect(problems[0]?.message, encoding).toMatch(/UTF-8/);
        }
        cases++;
        const bigEndian = Buffer.from(csv, 'utf16le').swap16();
        expect(parseMeasurementsCsv(Buffer.concat([Buffer.from([0xFE, 0xFF]), bigEndian]).toString('utf8')).problems[0]?.message).toMatch(/UTF-8/);
        cases++;
        const withBom = parseMeasurementsCsv(`\uFEFF${csv}`);
        expect(withBom.problems).toEqual([]);
        expect(withBom.points).toHaveLength(2);
    });

    it('refuses a million rows quickly, with a problem', () => {
        cases++;
        const text = rows(1_000_000, index => `${day(index)},${index % 50},${index % 3 ? '' : 'DecisionMakers'}`);
        const { value, ms } = timed(() => parseMeasurementsCsv(text));
        expect(value.problems[0]?.message).toMatch(/rows/);
        expect(ms).toBeLessThan(BOUND_MS);
    });

    it('reads the largest accepted file in bounded time, and again from its cache', () => {
        cases++;
        const text = rows(100_000 - 1, index => `${day(index)},${index % 50},`);
        const first = timed(() => parseMeasurementsCsv(text));
        expect(first.value.problems).toEqual([]);
        expect(first.value.points).toHaveLength(99_999);
        expect(first.ms).toBeLessThan(BOUND_MS * 2);
        const again = timed(() => parseMeasurementsCsv(text));
        expect(again.value.points).toHaveLength(99_999);
        expect(again.ms).toBeLessThan(first.ms);
    });

    it('never throws on arbitrary text', () => {
        const { seed } = fuzzSettings(0);
        const character = fc.constantFrom('2', '0', '6', '-', '3', '1', ',', '"', '\n', '\r', ' ', 'a', '.', 'é', '\uFEFF', '\u0000', '\uFFFD', 'e', '9');
        fc.assert(fc.property(fc.string({ unit: character, maxLength: 300 }), text => {
            cases++;
            const result = parseMeasurementsCsv(`date,value,segment\n${text}`);
            expect(Array.isArray(result.points) && Array.isArray(result.problems)).toBe(true);
        }), { seed, numRuns: 2000 });
    });
});

describe('an agreement reading a CSV file from disk', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sla-csv-'));
    afterAll(() => rmSync(folder, { recursive: true, force: true }));
    const { shared, Sla } = createSlaServices({ ...NodeFileSystem });
    const renderer = await loadRenderer();
    let counter = 0;

    async function check(csv: Buffer | string | undefined): Promise<{ codes: string[]; messages: string[]; ms: number; render?: string }> {
        cases++;
        const name = `data-${++counter}.csv`;
        if (csv !== undefined) {
            writeFileSync(join(folder, name), csv);
        }
        const text = `agreement Data "Data" {
    period 2026-01-01 to 2026-12-31
    party P "Provider" provider
    party C "Customer" customer
    service S "Service" {
        provided by P to C
        metric Leads "Leads" {
            counts "Leads"
            target >= 400 per month
            measured by "CRM" every day
            controlled by P
            segment DecisionMakers "Decision makers" target >= 100 per month
            pace daily
        }
    }
    measurements for Leads from "${name}"
}
`;
        const start = performance.now();
        const document = shared.workspace.LangiumDocumentFactory.fromString<SlaFile>(text, URI.file(join(folder, `agreement-${counter}.sla`)));
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        const model = Sla.sla.ModelProvider.modelOf(document);
        const render = model && renderer.renderHtmlFragment?.(model, { today: RENDER_TODAY });
        const ms = performance.now() - start;
        const diagnostics = document.diagnostics ?? [];
        return { codes: diagnostics.map(diagnostic => String(diagnostic.code)), messages: diagnostics.map(messageOf), ms, render };
    }

    it('gives invalid-measurements for a missing file', async () => {
        expect((await check(undefined)).codes).toContain('invalid-measurements');
    });

    it('gives invalid-measurements with the row for bad rows, and still renders', async () => {
        const result = await check('date,value,segment\n2026-03-01,5,\n2026-03-02,lots,\n2026-03-03,4,DecisionMakers\n');
        expect(result.codes).toContain('invalid-measurements');
        expect(result.messages.join('\n')).toMatch(/[Rr]ow 3/);
    });

    it('gives invalid-measurements for latin-1 and UTF-16 files', async () => {
        const csv = 'date,value,segment\n2026-03-01,5,Café\n';
        expect((await check(Buffer.from(csv, 'latin1'))).codes).toContain('invalid-measurements');
        expect((await check(Buffer.concat([Buffer.from([0xFF, 0xFE]), Buffer.from(csv, 'utf16le')]))).codes).toContain('invalid-measurements');
    });

    it('gives invalid-measurements for a million rows, without a hang', async () => {
        const result = await check(rows(1_000_000, index => `${day(index)},${index % 50},`));
        expect(result.codes).toContain('invalid-measurements');
        expect(result.ms).toBeLessThan(BOUND_MS * 2);
    });

    it('checks and renders the largest accepted file without a hang', async () => {
        const result = await check(rows(100_000 - 1, index => `${day(index)},${index % 5},${index % 2 ? '' : 'DecisionMakers'}`));
        expect(result.ms).toBeLessThan(BOUND_MS * 4);
        if (renderer.renderHtmlFragment) {
            expect(result.render).toContain('<svg');
        }
        console.log(`measurements CSV: ${cases} cases (largest accepted file checked and rendered in ${result.ms.toFixed(0)} ms)`);
    });
});
