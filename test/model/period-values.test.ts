import { describe, expect, test } from 'vitest';
import type { PeriodRule } from 'sla-model';
import { periodValue } from '../../packages/model/src/period-values.js';
import { day, everyDay, measured } from './evaluation-factory.js';
import type { Row } from './evaluation-factory.js';

const march = { from: day('2026-03-01'), to: day('2026-03-31'), label: 'March 2026' };
const valueOf = (rule: PeriodRule, rows: Row[], days = march) => periodValue(rule, measured('M', rows).points, days);

describe('sum', () => {
    test('adds the period\'s values; days without a row count as 0 and are listed', () => {
        const result = valueOf({ kind: 'sum' }, [['2026-03-01', 10], ['2026-03-02', 20], ['2026-03-31', 5], ['2026-04-01', 99]]);
        // 10 + 20 + 5 = 35; the row of 1 April is another period's. Missing: 3 to 30 March, 28 days.
        expect(result.value).toBe(35);
        expect(result.recorded).toBe(3);
        expect(result.missingDays).toHaveLength(28);
        expect([result.missingDays[0].iso, result.missingDays.at(-1)!.iso]).toEqual(['2026-03-03', '2026-03-30']);
        expect(result.problem).toBeUndefined();
        expect(result.ambiguity).toBeUndefined();
    });

    test('no row at all is no value, not 0', () => {
        const result = valueOf({ kind: 'sum' }, []);
        expect(result.value).toBeUndefined();
        expect(result.recorded).toBe(0);
        expect(result.missingDays).toHaveLength(31);
    });

    test('two rows for one day give no value, so nothing is silently added', () => {
        const result = valueOf({ kind: 'sum' }, [['2026-03-05', 10], ['2026-03-05', 12], ['2026-03-06', 3]]);
        expect(result.value).toBeUndefined();
        expect(result.recorded).toBe(3);
        expect(result.problem).toBe('2 values recorded for 2026-03-05; a day has one value.');
        expect(result.ambiguity).toBe('day');
    });
});

describe('recorded', () => {
    test('the one value of the period', () => {
        expect(valueOf({ kind: 'recorded' }, [['2026-03-31', 99.2]])).toEqual({ value: 99.2, recorded: 1, missingDays: [] });
    });

    test('two values for one period: no value, and a problem that says how to state it', () => {
        const result = valueOf({ kind: 'recorded' }, [['2026-03-15', 99.2], ['2026-03-31', 99.6]]);
        expect(result.value).toBeUndefined();
        expect(result.problem).toBe('There are 2 values for March 2026, where one value per period is read: '
            + 'state how they combine (e.g. write `computed as average`) or record one value per period.');
        expect(result.ambiguity).toBe('period');
    });

    test('none: no value', () => {
        expect(valueOf({ kind: 'recorded' }, [])).toEqual({ value: undefined, recorded: 0, missingDays: [] });
    });
});

describe('average, maximum, minimum', () => {
    const rows: Row[] = [['2026-03-01', 2], ['2026-03-09', 4], ['2026-03-20', 9]];
    test('of the values recorded in the period', () => {
        // (2 + 4 + 9) / 3 = 5; the largest 9, the smallest 2.
        expect(valueOf({ kind: 'average' }, rows).value).toBe(5);
        expect(valueOf({ kind: 'maximum' }, rows).value).toBe(9);
        expect(valueOf({ kind: 'minimum' }, rows).value).toBe(2);
        expect(valueOf({ kind: 'average' }, rows).missingDays).toEqual([]);
    });
});

describe('ratio', () => {
    const rule: PeriodRule = { kind: 'ratio', good: 'Resolved', total: 'Contacts' };
    test('100 × good / total over the period', () => {
        const result = valueOf(rule, [['2026-03-01', 40, 'Resolved'], ['2026-03-02', 38, 'Resolved'], ['2026-03-01', 50, 'Contacts'], ['2026-03-02', 50, 'Contacts']]);
        // 100 × (40 + 38) / (50 + 50) = 7800 / 100 = 78.
        expect(result.value).toBe(78);
        expect(result.recorded).toBe(4);
        // 3 to 31 March have no row of either segment: 29 days.
        expect(result.missingDays).toHaveLength(29);
    });

    test('a total of 0 gives no ratio', () => {
        const result = valueOf(rule, [['2026-03-01', 0, 'Resolved'], ['2026-03-01', 0, 'Contacts']]);
        expect(result.value).toBeUndefined();
        expect(result.problem).toBe('The total (Contacts) is 0 in March 2026, so there is no ratio of Resolved to it.');
        // Not ambiguous: the data is clear, it only gives nothing to divide by.
        expect(result.ambiguity).toBeUndefined();
    });
});

describe('availability', () => {
    test('the share of the period\'s minutes without downtime', () => {
        const result = valueOf({ kind: 'availability' }, [['2026-03-05', 60]]);
        // March 2026: 31 × 1440 = 44,640 minutes; 60 minutes down: 100 × 44,580 / 44,640 = 99.8655913978…
        expect(result.value).toBe(100 * 44580 / 44640);
        expect(result.value!.toFixed(10)).toBe('99.8655913978');
        expect(result.downtime).toBe(60);
        // Every day but the 5th has no row: 30 days, each counted as no downtime.
        expect(result.missingDays).toHaveLength(30);
    });

    test('the running period counts its minutes up to today', () => {
        const result = valueOf({ kind: 'availability' }, [['2026-03-05', 60], ['2026-03-20', 500]], { ...march, to: day('2026-03-10') });
        // 1 to 10 March: 10 × 1440 = 14,400 minutes, 60 down (the 20th is after today): 100 × 14,340 / 14,400 = 99.58333…
        expect(result.value).toBe(100 * 14340 / 14400);
        expect(result.value!.toFixed(5)).toBe('99.58333');
        expect(result.missingDays).toHaveLength(9);
    });

    test('a period with no row is no value; a day with two rows none either', () => {
        expect(valueOf({ kind: 'availability' }, []).value).toBeUndefined();
        const twice = valueOf({ kind: 'availability' }, [...everyDay('2026-03-01', '2026-03-31', 0), ['2026-03-09', 15], ['2026-03-05', 4], ['2026-03-05', 1]]);
        // 9 March has two rows (0 and 15), 5 March three (0, 4 and 1).
        expect(twice.value).toBeUndefined();
        expect(twice.problem).toBe('3 values recorded for 2026-03-05, 2 for 2026-03-09; a day has one value.');
    });
});
