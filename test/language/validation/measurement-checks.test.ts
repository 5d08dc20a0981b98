import { describe, expect, test } from 'vitest';
import { IssueCodes } from 'sla-language';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { createTestServices, modelOf } from '../../helpers/sla-test-services.js';
import { base, check, codes, expectClean, expectOne, expectOnly, range, withCode } from './validation-helpers.js';

const FROM_FILE = '    measurements for Resolved from "results.csv"';
const FILE_RANGE = range(16, 35, 16, 48);
const csv = (...rows: string[]) => ({ '/work/results.csv': ['date,value,segment', ...rows].join('\n') });

describe('invalid-measurements from a CSV file', () => {
    test('a missing file, on the file name', async () => {
        const checked = await check(base({ extra: [FROM_FILE] }));
        const diagnostic = expectOnly(checked, IssueCodes.InvalidMeasurements, {
            range: FILE_RANGE,
            text: '"results.csv"',
            message: 'Measurements file \'results.csv\': The file \'results.csv\' cannot be read. Put it next to the agreement or fix the path.'
        });
        expect(diagnostic.data).toMatchObject({ code: 'invalid-measurements', file: 'results.csv', metric: 'Resolved' });
    });

    test('a bad row, named by its number', async () => {
        const checked = await check(base({ extra: [FROM_FILE] }), { files: csv('2026-03-01,71,', '2026-03-02,x,') });
        const diagnostic = expectOnly(checked, IssueCodes.InvalidMeasurements, {
            range: FILE_RANGE,
            text: '"results.csv"',
            message: 'Measurements file \'results.csv\': Row 3: \'x\' is not a number.'
        });
        expect(diagnostic.data).toEqual({ code: 'invalid-measurements', file: 'results.csv', metric: 'Resolved', row: 3 });
    });

    test('a bad header', async () => {
        const checked = await check(base({ extra: [FROM_FILE] }), { files: { '/work/results.csv': 'day,count\n2026-03-01,71\n' } });
        expectOnly(checked, IssueCodes.InvalidMeasurements, {
            range: FILE_RANGE,
            text: '"results.csv"',
            message: 'Measurements file \'results.csv\': The header must be `date,value` or `date,value,segment`. (row 1)'
        });
    });

    test('rows of a segment the metric does not have', async () => {
        const checked = await check(base({ extra: [FROM_FILE] }), { files: csv('2026-03-01,3,Vip', '2026-03-02,4,Vip', '2026-03-02,70,') });
        const diagnostic = expectOnly(checked, IssueCodes.InvalidMeasurements, {
            range: FILE_RANGE,
            text: '"results.csv"',
            message: 'Measurements file \'results.csv\': 2 rows dated 2026-03-01 and 2026-03-02 name the segment \'Vip\', which metric \'Resolved\' does not have (it has no segments). Fix the segment column, or add `segment Vip` to the metric.'
        });
        expect(diagnostic.data).toMatchObject({ segment: 'Vip', dates: ['2026-03-01', '2026-03-02'] });
    });

    // Issue #15: the rows of each unknown segment were gathered by copying the group on every
    // row, so 30,000 rows took 4 to 6 s per check and 90,000 about ten times as long. The bound
    // is wide, not a timing.
    test('90,000 rows of a segment the metric does not have: one diagnostic, 20 dates in its data', async () => {
        // Row i (0-based) is dated day i % 28 + 1 of March 2026; the first five are March 1 to 5.
        const rows = Array.from({ length: 90_000 }, (_, i) => `2026-03-${String(i % 28 + 1).padStart(2, '0')},1,Vip`);
        const checked = await check(base({ extra: [FROM_FILE] }), { files: csv(...rows) });
        const diagnostic = expectOnly(checked, IssueCodes.InvalidMeasurements, {
            range: FILE_RANGE,
            text: '"results.csv"',
            message: 'Measurements file \'results.csv\': 90000 rows dated 2026-03-01, 2026-03-02, 2026-03-03, 2026-03-04, 2026-03-05… name the segment \'Vip\', which metric \'Resolved\' does not have (it has no segments). Fix the segment column, or add `segment Vip` to the metric.'
        });
        // The first 20 rows: March 1 to 20.
        expect((diagnostic.data as { dates: string[] }).dates).toEqual(Array.from({ length: 20 }, (_, i) => `2026-03-${String(i + 1).padStart(2, '0')}`));
    }, 20_000);

    test('20 unknown segments get a diagnostic each, the rest one line', async () => {
        // 23 segments S1..S23, each on one row dated 2026-03-01, and S23 on a second row:
        // S1..S20 are listed; S21, S22, S23 are 3 more segments named in 4 rows.
        const rows = Array.from({ length: 23 }, (_, i) => `2026-03-01,1,S${i + 1}`);
        const checked = await check(base({ extra: [FROM_FILE] }), { files: csv(...rows, '2026-03-02,1,S23') });
        const found = withCode(checked, IssueCodes.InvalidMeasurements);
        expect(found).toHaveLength(21);
        expect(found[19].message).toContain('the row dated 2026-03-01 name the segment \'S20\'');
        expect(found[20].message).toBe('Measurements file \'results.csv\': 3 more segments that metric \'Resolved\' does not have are named in 4 rows (\'S21\', \'S22\' and \'S23\'). Fix the segment column.');
        expect(found[20].range).toEqual(FILE_RANGE);
        expect(found[20].data).toMatchObject({ segments: ['S21', 'S22', 'S23'], more: 3 });
    });

    test('near miss: 20 unknown segments, all listed, no summary line', async () => {
        const rows = Array.from({ length: 20 }, (_, i) => `2026-03-01,1,S${i + 1}`);
        const found = withCode(await check(base({ extra: [FROM_FILE] }), { files: csv(...rows) }), IssueCodes.InvalidMeasurements);
        expect(found).toHaveLength(20);
        expect(found.every(each => String(each.message).includes('name the segment'))).toBe(true);
    });

    test('rows outside the tracked period', async () => {
        const checked = await check(base({
            replace: [['period 2026-01-01 to 2026-12-31', 'period 2026-01-01 to 2026-12-31 tracking from 2026-02-01']],
            extra: [FROM_FILE]
        }), { files: csv('2026-01-31,70,', '2026-02-01,71,') });
        expectOnly(checked, IssueCodes.InvalidMeasurements, {
            range: FILE_RANGE,
            text: '"results.csv"',
            message: 'Measurements file \'results.csv\': the row dated 2026-01-31 is outside the tracked period (2026-02-01 to 2026-12-31). Remove it or correct its date.'
        });
    });

    test('a row dated on a day that does not exist', async () => {
        const checked = await check(base({ extra: [FROM_FILE] }), { files: csv('2026-02-30,70,') });
        const found = withCode(checked, IssueCodes.InvalidMeasurements);
        expect(found).toHaveLength(1);
        expect(found[0].range).toEqual(FILE_RANGE);
        expect(found[0].message).toContain('2026-02-30');
    });

    test('near miss: good rows, with the segments of the metric', async () => {
        expectClean(await check(base({
            replace: [['            controlled by Provider', '            controlled by Provider\n            segment Vip target >= 80 % per month']],
            extra: ['    measurements for Resolved from "results.csv"']
        }), { files: csv('2026-03-01,71,', '2026-03-01,85,Vip', '2026-12-31,69,') }));
    });
});

describe('invalid-measurements inline', () => {
    const inline = (...rows: string[]) => base({ extra: ['    measurements for Resolved {', ...rows.map(row => `        ${row}`), '    }'] });

    test('a row on a day that does not exist and a row outside the period, each on its row', async () => {
        const checked = await check(inline('2026-02-30 70', '2027-01-01 71', '2026-03-01 72'));
        expect(checked.diagnostics.map(diagnostic => [diagnostic.code, diagnostic.range, diagnostic.message])).toEqual([
            [IssueCodes.InvalidMeasurements, range(17, 8, 17, 21), '2026-02-30 is not a day of the calendar. Write the row\'s date as a real YYYY-MM-DD date.'],
            [IssueCodes.InvalidMeasurements, range(18, 8, 18, 21), 'This row is dated 2027-01-01, outside the tracked period (2026-01-01 to 2026-12-31). Remove it or correct the date.']
        ]);
    });

    test('results for a metric that does not exist, on its name', async () => {
        const checked = await check(base({ extra: ['    measurements for Answered { 2026-03-01 3 }'] }));
        expect(codes(checked)).toEqual([IssueCodes.InvalidMeasurements, IssueCodes.UnresolvedReference]);
        const diagnostic = expectOne(checked, IssueCodes.InvalidMeasurements, {
            range: range(16, 21, 16, 29),
            text: 'Answered',
            message: 'These results are for \'Answered\', but no metric of this agreement has that name, so they cannot be charted. Use one of: Resolved.'
        });
        expect(diagnostic.data).toEqual({ code: 'invalid-measurements', metric: 'Answered', metrics: ['Resolved'] });
    });

    test('near miss: rows within an open-ended period', async () => {
        expectClean(await check(base({
            replace: [['period 2026-01-01 to 2026-12-31', 'period 2026-01-01 open-ended']],
            extra: ['    measurements for Resolved {', '        2030-06-30 70', '    }']
        })));
    });
});

describe('measurements-not-trusted', () => {
    const restricted = (files: Record<string, string> = {}) => {
        const services = createTestServices(files);
        services.Sla.sla.Settings.restricted = true;
        return services;
    };

    test('in Restricted Mode a file is not read: one information on the file name, and no problem with its rows', async () => {
        // The CSV holds a bad row (`x`): trusted, that is an invalid-measurements error; restricted, the file is never read.
        const files = csv('2026-03-01,71,', '2026-03-02,x,');
        const checked = await check(base({ extra: [FROM_FILE] }), { files, services: restricted(files) });
        const diagnostic = expectOnly(checked, IssueCodes.MeasurementsNotTrusted, {
            range: FILE_RANGE,
            text: '"results.csv"',
            message: 'Measurements are not read in Restricted Mode; trust the workspace to read them.'
        });
        expect(diagnostic.severity).toBe(DiagnosticSeverity.Information);
        expect(diagnostic.data).toEqual({ code: 'measurements-not-trusted', file: 'results.csv' });
        expect(modelOf(checked)!.measurements.map(series => [series.points.length, series.problems.length])).toEqual([[0, 0]]);
    });

    test('near miss: rows written in the agreement are used in Restricted Mode too', async () => {
        const checked = await check(base({ extra: ['    measurements for Resolved {', '        2026-03-01 71', '    }'] }), { services: restricted() });
        expectClean(checked);
        expect(modelOf(checked)!.measurements[0].points.map(point => [point.date.iso, point.value])).toEqual([['2026-03-01', 71]]);
    });

    test('near miss: trusted, the same file is read and its bad row reported', async () => {
        const checked = await check(base({ extra: [FROM_FILE] }), { files: csv('2026-03-01,71,', '2026-03-02,x,') });
        expect(codes(checked)).toEqual(['invalid-measurements']);
    });
});
