import { describe, expect, test } from 'vitest';
import { ALWAYS_ON } from 'sla-model';

describe('ALWAYS_ON', () => {
    test('counts every minute, nights and weekends included', () => {
        // Friday 2026-03-06 17:00 UTC plus 10 hours is Saturday 03:00 UTC.
        const start = new Date('2026-03-06T17:00:00Z');
        expect(ALWAYS_ON.addWorkingMinutes(start, 600).toISOString()).toBe('2026-03-07T03:00:00.000Z');
        expect(ALWAYS_ON.workingMinutesBetween(start, new Date('2026-03-07T03:00:00Z'))).toBe(600);
    });

    test('gives no working time when the end is not after the start', () => {
        const start = new Date('2026-03-06T17:00:00Z');
        expect(ALWAYS_ON.workingMinutesBetween(start, start)).toBe(0);
        expect(ALWAYS_ON.workingMinutesBetween(start, new Date('2026-03-06T16:00:00Z'))).toBe(0);
    });
});
