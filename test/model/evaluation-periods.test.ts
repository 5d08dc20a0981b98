import { describe, expect, test } from 'vitest';
import { calendarSpan, evaluationPeriods } from 'sla-model';
import { dayCount, eachDay, shiftBy } from '../../packages/model/src/evaluation-periods.js';
import { day } from './evaluation-factory.js';

const summary = (kind: Parameters<typeof evaluationPeriods>[0], from: string, to: string | undefined, today: string) =>
    evaluationPeriods(kind, { from: day(from), to: to ? day(to) : undefined }, day(today))
        .map(period => [period.key, period.label, period.start.iso, period.end.iso, period.from.iso, period.to.iso]);

describe('calendarSpan', () => {
    test('keys and labels of every kind', () => {
        const of = (kind: Parameters<typeof calendarSpan>[1]) => {
            const span = calendarSpan(day('2026-03-05'), kind);
            return [span.key, span.label, span.start.iso, span.end.iso];
        };
        expect(of('day')).toEqual(['2026-03-05', '5 March 2026', '2026-03-05', '2026-03-05']);
        // 1 January 2026 is a Thursday, so ISO week 1 runs from Monday 29 December 2025 and
        // week 10 from 29 Dec + 9 × 7 = 63 days later: Monday 2 March 2026, to Sunday 8 March.
        expect(of('week')).toEqual(['2026-W10', 'week of 2 March 2026', '2026-03-02', '2026-03-08']);
        expect(of('month')).toEqual(['2026-03', 'March 2026', '2026-03-01', '2026-03-31']);
        expect(of('quarter')).toEqual(['2026-Q1', 'Q1 2026', '2026-01-01', '2026-03-31']);
        expect(of('year')).toEqual(['2026', '2026', '2026-01-01', '2026-12-31']);
    });

    test('a week takes the ISO week-year of its Thursday', () => {
        // Friday 1 January 2027 is in the week of Monday 28 December 2026, whose Thursday is
        // 31 December 2026: week 53 of 2026 (2026 starts on a Thursday, so it has 53 weeks).
        const span = calendarSpan(day('2027-01-01'), 'week');
        expect([span.key, span.start.iso, span.end.iso]).toEqual(['2026-W53', '2026-12-28', '2027-01-03']);
    });

    test('quarters Q1 to Q4', () => {
        expect(['2026-02-14', '2026-05-31', '2026-09-01', '2026-12-31'].map(iso => {
            const span = calendarSpan(day(iso), 'quarter');
            return `${span.key} ${span.start.iso}..${span.end.iso}`;
        })).toEqual(['2026-Q1 2026-01-01..2026-03-31', '2026-Q2 2026-04-01..2026-06-30', '2026-Q3 2026-07-01..2026-09-30', '2026-Q4 2026-10-01..2026-12-31']);
    });
});

describe('evaluationPeriods', () => {
    test('a tracked start in mid-month clips the first period; periods after today are not listed', () => {
        expect(summary('month', '2026-01-15', '2026-12-31', '2026-03-10')).toEqual([
            ['2026-01', 'January 2026', '2026-01-01', '2026-01-31', '2026-01-15', '2026-01-31'],
            ['2026-02', 'February 2026', '2026-02-01', '2026-02-28', '2026-02-01', '2026-02-28'],
            // Today's period is listed: it holds today.
            ['2026-03', 'March 2026', '2026-03-01', '2026-03-31', '2026-03-01', '2026-03-31']
        ]);
    });

    test('an end in mid-month clips the last period, and nothing follows it', () => {
        expect(summary('month', '2026-03-01', '2026-05-20', '2026-12-01').map(row => `${row[0]} ${row[4]}..${row[5]}`))
            .toEqual(['2026-03 2026-03-01..2026-03-31', '2026-04 2026-04-01..2026-04-30', '2026-05 2026-05-01..2026-05-20']);
    });

    test('without an end, up to today\'s period', () => {
        expect(summary('quarter', '2026-02-10', undefined, '2026-05-01').map(row => `${row[0]} ${row[4]}..${row[5]}`))
            .toEqual(['2026-Q1 2026-02-10..2026-03-31', '2026-Q2 2026-04-01..2026-06-30']);
    });

    test('weeks from a Wednesday: the first week starts on it', () => {
        // Wednesday 4 March 2026 is in the week of Monday 2 March; today, Monday 16 March, starts week 12.
        expect(summary('week', '2026-03-04', undefined, '2026-03-16')).toEqual([
            ['2026-W10', 'week of 2 March 2026', '2026-03-02', '2026-03-08', '2026-03-04', '2026-03-08'],
            ['2026-W11', 'week of 9 March 2026', '2026-03-09', '2026-03-15', '2026-03-09', '2026-03-15'],
            ['2026-W12', 'week of 16 March 2026', '2026-03-16', '2026-03-22', '2026-03-16', '2026-03-22']
        ]);
    });

    test('tracking that starts after today has no period yet', () => {
        expect(summary('month', '2026-04-01', '2026-12-31', '2026-03-31')).toEqual([]);
    });
});

describe('day arithmetic', () => {
    test('days counted with both ends, across a leap day', () => {
        // 2028 is a leap year: February has 29 days, so 1 February to 1 March is 29 + 1 = 30 days.
        expect(dayCount(day('2028-02-01'), day('2028-03-01'))).toBe(30);
        expect(dayCount(day('2026-03-01'), day('2026-03-31'))).toBe(31);
    });

    test('a month later keeps the day or ends the shorter month', () => {
        expect(shiftBy(day('2026-01-31'), 1, 'months').iso).toBe('2026-02-28');
        expect(shiftBy(day('2026-04-01'), -12, 'months').iso).toBe('2025-04-01');
        // Friday 6 March 2026 and one business day: Monday 9 March.
        expect(shiftBy(day('2026-03-06'), 1, 'business-days').iso).toBe('2026-03-09');
    });
});

describe('eachDay', () => {
    const isos = (from: string, to: string) => eachDay(day(from), day(to)).map(each => each.iso);

    test('across the end of a month, of a leap February and of a year', () => {
        expect(isos('2026-01-30', '2026-02-02')).toEqual(['2026-01-30', '2026-01-31', '2026-02-01', '2026-02-02']);
        expect(isos('2028-02-28', '2028-03-01')).toEqual(['2028-02-28', '2028-02-29', '2028-03-01']);
        expect(isos('2026-02-28', '2026-03-01')).toEqual(['2026-02-28', '2026-03-01']);
        expect(isos('2026-12-31', '2027-01-01')).toEqual(['2026-12-31', '2027-01-01']);
    });

    test('one day, none when the end comes first, and a whole year of 365 days', () => {
        expect(isos('2026-03-05', '2026-03-05')).toEqual(['2026-03-05']);
        expect(isos('2026-03-05', '2026-03-04')).toEqual([]);
        expect(eachDay(day('2026-01-01'), day('2026-12-31'))).toHaveLength(365);
        expect(eachDay(day('2028-01-01'), day('2028-12-31'))).toHaveLength(366);
    });
});
