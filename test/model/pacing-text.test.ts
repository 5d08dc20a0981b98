import { describe, expect, test } from 'vitest';
import {
    calendarDate, computePacing, describeDaysWithoutData, describeFinishLine, describeIgnored, describeProjection, describeStanding, findPaceTarget
} from 'sla-model';
import { AGREEMENT, fixtureModel, TODAY } from '../renderer/fixtures.js';

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
        // February's 10 + 20 + 30 = 60 by day 3 against 400 × 3/28 = 42.9; 20 a day × 28 = 560.
        const pacing = computePacing(model, leads, { today: calendarDate(2026, 2, 3) });
        expect(describeStanding(pacing)).toBe('Ahead of pace by 17.1 (+40%) on day 3: 60 against a cumulative target of 42.9.');
        expect(describeProjection(pacing)).toBe('Projected month end: 560 of 400, reaches the goal (20 a day on average over days 1–3, days without data as 0, × 28 days).');
    });

    test('without data', () => {
        // April is after today (15 March): it has not started, with or without data.
        expect(describeStanding(computePacing(model, leads, { today: TODAY, month: '2026-04' }))).toBe('April 2026 has not started yet.');
        expect(describeProjection(computePacing(model, leads, { today: TODAY, month: '2026-04' }))).toBeUndefined();
        expect(describeStanding(computePacing(model, leads, { today: calendarDate(2026, 2, 15), month: '2026-03' }))).toBe('March 2026 has not started yet.');
        expect(describeStanding(computePacing(model, leads, { today: TODAY, month: '2026-01' }))).toBe('No measurements for January 2026.');
        expect(describeDaysWithoutData(computePacing(model, leads, { today: TODAY, month: '2026-01' }))).toBeUndefined();
    });

    test('data after today, and days no calendar has', async () => {
        const own = await fixtureModel();
        own.measurements[0].points.push({ date: calendarDate(2026, 2, 30), value: 1 }, { date: calendarDate(2026, 4, 20), value: 5 });
        const pacing = computePacing(own, findPaceTarget(own, 'LeadsDelivered')!, { today: calendarDate(2026, 4, 10) });
        expect(describeStanding(pacing)).toBe('No measurements up to today (day 10).');
        expect(describeIgnored(pacing)).toBe('1 measurement lies outside the agreement\'s period and is left out. '
            + 'A measurement dated after today (20 April 2026) is left out. '
            + 'A measurement is dated on a day no calendar has (2026-02-30) and left out.');
    });

    test('measurements after today in the running month: counted, their days listed', () => {
        // Today 3 March: days 1–3 count (14 + 15 + 10 = 39 against 400 × 3/31 = 38.7), the 17 of day 5 does not.
        const pacing = computePacing(model, leads, { today: calendarDate(2026, 3, 3) });
        expect(describeStanding(pacing)).toBe('Ahead of pace by 0.3 (+0.7%) on day 3: 39 against a cumulative target of 38.7.');
        expect(describeIgnored(pacing)).toBe('1 measurement lies outside the agreement\'s period and is left out. '
            + 'A measurement dated after today (5 March 2026) is left out.');
        // On 1 March, the rows of days 2, 3 and 5 are still to come.
        expect(describeIgnored(computePacing(model, leads, { today: calendarDate(2026, 3, 1) }))).toBe('1 measurement lies outside the agreement\'s period and is left out. '
            + '3 measurements dated after today (2, 3 and 5 March 2026) are left out.');
    });

    test('a finished month: the final result, no projection, and the days without data', () => {
        // March: 14 + 15 + 10 + 17 = 56 of 400, 344 short; day 4 and days 6–31 have no row.
        const pacing = computePacing(model, leads, { today: calendarDate(2026, 4, 10), month: '2026-03' });
        expect(describeStanding(pacing)).toBe('Final: 56 of 400, goal missed by 344.');
        expect(describeProjection(pacing)).toBeUndefined();
        expect(describeDaysWithoutData(pacing)).toBe('No data for 4 and 6–31 March 2026.');
        // While March runs, its gaps are not named: the month is not over.
        expect(describeDaysWithoutData(computePacing(model, leads, { today: TODAY }))).toBeUndefined();
    });

    test.each([
        // [target, March rows, the sentence]
        ['>= 400', [['01', 200], ['31', 230]], 'Final: 430 of 400, goal met by 30.'],
        ['>= 400', [['01', 200], ['31', 200]], 'Final: 400 of 400, goal met.'],
        ['>= 420', [['01', 165], ['31', 200]], 'Final: 365 of 420, goal missed by 55.'],
        ['> 400', [['01', 200], ['31', 200]], 'Final: 400 of 400, goal of more than 400 per month missed.'],
        ['= 400', [['01', 200], ['31', 200]], 'Final: 400 of 400, goal met.'],
        ['= 400', [['01', 200], ['31', 230]], 'Final: 430 of 400, goal of exactly 400 per month missed.']
    ] as const)('final against target %s: %j gives the sentence', async (target, rows, sentence) => {
        const csv = `date,value,segment\n${rows.map(([day, value]) => `2026-03-${day},${value},`).join('\n')}\n`;
        const own = await fixtureModel(AGREEMENT.replace('target >= 400 per month', `target ${target} per month`), { '/work/leads.csv': csv });
        const pacing = computePacing(own, findPaceTarget(own, 'LeadsDelivered')!, { today: calendarDate(2026, 4, 1), month: '2026-03' });
        expect(describeStanding(pacing)).toBe(sentence);
        // Rows on days 1 and 31 leave days 2–30 without data.
        expect(describeDaysWithoutData(pacing)).toBe('No data for 2–30 March 2026.');
    });

    test.each([
        // [days with a row in March, the days without data as listed]
        ['1-11, 14-31', 'No data for 12 and 13 March 2026.'],
        ['1-11, 15-31', 'No data for 12–14 March 2026.'],
        ['1-2, 4-7, 9-31', 'No data for 3 and 8 March 2026.'],
        ['2-30', 'No data for 1 and 31 March 2026.'],
        ['1-30', 'No data for 31 March 2026.'],
        // Every odd day: 15 even days without data, the first ten named and 5 counted.
        ['1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31', 'No data for 2, 4, 6, 8, 10, 12, 14, 16, 18, 20 March 2026 and 5 more days.'],
        // Ten single days (2, 4, …, 20), then 22–31 as one range of 10 days; day 21 has a row.
        ['1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21', 'No data for 2, 4, 6, 8, 10, 12, 14, 16, 18, 20 March 2026 and 10 more days.'],
        ['1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21-30', 'No data for 2, 4, 6, 8, 10, 12, 14, 16, 18, 20 March 2026 and 1 more day.']
    ])('days with data %s', async (withData, sentence) => {
        const days = withData.split(', ').flatMap(part => {
            const [from, to = from] = part.split('-').map(Number);
            return Array.from({ length: to - from + 1 }, (_, offset) => from + offset);
        });
        const csv = `date,value,segment\n${days.map(day => `2026-03-${String(day).padStart(2, '0')},10,`).join('\n')}\n`;
        const own = await fixtureModel(AGREEMENT, { '/work/leads.csv': csv });
        const pacing = computePacing(own, findPaceTarget(own, 'LeadsDelivered')!, { today: calendarDate(2026, 4, 1), month: '2026-03' });
        expect(describeDaysWithoutData(pacing)).toBe(sentence);
    });
});
