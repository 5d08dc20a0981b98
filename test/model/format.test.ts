import { describe, expect, test } from 'vitest';
import type { TargetModel } from 'sla-model';
import { calendarDate, formatAmount, formatDate, formatMonth, formatSigned, formatTarget } from 'sla-model';

const target = (comparator: TargetModel['comparator'], value: number, unit: TargetModel['unit'], period?: TargetModel['period']): TargetModel =>
    ({ comparator, value, unit, period, origin: { uri: '', line: 0 } });

describe('format', () => {
    test('dates and months in words', () => {
        expect(formatDate(calendarDate(2028, 2, 29))).toBe('29 February 2028');
        expect(formatMonth(2026, 12)).toBe('December 2026');
    });

    test('targets read as a sentence', () => {
        expect(formatTarget(target('>=', 400, 'count', 'month'))).toBe('at least 400 per month');
        expect(formatTarget(target('>=', 99.9, '%', 'month'))).toBe('at least 99.9% per month');
        expect(formatTarget(target('<=', 4, 'hours', 'incident'))).toBe('at most 4 hours per incident');
        expect(formatTarget(target('<', 1, 'hours'))).toBe('less than 1 hour');
        expect(formatTarget(target('>', 10, 'count', 'week'))).toBe('more than 10 per week');
        expect(formatTarget(target('=', 0, 'count', 'year'))).toBe('exactly 0 per year');
    });

    test('amounts: whole numbers as they are, others to one decimal', () => {
        expect(formatAmount(400)).toBe('400');
        expect(formatAmount(400 / 31)).toBe('12.9');
        expect(formatAmount(128.96)).toBe('129');
        expect(formatSigned(6.667)).toBe('+6.7');
        expect(formatSigned(-20)).toBe('−20');
        expect(formatSigned(0.01)).toBe('0');
        expect(formatSigned(-6, true)).toBe('−6.0');
        expect(formatSigned(-0.04, true)).toBe('0.0');
    });
});
