import { describe, expect, test } from 'vitest';
import { duration, durationUnitName, formatNumber } from 'sla-model';

describe('durations', () => {
    test('every unit keyword has a plural name', () => {
        expect(['minute', 'hours', 'business-day', 'day', 'weeks', 'month', 'year'].map(durationUnitName))
            .toEqual(['minutes', 'hours', 'business-days', 'days', 'weeks', 'months', 'years']);
    });

    test('minutes of each unit: a business day is 8 hours, a month 30 days, a year 365 days', () => {
        expect([
            duration(15, 'minutes'), duration(2, 'hours'), duration(1, 'business-day'), duration(1, 'day'),
            duration(1, 'week'), duration(1, 'month'), duration(1, 'year')
        ].map(each => each.minutes)).toEqual([15, 120, 480, 1440, 10080, 43200, 525600]);
    });

    test('the text a reader sees: singular for one, no trailing zeros', () => {
        expect(duration(1, 'hours')).toEqual({ value: 1, unit: 'hours', minutes: 60, text: '1 hour' });
        expect(duration(2.5, 'day')).toEqual({ value: 2.5, unit: 'days', minutes: 3600, text: '2.5 days' });
        expect(duration(1, 'business-days').text).toBe('1 business-day');
    });

    test('formatNumber', () => {
        expect([formatNumber(400), formatNumber(99.9), formatNumber(2.50), formatNumber(0.1 + 0.2)]).toEqual(['400', '99.9', '2.5', '0.3']);
        // What was written stays distinct: a tier at 99.99999 % never reads as 100 %.
        expect([formatNumber(99.99999), formatNumber(29.99999), formatNumber(0.00001)]).toEqual(['99.99999', '29.99999', '0.00001']);
    });
});
