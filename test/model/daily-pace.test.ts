import { describe, expect, test } from 'vitest';
import { dailyPace } from 'sla-model';

describe('daily pace', () => {

    test('goal × 1/n for a month of n days', () => {
        expect(dailyPace(400, 2026, 4)).toEqual({
            perDay: 400 / 30,
            days: 30,
            month: '2026-04',
            label: '≈ 13.3/day in a 30-day month',
            explanation: '400 per month over the 30 days of April 2026'
        });
        expect(dailyPace(280, 2026, 2).label).toBe('≈ 10/day in a 28-day month');
        expect(dailyPace(290, 2028, 2).label).toBe('≈ 10/day in a 29-day month');
    });
});
