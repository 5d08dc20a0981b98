import { describe, expect, test } from 'vitest';
import { calendarDate, calendarDateOf, compareDates, daysInMonth, monthKey, parseCalendarDate, parseMonthKey } from 'sla-model';

describe('dates', () => {
    test('parseCalendarDate reads YYYY-MM-DD, trimming white space', () => {
        expect(parseCalendarDate('2026-03-05')).toEqual({ year: 2026, month: 3, day: 5, iso: '2026-03-05' });
        expect(parseCalendarDate(' 2024-02-29 ')).toEqual({ year: 2024, month: 2, day: 29, iso: '2024-02-29' });
        expect(parseCalendarDate('2026-12-31')).toEqual({ year: 2026, month: 12, day: 31, iso: '2026-12-31' });
    });

    test('parseCalendarDate refuses what is not a date', () => {
        for (const text of [undefined, '', '2026-3-5', '05/03/2026', '2026-13-01', '2026-00-10', '2026-01-00', '2026-01-32', 'soon']) {
            expect(parseCalendarDate(text)).toBeUndefined();
        }
    });

    test('calendarDate pads the ISO form', () => {
        expect(calendarDate(987, 1, 2)).toEqual({ year: 987, month: 1, day: 2, iso: '0987-01-02' });
    });

    test('daysInMonth knows leap years', () => {
        expect([1, 2, 4, 12].map(month => daysInMonth(2026, month))).toEqual([31, 28, 30, 31]);
        expect([daysInMonth(2024, 2), daysInMonth(2100, 2), daysInMonth(2000, 2)]).toEqual([29, 28, 29]);
    });

    test('compareDates orders days', () => {
        const [a, b] = [calendarDate(2026, 1, 31), calendarDate(2026, 2, 1)];
        expect([compareDates(a, b), compareDates(b, a), compareDates(a, calendarDate(2026, 1, 31))]).toEqual([-1, 1, 0]);
    });

    test('month keys', () => {
        expect(monthKey({ year: 2026, month: 3 })).toBe('2026-03');
        expect(parseMonthKey('2026-03')).toEqual({ year: 2026, month: 3 });
        expect([parseMonthKey('2026-13'), parseMonthKey('2026-3'), parseMonthKey('March')]).toEqual([undefined, undefined, undefined]);
    });

    test('calendarDateOf takes the clock\'s local day', () => {
        expect(calendarDateOf(new Date(2026, 2, 15, 23, 59))).toEqual({ year: 2026, month: 3, day: 15, iso: '2026-03-15' });
    });
});

describe('years below 100 keep their own calendar', () => {
    test('0000 and 0004 are leap years (divisible by 400 and by 4), 0100 is not', () => {
        expect([daysInMonth(0, 2), daysInMonth(4, 2), daysInMonth(100, 2), daysInMonth(99, 2)]).toEqual([29, 29, 28, 28]);
        expect(parseCalendarDate('0000-02-29')?.iso).toBe('0000-02-29');
        expect(parseCalendarDate('0100-02-29')).toBeUndefined();
    });
});
