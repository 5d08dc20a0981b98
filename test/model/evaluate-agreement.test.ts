import { describe, expect, test } from 'vitest';
import type { AgreementEvaluation, AgreementModel } from 'sla-model';
import { evaluateAgreement } from 'sla-model';
import { agreement, day, everyDay, fixed, measured, metric, percent, period, schedule, segment, tier } from './evaluation-factory.js';

const evaluate = (model: AgreementModel, today: string) => evaluateAgreement(model, { today: day(today) });
const periodsOf = (evaluation: AgreementEvaluation, index = 0) =>
    evaluation.series[index].periods.map(result => [result.period.key, result.status, result.value, result.margin]);

describe('series', () => {
    test('metrics and segments with a target per calendar period, in model order; per incident is left out', () => {
        const model = agreement({
            metrics: [
                metric('Availability', '>= 99.9 % per month'),
                metric('Leads', '>= 400 per month', { title: 'Leads delivered', segments: [segment('DecisionMakers', '>= 100 per month'), segment('Others')] }),
                metric('Resolution', '<= 4 hours per incident'),
                metric('Backups', '>= 7 per week', { computed: { kind: 'maximum' } })
            ]
        });
        const evaluation = evaluate(model, '2026-01-10');
        expect(evaluation.series.map(series => [series.metric, series.segment, series.title, series.rule.kind, series.ruleWritten])).toEqual([
            ['Availability', undefined, 'Availability', 'recorded', false],
            ['Leads', undefined, 'Leads delivered', 'sum', false],
            ['Leads', 'DecisionMakers', 'Leads delivered — DecisionMakers', 'sum', false],
            ['Backups', undefined, 'Backups', 'maximum', true]
        ]);
        expect(evaluation.series[3].periods.map(result => result.period.key)).toEqual(['2026-W01', '2026-W02']);
    });

    test('a segment reads its own rows, the metric the rows without a segment', () => {
        const model = agreement({
            metrics: [metric('Leads', '>= 400 per month', { segments: [segment('DecisionMakers', '>= 100 per month')] })],
            measurements: [measured('Leads', [['2026-01-05', 410], ['2026-01-05', 90, 'DecisionMakers']])]
        });
        const evaluation = evaluate(model, '2026-02-10');
        expect(periodsOf(evaluation, 0)[0]).toEqual(['2026-01', 'met', 410, 10]);
        expect(periodsOf(evaluation, 1)[0]).toEqual(['2026-01', 'missed', 90, -10]);
    });
});

describe('status and margin', () => {
    test('met, missed and no data, by the comparator', () => {
        const model = agreement({
            metrics: [
                metric('Availability', '>= 99.9 % per month'),
                metric('Restore', '<= 4 hours per month'),
                metric('Audits', '= 2 per month')
            ],
            measurements: [
                measured('Availability', [['2026-01-31', 99.95], ['2026-02-28', 99.5]]),
                measured('Restore', [['2026-01-31', 3], ['2026-02-28', 5.5]]),
                measured('Audits', [['2026-01-31', 2], ['2026-02-28', 1], ['2026-02-27', 2]])
            ]
        });
        const evaluation = evaluate(model, '2026-04-01');
        // >=: margin = value − target. 99.95 − 99.9 ≈ 0.05; 99.5 − 99.9 = −0.4 (up to rounding).
        const availability = evaluation.series[0].periods;
        expect(availability.map(result => result.status)).toEqual(['met', 'missed', 'no-data', 'in-progress']);
        expect(availability[0].margin).toBeCloseTo(0.05, 12);
        expect(availability[1].margin).toBeCloseTo(-0.4, 12);
        // <=: margin = target − value: 4 − 3 = 1; 4 − 5.5 = −1.5.
        expect(periodsOf(evaluation, 1).slice(0, 2)).toEqual([['2026-01', 'met', 3, 1], ['2026-02', 'missed', 5.5, -1.5]]);
        // =: margin = −|value − target|: January 2 is exactly 2; February 1 + 2 = 3, −|3 − 2| = −1.
        expect(periodsOf(evaluation, 2).slice(0, 2)).toEqual([['2026-01', 'met', 2, 0], ['2026-02', 'missed', 3, -1]]);
    });

    test('within the tolerance: 99.9 computed as 99.89999999999999 meets at least 99.9', () => {
        const model = agreement({
            metrics: [metric('Availability', '>= 99.9 % per month', { computed: { kind: 'average' } })],
            measurements: [measured('Availability', [['2026-01-10', 99.8], ['2026-01-20', 99.9], ['2026-01-30', 100]])]
        });
        const [january] = evaluate(model, '2026-02-10').series[0].periods;
        // (99.8 + 99.9 + 100) / 3 is 99.89999999999999 in floating point: 1e-14 below 99.9, within 1e-9.
        expect(january.value).toBe(99.89999999999999);
        expect(january.status).toBe('met');
    });

    test('a sum with missing days, a recorded period with two values, and a period without data', () => {
        const model = agreement({
            metrics: [metric('Leads', '>= 400 per month'), metric('Satisfaction', '>= 80 % per month')],
            measurements: [
                measured('Leads', [['2026-02-02', 130], ['2026-02-10', 140], ['2026-02-20', 120]]),
                measured('Satisfaction', [['2026-01-15', 82], ['2026-01-31', 78]])
            ]
        });
        const evaluation = evaluate(model, '2026-03-05');
        const [january, february] = evaluation.series[0].periods;
        // January has no row: no data, not 0.
        expect(january).toMatchObject({ status: 'no-data', value: undefined, recorded: 0 });
        // February: 130 + 140 + 120 = 390 of 400, missed by 10; 28 − 3 = 25 days without a row.
        expect(february).toMatchObject({ status: 'missed', value: 390, margin: -10, recorded: 3 });
        expect(february.missingDays).toHaveLength(25);
        const [satisfaction] = evaluation.series[1].periods;
        expect(satisfaction).toMatchObject({ status: 'no-data', value: undefined, recorded: 2, credits: [] });
        expect(satisfaction.problem).toBe('There are 2 values for January 2026, where one value per period is read: '
            + 'state how they combine (e.g. write `computed as average`) or record one value per period.');
    });
});

describe('rules', () => {
    test('a ratio period: good over total, from the metric\'s two segments', () => {
        const model = agreement({
            metrics: [metric('FirstContact', '>= 80 % per month', {
                computed: { kind: 'ratio', good: 'Resolved', total: 'Contacts' },
                segments: [segment('Resolved', '>= 30 per month'), segment('Contacts')]
            })],
            measurements: [measured('FirstContact', [['2026-03-01', 40, 'Resolved'], ['2026-03-02', 38, 'Resolved'], ['2026-03-01', 50, 'Contacts'], ['2026-03-02', 50, 'Contacts']])]
        });
        const evaluation = evaluate(model, '2026-04-02');
        // 100 × (40 + 38) / (50 + 50) = 78 %, 2 below 80.
        expect(periodsOf(evaluation, 0)[2]).toEqual(['2026-03', 'missed', 78, -2]);
        // The segment Resolved keeps its own default rule, a sum: 40 + 38 = 78 of at least 30.
        expect(evaluation.series[1]).toMatchObject({ segment: 'Resolved', rule: { kind: 'sum' }, ruleWritten: false });
        expect(periodsOf(evaluation, 1)[2]).toEqual(['2026-03', 'met', 78, 48]);
    });

    test('an availability period: minutes without downtime', () => {
        const model = agreement({
            metrics: [metric('Availability', '>= 99.9 % per month', { computed: { kind: 'availability' } })],
            measurements: [measured('Availability', [['2026-03-05', 60]])]
        });
        const march = evaluate(model, '2026-04-02').series[0].periods[2];
        // 100 × (44,640 − 60) / 44,640 = 99.8655913978…, 0.0344086… below 99.9.
        expect(march).toMatchObject({ status: 'missed', value: 100 * 44580 / 44640, downtime: 60, recorded: 1 });
        expect(march.margin!.toFixed(7)).toBe('-0.0344086');
    });
});

describe('the running period', () => {
    test('in progress, its availability up to today, no margin and no credit', () => {
        const model = agreement({
            metrics: [metric('Availability', '>= 99.9 % per month', { computed: { kind: 'availability' } })],
            measurements: [measured('Availability', [['2026-03-05', 60]])],
            schedules: [schedule({ metrics: ['Availability'], tiers: [tier(percent(50), { below: 99.9 })] })]
        });
        const march = evaluate(model, '2026-03-10').series[0].periods.at(-1)!;
        // 1 to 10 March: 14,400 minutes, 60 down: 100 × 14,340 / 14,400 = 99.58333…
        expect(march).toMatchObject({ status: 'in-progress', value: 100 * 14340 / 14400, margin: undefined, credits: [] });
        expect(march.missingDays).toHaveLength(9);
    });

    test('a monthly count goal in progress has its pace', () => {
        const model = agreement({ metrics: [metric('Leads', '>= 400 per month')], measurements: [measured('Leads', everyDay('2026-03-01', '2026-03-10', 10))] });
        const march = evaluate(model, '2026-03-10').series[0].periods.at(-1)!;
        // 10 a day for 10 days: 100, against 400 × 10 / 31 = 129.0322…: behind by 29.0322….
        expect(march.value).toBe(100);
        expect(march.pace).toMatchObject({ day: 10, cumulativeActual: 100, cumulativeTarget: 4000 / 31, standing: 'behind' });
        expect(march.pace!.difference).toBeCloseTo(100 - 4000 / 31, 12);
    });
});

describe('the tracked period', () => {
    test('a tracked start in mid-month clips the first period', () => {
        const model = agreement({
            period: period('2026-03-01', '2026-12-31', { trackingStart: '2026-03-16' }),
            metrics: [metric('Availability', '>= 99.5 % per month', { computed: { kind: 'availability' } })],
            measurements: [measured('Availability', [['2026-03-05', 500], ['2026-03-20', 60]])]
        });
        const [march] = evaluate(model, '2026-04-10').series[0].periods;
        // 16 to 31 March: 16 days, 23,040 minutes; the 500 minutes of 5 March are before tracking
        // starts. 100 × (23,040 − 60) / 23,040 = 99.7395833…; 15 days without a row.
        expect([march.period.from.iso, march.period.to.iso]).toEqual(['2026-03-16', '2026-03-31']);
        expect(march).toMatchObject({ status: 'met', value: 100 * 22980 / 23040, downtime: 60 });
        expect(march.missingDays).toHaveLength(15);
    });

    test('without a start, from the first period with data; open-ended, up to today', () => {
        const model = agreement({
            period: undefined,
            metrics: [metric('Leads', '>= 400 per month')],
            measurements: [measured('Leads', [['2026-02-10', 420], ['2026-03-03', 100]])]
        });
        expect(periodsOf(evaluate(model, '2026-04-15'))).toEqual([
            ['2026-02', 'met', 420, 20],
            ['2026-03', 'missed', 100, -300],
            ['2026-04', 'in-progress', undefined, undefined]
        ]);
        // The first period is the whole month: 1 February is tracked though its first row is on the 10th.
        expect(evaluate(model, '2026-04-15').series[0].periods[0].missingDays).toHaveLength(27);
    });

    test('quarters and weeks: keys and labels', () => {
        const model = agreement({
            period: period('2026-02-10', undefined, { openEnded: true }),
            metrics: [metric('Reviews', '>= 1 per quarter'), metric('Backups', '>= 7 per week')]
        });
        const evaluation = evaluate(model, '2026-04-01');
        expect(evaluation.series[0].periods.map(result => [result.period.key, result.period.label, result.period.from.iso, result.period.to.iso]))
            .toEqual([['2026-Q1', 'Q1 2026', '2026-02-10', '2026-03-31'], ['2026-Q2', 'Q2 2026', '2026-04-01', '2026-06-30']]);
        const weeks = evaluation.series[1].periods.map(result => [result.period.key, result.period.label]);
        // Tuesday 10 February 2026 is in week 7 (from Monday 9 February); Wednesday 1 April in week 14.
        expect(weeks[0]).toEqual(['2026-W07', 'week of 9 February 2026']);
        expect(weeks.at(-1)).toEqual(['2026-W14', 'week of 30 March 2026']);
        expect(weeks).toHaveLength(8);
    });
});

describe('credits and totals', () => {
    test('a segment gets no credit though its metric is in the schedule', () => {
        const model = agreement({
            metrics: [metric('Leads', '>= 400 per month', { segments: [segment('DecisionMakers', '>= 100 per month')] })],
            measurements: [measured('Leads', [['2026-01-05', 300], ['2026-01-05', 50, 'DecisionMakers']])],
            schedules: [schedule({ metrics: ['Leads'], tiers: [tier(fixed(500, 'EUR'), { below: 400 })] })]
        });
        const [leads, decisionMakers] = evaluate(model, '2026-02-10').series.map(series => series.periods[0]);
        expect(leads.credits.map(credit => credit.due)).toEqual([500]);
        expect(decisionMakers).toMatchObject({ status: 'missed', credits: [] });
    });

    test('per period and currency, over every series and schedule, in period order', () => {
        const model = agreement({
            metrics: [metric('Availability', '>= 99.9 % per month'), metric('Uptime', '>= 99.9 % per quarter')],
            measurements: [
                measured('Availability', [['2026-01-31', 99.5], ['2026-03-31', 99.5]]),
                measured('Uptime', [['2026-03-31', 99.5]])
            ],
            schedules: [
                schedule({ metrics: ['Availability', 'Uptime'], tiers: [tier(percent(10), { below: 99.9 })] }),
                schedule({ name: 'Extra', fee: undefined, metrics: ['Availability'], tiers: [tier(percent(5), { below: 99.9 })] })
            ]
        });
        const evaluation = evaluate(model, '2026-04-02');
        // January: 10 % of 12000 = 1200 EUR, and 5 (% of the fee) from Extra. March likewise.
        // Q1: 10 % of 3 × 12000 = 3600 EUR; it ends with March, and after it, being longer.
        expect(evaluation.totals.map(total => [total.period.key, total.currency, total.due])).toEqual([
            ['2026-01', 'EUR', 1200],
            ['2026-01', undefined, 5],
            ['2026-03', 'EUR', 1200],
            ['2026-03', undefined, 5],
            ['2026-Q1', 'EUR', 3600]
        ]);
    });
});

describe('periods read their own days', () => {
    test('rows written out of order, and on the first and last day of a month, fall in their months', () => {
        // Sums: January 1 + 2 (the 1st and the 31st) = 3, February 4 (the 1st) + 8 (the 28th) = 12, March 16; April, running, has no row yet.
        const evaluation = evaluateAgreement(agreement({
            metrics: [metric('Leads', '>= 10 per month')],
            measurements: [measured('Leads', [['2026-03-01', 16], ['2026-02-28', 8], ['2026-01-31', 2], ['2026-02-01', 4], ['2026-01-01', 1]])]
        }), { today: day('2026-04-10') });
        expect(evaluation.series[0].periods.map(result => [result.period.key, result.value, result.recorded])).toEqual([
            ['2026-01', 3, 2], ['2026-02', 12, 2], ['2026-03', 16, 1], ['2026-04', undefined, 0]
        ]);
    });
});
