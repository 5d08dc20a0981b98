import { describe, expect, test } from 'vitest';
import {
    calendarDate, computePacing, describeFinishLine, describeIgnored, describeProjection, describeStanding, findPaceTarget
} from 'sla-model';
import { fixtureModel, TODAY } from '../renderer/fixtures.js';

describe('pacing sentences', async () => {
    const model = await fixtureModel();
    const leads = findPaceTarget(model, 'LeadsDelivered')!;

    test('standing, projection, finish line and data left out', () => {
        const pacing = computePacing(model, leads, { today: TODAY });
        expect(describeStanding(pacing)).toBe('Behind pace by 8.5 (−13.2%) on day 5: 56 against a cumulative target of 64.5.');
        expect(describeProjection(pacing)).toBe('Projected month end: 347.2 of 400, falls short of the goal (11.2 a day on average over days 1–5, days without data as 0, × 31 days).');
        expect(describeFinishLine(pacing)).toBe('Finish line: 400 by 31 March 2026 (12.9 a day, 400 × 1/31).');
        expect(describeIgnored(pacing)).toBe('1 measurement lies outside the agreement\'s period and is left out.');
    });

    test('ahead of pace', () => {
        const pacing = computePacing(model, leads, { today: TODAY, month: '2026-02' });
        expect(describeStanding(pacing)).toBe('Ahead of pace by 17.1 (+40%) on day 3: 60 against a cumulative target of 42.9.');
        expect(describeProjection(pacing)).toBe('Projected month end: 560 of 400, reaches the goal (20 a day on average over days 1–3, days without data as 0, × 28 days).');
    });

    test('without data', () => {
        expect(describeStanding(computePacing(model, leads, { today: TODAY, month: '2026-04' }))).toBe('No measurements for April 2026.');
        expect(describeProjection(computePacing(model, leads, { today: TODAY, month: '2026-04' }))).toBeUndefined();
        expect(describeStanding(computePacing(model, leads, { today: calendarDate(2026, 2, 15), month: '2026-03' }))).toBe('March 2026 has not started yet.');
    });

    test('data after today, and days no calendar has', async () => {
        const own = await fixtureModel();
        own.measurements[0].points.push({ date: calendarDate(2026, 2, 30), value: 1 }, { date: calendarDate(2026, 4, 20), value: 5 });
        const pacing = computePacing(own, findPaceTarget(own, 'LeadsDelivered')!, { today: calendarDate(2026, 4, 10) });
        expect(describeStanding(pacing)).toBe('No measurements up to today (day 10).');
        expect(describeIgnored(pacing)).toBe('1 measurement lies outside the agreement\'s period and is left out. '
            + 'A measurement is dated on a day no calendar has (2026-02-30) and left out.');
    });
});
