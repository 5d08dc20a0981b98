import { describe, expect, test } from 'vitest';
import type { AgreementModel } from 'sla-model';
import { calendarDate, computePacing, dailyPaceOf, defaultPaceMonth, findPaceTarget, paceTargets } from 'sla-model';
import { checkDocument, modelOf } from '../helpers/sla-test-services.js';

/** An agreement with one paced metric (goal 400 a month) and a segment (goal 100 a month). */
function agreement(measurements: string, period = 'period 2026-01-01 to 2028-12-31'): string {
    return `agreement Pacing "Pacing" {
    ${period}
    party Marketing "Marketing" provider
    party Sales "Sales" customer
    service Leads "Leads" {
        provided by Marketing to Sales
        metric LeadsDelivered "Leads delivered" {
            counts "leads"
            target >= 400 per month
            measured by "CRM" every day
            controlled by Marketing
            segment DecisionMakers "Decision makers" target >= 100 per month
            segment Others "Others"
            pace daily
        }
        metric Availability "Availability" {
            counts "minutes up"
            target >= 99 % per month
            measured by "Monitor" every day
            controlled by Marketing
            pace daily
        }
    }
    ${measurements}
}`;
}

async function model(text: string, files: Record<string, string> = {}): Promise<AgreementModel> {
    const result = await checkDocument(text, { files });
    return modelOf(result)!;
}

function rows(rows: string[]): string {
    return `measurements for LeadsDelivered {\n${rows.map(row => `        ${row}`).join('\n')}\n    }`;
}

const today = (iso: string) => {
    const [year, month, day] = iso.split('-').map(Number);
    return calendarDate(year, month, day);
};

describe('paceTargets', () => {
    test('lists paced metrics with a monthly count goal and their segments with one', async () => {
        const targets = paceTargets(await model(agreement('')));
        expect(targets.map(target => [target.id, target.goal.value])).toEqual([
            ['LeadsDelivered', 400],
            ['LeadsDelivered.DecisionMakers', 100]
        ]);
    });

    test('finds a metric or one of its segments by name', async () => {
        const m = await model(agreement(''));
        expect(findPaceTarget(m, 'LeadsDelivered')?.id).toBe('LeadsDelivered');
        expect(findPaceTarget(m, 'LeadsDelivered', 'DecisionMakers')?.id).toBe('LeadsDelivered.DecisionMakers');
        expect(findPaceTarget(m, 'LeadsDelivered', 'Others')).toBeUndefined();
        expect(findPaceTarget(m, 'Availability')).toBeUndefined();
    });
});

describe('daily and cumulative targets follow the days of the month', () => {
    test.each([
        ['2026-02', 28],
        ['2026-04', 30],
        ['2026-03', 31],
        ['2028-02', 29]
    ])('%s has %i days', async (month, n) => {
        const m = await model(agreement(rows([`${month}-01 10`])));
        const pacing = computePacing(m, findPaceTarget(m, 'LeadsDelivered')!, { today: today('2026-11-22'), month });
        expect(pacing.daysInMonth).toBe(n);
        expect(pacing.days).toHaveLength(n);
        expect(pacing.dailyTarget).toBe(400 / n);
        expect(pacing.days.map(day => day.dailyTarget)).toEqual(Array(n).fill(400 / n));
        expect(pacing.days[0].cumulativeTarget).toBe(400 / n);
        expect(pacing.days[9].cumulativeTarget).toBe(400 * 10 / n);
        expect(pacing.days[n - 1].cumulativeTarget).toBe(400);
        expect(pacing.days[n - 1].date.iso).toBe(`${month}-${n}`);
    });

    test('February 2028, a leap year, ends on the 29th with the whole goal', async () => {
        // The period is over on 2028-03-01, so the latest month with data is shown.
        const m = await model(agreement(rows(['2028-02-29 20']), 'period 2028-01-01 to 2028-02-29'));
        const pacing = computePacing(m, findPaceTarget(m, 'LeadsDelivered')!, { today: today('2028-03-01') });
        expect(pacing.month).toBe('2028-02');
        expect(pacing.days.at(-1)).toEqual({
            day: 29, date: calendarDate(2028, 2, 29), dailyTarget: 400 / 29, cumulativeTarget: 400,
            actual: 20, cumulativeActual: 20, difference: 20 - 400
        });
    });
});

describe('actual cumulative results', () => {
    test('a missing day adds 0 and the cumulative line continues to the last day with data', async () => {
        const m = await model(agreement(rows(['2026-04-01 10', '2026-04-02 20', '2026-04-04 5'])));
        const pacing = computePacing(m, findPaceTarget(m, 'LeadsDelivered')!, { today: today('2026-04-30') });
        expect(pacing.days.slice(0, 5).map(day => [day.day, day.actual, day.cumulativeActual])).toEqual([
            [1, 10, 10],
            [2, 20, 30],
            [3, undefined, 30],
            [4, 5, 35],
            [5, undefined, undefined]
        ]);
        expect(pacing.lastDataDay).toBe(4);
        expect(pacing.days[2].difference).toBe(30 - 400 * 3 / 30);
    });

    test('two rows on one day add up', async () => {
        const m = await model(agreement(rows(['2026-04-01 10', '2026-04-01 4'])));
        const pacing = computePacing(m, findPaceTarget(m, 'LeadsDelivered')!, { today: today('2026-04-30') });
        expect(pacing.days[0].actual).toBe(14);
    });

    test('points with a segment belong to that segment, points without to the total', async () => {
        const m = await model(agreement(rows(['2026-04-01 10', '2026-04-01 3 DecisionMakers', '2026-04-02 4 DecisionMakers'])));
        const total = computePacing(m, findPaceTarget(m, 'LeadsDelivered')!, { today: today('2026-04-02') });
        const segment = computePacing(m, findPaceTarget(m, 'LeadsDelivered', 'DecisionMakers')!, { today: today('2026-04-02') });
        expect(total.days.slice(0, 2).map(day => day.cumulativeActual)).toEqual([10, undefined]);
        expect(segment.goal).toBe(100);
        expect(segment.dailyTarget).toBe(100 / 30);
        expect(segment.days.slice(0, 2).map(day => day.cumulativeActual)).toEqual([3, 7]);
    });

    test('a day no calendar has (2026-02-30) is left out and reported, never plotted', async () => {
        const m = await model(agreement(rows(['2026-02-27 5'])));
        // Built by hand: whatever reads dates, pacing must not plot a day past the month's end.
        m.measurements[0].points.push({ date: calendarDate(2026, 2, 30), value: 7 });
        const pacing = computePacing(m, findPaceTarget(m, 'LeadsDelivered')!, { today: today('2026-03-10'), month: '2026-02' });
        expect(pacing.days).toHaveLength(28);
        expect(pacing.lastDataDay).toBe(27);
        expect(pacing.status).toMatchObject({ day: 27, cumulativeActual: 5 });
        expect(pacing.ignored.notInCalendar.map(point => point.date.iso)).toEqual(['2026-02-30']);
    });

    test('reads a CSV next to the agreement', async () => {
        const csv = 'date,value,segment\n2026-03-01,14,\n2026-03-01,3,DecisionMakers\n2026-03-02,15,\n';
        const m = await model(agreement('measurements for LeadsDelivered from "leads.csv"'), { '/work/leads.csv': csv });
        const pacing = computePacing(m, findPaceTarget(m, 'LeadsDelivered')!, { today: today('2026-03-02') });
        expect(pacing.days.slice(0, 2).map(day => day.cumulativeActual)).toEqual([14, 29]);
    });
});

describe('ahead or behind, and the month-end projection', () => {
    // April 2026 (30 days), goal 400: the cumulative target on day 10 is 133.33….
    const april = rows(['2026-04-01 10', '2026-04-05 50', '2026-04-10 80', '2026-04-20 100']);

    test('compares the last day with data on or before today with the target on that day', async () => {
        const m = await model(agreement(april));
        const pacing = computePacing(m, findPaceTarget(m, 'LeadsDelivered')!, { today: today('2026-04-15') });
        expect(pacing.todayDay).toBe(15);
        expect(pacing.phase).toBe('running');
        expect(pacing.status).toEqual({
            day: 10,
            cumulativeActual: 140,
            cumulativeTarget: 400 * 10 / 30,
            difference: 140 - 400 * 10 / 30,
            percent: (140 - 400 * 10 / 30) / (400 * 10 / 30) * 100,
            standing: 'ahead'
        });
        expect(pacing.status!.difference).toBeCloseTo(6.667, 3);
        expect(pacing.status!.percent).toBeCloseTo(5, 10);
        // The average of days 1–10 (missing days count as 0), times 30 days.
        expect(pacing.projection).toEqual({ throughDay: 10, averageDaily: 14, value: 420, reachesGoal: true });
        expect(pacing.final).toBeUndefined();
    });

    test('a result dated after today is not plotted, not summed and not in the table, but reported', async () => {
        const m = await model(agreement(april));
        const pacing = computePacing(m, findPaceTarget(m, 'LeadsDelivered')!, { today: today('2026-04-15') });
        // 10 + 50 + 80 = 140 through day 10; the 100 of day 20 has not happened on the 15th.
        expect(pacing.lastDataDay).toBe(10);
        expect(pacing.days.slice(9, 11).map(day => [day.day, day.actual, day.cumulativeActual])).toEqual([[10, 80, 140], [11, undefined, undefined]]);
        expect(pacing.days[19]).toMatchObject({ day: 20, actual: undefined, cumulativeActual: undefined, difference: undefined });
        expect(pacing.ignored.afterToday.map(point => point.date.iso)).toEqual(['2026-04-20']);
        expect(pacing.ignored.otherMonths).toEqual([]);
    });

    test('a result dated today counts', async () => {
        const m = await model(agreement(april));
        const pacing = computePacing(m, findPaceTarget(m, 'LeadsDelivered')!, { today: today('2026-04-20') });
        // 140 + 100 = 240 on day 20; the average 240 / 20 = 12 a day × 30 = 360.
        expect(pacing.status).toMatchObject({ day: 20, cumulativeActual: 240 });
        expect(pacing.projection).toMatchObject({ value: 360, reachesGoal: false });
        expect(pacing.ignored.afterToday).toEqual([]);
    });

    test('a finished month has a final result and the days without data, not a projection', async () => {
        const m = await model(agreement(april));
        const pacing = computePacing(m, findPaceTarget(m, 'LeadsDelivered')!, { today: today('2026-06-01'), month: '2026-04' });
        expect(pacing.todayDay).toBeUndefined();
        expect(pacing.phase).toBe('finished');
        expect(pacing.status).toMatchObject({ day: 20, cumulativeActual: 240, standing: 'behind' });
        expect(pacing.status!.difference).toBeCloseTo(240 - 400 * 20 / 30, 10);
        expect(pacing.projection).toBeUndefined();
        // 10 + 50 + 80 + 100 = 240 against 400; data on days 1, 5, 10 and 20 of 30 leaves 26 days.
        expect(pacing.final).toEqual({
            value: 240,
            met: false,
            margin: -160,
            daysWithoutData: [2, 3, 4, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30]
        });
    });

    test('the last day of the month is still running; the day after it is finished', async () => {
        const m = await model(agreement(april));
        const target = findPaceTarget(m, 'LeadsDelivered')!;
        expect(computePacing(m, target, { today: today('2026-04-30') })).toMatchObject({ phase: 'running', final: undefined, projection: { value: 360 } });
        expect(computePacing(m, target, { today: today('2026-05-01'), month: '2026-04' })).toMatchObject({ phase: 'finished', projection: undefined, final: { value: 240 } });
    });

    test('a month ends with the period: its results are final, and only days inside the period owe data', async () => {
        const m = await model(agreement(april, 'period 2026-01-01 to 2026-04-12'));
        const pacing = computePacing(m, findPaceTarget(m, 'LeadsDelivered')!, { today: today('2026-04-15') });
        expect(pacing.month).toBe('2026-04');
        expect(pacing.todayDay).toBe(15);
        expect(pacing.phase).toBe('finished');
        expect(pacing.projection).toBeUndefined();
        // Day 20 lies after the period's end: 10 + 50 + 80 = 140; of days 1–12, all but 1, 5 and 10 lack data.
        expect(pacing.final).toEqual({ value: 140, met: false, margin: -260, daysWithoutData: [2, 3, 4, 6, 7, 8, 9, 11, 12] });
        expect(pacing.ignored.outsidePeriod.map(point => point.date.iso)).toEqual(['2026-04-20']);
    });

    test('days before tracking starts owe no data', async () => {
        const m = await model(agreement(rows(['2026-04-10 100', '2026-04-30 300']), 'period 2026-01-01 to 2026-12-31 tracking from 2026-04-10'));
        const pacing = computePacing(m, findPaceTarget(m, 'LeadsDelivered')!, { today: today('2026-05-02'), month: '2026-04' });
        // 100 + 300 = 400 meets at least 400 exactly; of days 10–30, 11–29 have no data.
        expect(pacing.final).toEqual({ value: 400, met: true, margin: 0, daysWithoutData: Array.from({ length: 19 }, (_, index) => 11 + index) });
    });

    test.each([
        // [comparator, month total, met, margin]
        ['>=', 400, true, 0],
        ['>=', 430, true, 30],
        ['>=', 365, false, -35],
        ['>', 400, false, 0],
        ['>', 401, true, 1],
        ['=', 400, true, 0],
        ['=', 430, false, 30],
        ['=', 365, false, -35]
    ] as const)('a final %s 400 with %i is met: %s (margin %i)', async (comparator, total, met, margin) => {
        const m = await model(agreement(rows(['2026-04-01 100', `2026-04-30 ${total - 100}`])).replace('target >= 400', `target ${comparator} 400`));
        const pacing = computePacing(m, findPaceTarget(m, 'LeadsDelivered')!, { today: today('2026-05-01'), month: '2026-04' });
        expect(pacing.final).toMatchObject({ value: total, met, margin });
    });

    test('exactly on target is on pace', async () => {
        const m = await model(agreement(rows(['2026-04-03 40'])));
        const pacing = computePacing(m, findPaceTarget(m, 'LeadsDelivered')!, { today: today('2026-04-03') });
        expect(pacing.status).toMatchObject({ day: 3, difference: 0, percent: 0, standing: 'on-pace' });
    });

    test('no data up to today gives no standing and no projection', async () => {
        const m = await model(agreement(rows(['2026-04-20 40'])));
        const pacing = computePacing(m, findPaceTarget(m, 'LeadsDelivered')!, { today: today('2026-04-10') });
        // Day 20's row is after today: nothing in April is known yet.
        expect(pacing.lastDataDay).toBeUndefined();
        expect(pacing.days.every(day => day.actual === undefined && day.cumulativeActual === undefined)).toBe(true);
        expect(pacing.status).toBeUndefined();
        expect(pacing.projection).toBeUndefined();
        expect(pacing.ignored.afterToday.map(point => point.date.iso)).toEqual(['2026-04-20']);
    });

    test('a month after today is upcoming: none of its results are plotted', async () => {
        const m = await model(agreement(rows(['2026-05-02 40', '2026-05-03 10'])));
        const pacing = computePacing(m, findPaceTarget(m, 'LeadsDelivered')!, { today: today('2026-04-10'), month: '2026-05' });
        expect(pacing.phase).toBe('upcoming');
        expect(pacing.months).toEqual(['2026-05']);
        expect(pacing.lastDataDay).toBeUndefined();
        expect(pacing.status).toBeUndefined();
        expect(pacing.ignored.afterToday.map(point => point.date.iso)).toEqual(['2026-05-02', '2026-05-03']);
    });
});

describe('months and ignored data', () => {
    const spread = rows([
        '2025-12-31 99',
        '2026-01-15 10',
        '2026-02-01 20',
        '2026-03-31 30',
        '2026-04-01 40'
    ]);
    const period = 'period 2026-01-01 to 2026-03-31';

    test('offers the months with data inside the period and reports what it leaves out', async () => {
        const m = await model(agreement(spread, period));
        const pacing = computePacing(m, findPaceTarget(m, 'LeadsDelivered')!, { today: today('2026-02-10') });
        expect(pacing.months).toEqual(['2026-01', '2026-02', '2026-03']);
        expect(pacing.month).toBe('2026-02');
        expect(pacing.days[0].actual).toBe(20);
        expect(pacing.ignored.outsidePeriod.map(point => point.date.iso)).toEqual(['2025-12-31', '2026-04-01']);
        expect(pacing.ignored.otherMonths.map(point => point.date.iso)).toEqual(['2026-01-15', '2026-03-31']);
    });

    test('tracking start moves the beginning of the period', async () => {
        const m = await model(agreement(spread, `${period} tracking from 2026-02-01`));
        const pacing = computePacing(m, findPaceTarget(m, 'LeadsDelivered')!, { today: today('2026-02-10') });
        expect(pacing.months).toEqual(['2026-02', '2026-03']);
        expect(pacing.ignored.outsidePeriod.map(point => point.date.iso)).toEqual(['2025-12-31', '2026-01-15', '2026-04-01']);
    });

    test('a chosen month is shown even without data', async () => {
        const m = await model(agreement(spread, period));
        const pacing = computePacing(m, findPaceTarget(m, 'LeadsDelivered')!, { today: today('2026-02-10'), month: '2026-01' });
        expect(pacing.month).toBe('2026-01');
        expect(pacing.days[14].cumulativeActual).toBe(10);
        expect(pacing.status).toMatchObject({ day: 15, cumulativeActual: 10 });
    });

    test('default month: today\'s month with data, else the latest month with data up to today, else today\'s month in the period', () => {
        const period = { origin: { uri: '', line: 0 }, start: today('2026-01-01'), end: today('2026-06-30'), openEnded: false, trackingStart: today('2026-01-01') };
        const months = ['2026-01', '2026-03'];
        expect(defaultPaceMonth(months, today('2026-03-05'), period)).toBe('2026-03');
        expect(defaultPaceMonth(months, today('2026-05-05'), period)).toBe('2026-03');
        expect(defaultPaceMonth(['2026-03'], today('2026-02-10'), period)).toBe('2026-02');
        expect(defaultPaceMonth(months, today('2026-11-22'), period)).toBe('2026-03');
        expect(defaultPaceMonth(['2026-11'], today('2026-11-22'), period)).toBe('2026-11');
        expect(defaultPaceMonth([], today('2026-11-22'), period)).toBe('2026-11');
        expect(defaultPaceMonth(months, today('2026-11-22'), undefined)).toBe('2026-03');
    });
});

describe('pace daily over working days', () => {
    /** 440 leads a month, paced over the working days of 09:00–17:00 Monday to Friday in Bavaria. */
    function working(pace: string, measurements: string): string {
        return `agreement Working "Working days" {
    period 2026-01-01 to 2026-12-31
    time zone "Europe/Berlin"
    calendar Office { monday to friday 09:00 to 17:00; holidays of "DE-BY" }
    party Marketing "Marketing" provider
    party Sales "Sales" customer
    service Leads "Leads" {
        provided by Marketing to Sales
        hours Office "Weekdays, 09:00 to 17:00"
        metric LeadsDelivered "Leads delivered" {
            counts "leads"
            target >= 440 per month
            measured by "CRM" every day
            controlled by Marketing
            ${pace}
        }
    }
    ${measurements}
}`;
    }
    const march = 'measurements for LeadsDelivered { 2026-03-02 25 2026-03-03 15 }';

    test('the goal is split over the working days; a day off adds nothing', async () => {
        const agreementModel = await model(working('pace daily over working days', march));
        const pacing = computePacing(agreementModel, findPaceTarget(agreementModel, 'LeadsDelivered')!, { today: calendarDate(2026, 3, 4) });
        // March 2026 starts on a Sunday: weekends 1, 7–8, 14–15, 21–22, 28–29 are off and Bavaria has no
        // holiday in March: 31 − 9 = 22 working days, 440 / 22 = 20 a working day.
        expect([pacing.daysInMonth, pacing.workingDays, pacing.dailyTarget]).toEqual([31, 22, 20]);
        // Sunday the 1st owes nothing; Monday the 2nd 20; Tuesday the 3rd 40; Saturday the 7th and Sunday the 8th
        // stay at the 100 of Friday the 6th; the month ends at 440.
        expect(pacing.days.slice(0, 3).map(day => [day.dailyTarget, day.cumulativeTarget])).toEqual([[0, 0], [20, 20], [20, 40]]);
        expect(pacing.days.slice(5, 8).map(day => day.cumulativeTarget)).toEqual([100, 100, 100]);
        expect(pacing.days.at(-1)!.cumulativeTarget).toBe(440);
        // 25 + 15 = 40 by the 3rd against 40: on pace. Two working days so far average 20; × 22 = 440.
        expect(pacing.status).toMatchObject({ day: 3, cumulativeActual: 40, cumulativeTarget: 40, difference: 0, standing: 'on-pace' });
        expect(pacing.projection).toEqual({ throughDay: 3, averageDaily: 20, value: 440, reachesGoal: true });
    });

    test('by default every day counts: the same results are behind', async () => {
        const agreementModel = await model(working('pace daily', march));
        const pacing = computePacing(agreementModel, findPaceTarget(agreementModel, 'LeadsDelivered')!, { today: calendarDate(2026, 3, 4) });
        // 440 × 3 / 31 = 1320/31 ≈ 42.58 by the 3rd; 40 − 1320/31 = −80/31 ≈ −2.58: behind.
        expect([pacing.workingDays, pacing.dailyTarget]).toEqual([undefined, 440 / 31]);
        expect(pacing.status!.difference).toBeCloseTo(-80 / 31, 12);
        expect(pacing.status!.standing).toBe('behind');
        // 40 over 3 days × 31 = 413.33…: short of the goal.
        expect(pacing.projection!.value).toBeCloseTo(40 / 3 * 31, 9);
        expect(pacing.projection!.reachesGoal).toBe(false);
    });

    test('Easter in Bavaria: April 2026 has 20 working days', async () => {
        const agreementModel = await model(working('pace daily over working days', 'measurements for LeadsDelivered { 2026-04-01 22 }'));
        const metric = agreementModel.services[0]!.metrics[0]!;
        // April 2026 starts on a Wednesday: 22 weekdays, less Good Friday (3rd) and Easter Monday (6th) = 20;
        // 440 / 20 = 22 a working day.
        const pace = dailyPaceOf(agreementModel, metric, metric.target, undefined, calendarDate(2026, 4, 10));
        expect(pace).toEqual({
            perDay: 22,
            days: 20,
            month: '2026-04',
            label: '≈ 22/working day in a month of 20 working days',
            explanation: '440 per month over the 20 working days of April 2026'
        });
        const pacing = computePacing(agreementModel, findPaceTarget(agreementModel, 'LeadsDelivered')!, { today: calendarDate(2026, 4, 10) });
        // Wednesday 1st 22, Thursday 2nd 44, then Good Friday to Easter Monday (3rd–6th) stay at 44; Tuesday 7th 66.
        expect(pacing.days.slice(0, 7).map(day => day.cumulativeTarget)).toEqual([22, 44, 44, 44, 44, 44, 66]);
    });

    test('over working days on a 24×7 clock, every day is a working day', async () => {
        const agreementModel = await model(working('pace daily over working days\n            clock 24x7', march));
        const pacing = computePacing(agreementModel, findPaceTarget(agreementModel, 'LeadsDelivered')!, { today: calendarDate(2026, 3, 4) });
        expect([pacing.workingDays, pacing.dailyTarget]).toEqual([undefined, 440 / 31]);
    });
});
