import { describe, expect, test } from 'vitest';
import type { AgreementEvaluation, CreditScheduleModel } from 'sla-model';
import { evaluateAgreement } from 'sla-model';
import { isInTier } from '../../packages/model/src/credits.js';
import { agreement, at, day, fixed, measured, metric, percent, schedule, tier } from './evaluation-factory.js';

/**
 * The fee is HostingFee, 12000 EUR per month. Availability's target is at least 99.9 % per
 * month, recorded once a month (the default rule for a percentage).
 */
const availability = metric('Availability', '>= 99.9 % per month');

function evaluate(schedules: CreditScheduleModel[], values: Record<string, number>, today = '2026-12-31'): AgreementEvaluation {
    const rows = Object.entries(values).map(([month, value]): [string, number] => [`${month}-28`, value]);
    return evaluateAgreement(agreement({ metrics: [availability], measurements: [measured('Availability', rows)], schedules }), { today: day(today) });
}

const periodOf = (evaluation: AgreementEvaluation, key: string) => evaluation.series[0].periods.find(result => result.period.key === key)!;

describe('isInTier', () => {
    test('bounds exactly at the threshold', () => {
        // 99.0 is in `from 99.0 %` (inclusive) but not in `above 99.0 %`; in `to 99.0 %` but not `below 99.0 %`.
        expect(isInTier(99, tier(percent(10), { from: 99 }))).toBe(true);
        expect(isInTier(99, tier(percent(10), { above: 99 }))).toBe(false);
        expect(isInTier(99, tier(percent(10), { to: 99 }))).toBe(true);
        expect(isInTier(99, tier(percent(10), { below: 99 }))).toBe(false);
        expect(isInTier(99, tier(percent(10), {}))).toBe(true);
    });

    test('a bound compares within the tolerance', () => {
        // 99.89999999999999 is 99.9 up to floating-point noise (1e-14 < 1e-9).
        expect(isInTier(99.89999999999999, tier(percent(10), { from: 99.9 }))).toBe(true);
        expect(isInTier(99.89999999999999, tier(percent(10), { below: 99.9 }))).toBe(false);
    });
});

describe('worst tier', () => {
    const standard = schedule({
        metrics: ['Availability'],
        tiers: [
            tier(percent(10), { from: 99.5, below: 99.9 }, 11),
            tier(percent(25), { from: 99, below: 99.5 }, 12),
            tier(percent(50), { below: 99 }, 13)
        ]
    });

    test('the one tier the value falls in', () => {
        const evaluation = evaluate([standard], { '2026-01': 99.2, '2026-02': 99.95, '2026-03': 99.6 });
        // January, 99.2: 25 % of 12000 EUR = 3000 EUR.
        expect(periodOf(evaluation, '2026-01').credits).toEqual([{
            schedule: 'Standard', fee: 'HostingFee', currency: 'EUR', tiers: [1], gross: 3000, due: 3000,
            steps: [{
                kind: 'tier', amount: 3000, origin: at(12),
                text: 'Availability 99.2% is in the tier "25% from 99% to below 99.5%": 25% of the monthly fee of 12000 EUR = 3000 EUR.'
            }]
        }]);
        // February met its target: no credit.
        expect(periodOf(evaluation, '2026-02')).toMatchObject({ status: 'met', credits: [] });
        // March, 99.6: 10 % of 12000 EUR = 1200 EUR.
        expect(periodOf(evaluation, '2026-03').credits.map(credit => [credit.tiers, credit.due])).toEqual([[[0], 1200]]);
    });

    test('with the older open `below` lines, the largest of the tiers it is in', () => {
        const open = schedule({ metrics: ['Availability'], tiers: [tier(percent(5), { below: 99.9 }), tier(percent(10), { below: 99.5 }), tier(percent(20), { below: 99 })] });
        const [credit] = periodOf(evaluate([open], { '2026-01': 99.2 }), '2026-01').credits;
        // 99.2 is below 99.9 and below 99.5: 5 % and 10 %; the larger, 10 % of 12000 = 1200 EUR.
        expect(credit.tiers).toEqual([1]);
        expect(credit.due).toBe(1200);
        expect(credit.steps[0].text).toBe('Availability 99.2% is in the tier "10% below 99.5%" (the largest of the 2 tiers it is in): 10% of the monthly fee of 12000 EUR = 1200 EUR.');
    });
});

describe('cumulative', () => {
    test('every tier the value falls in adds up', () => {
        const stacked = schedule({ combine: 'cumulative', metrics: ['Availability'], tiers: [tier(percent(5), { below: 99.9 }), tier(percent(10), { below: 99.5 }), tier(percent(20), { below: 99 })] });
        const [credit] = periodOf(evaluate([stacked], { '2026-01': 99.2 }), '2026-01').credits;
        // 5 % of 12000 = 600 EUR, 10 % of 12000 = 1200 EUR: 1800 EUR; 99.2 is not below 99.
        expect(credit.tiers).toEqual([0, 1]);
        expect([credit.gross, credit.due]).toEqual([1800, 1800]);
        expect(credit.steps.map(step => [step.text, step.amount])).toEqual([
            ['Availability 99.2% is in the tier "5% below 99.9%": 5% of the monthly fee of 12000 EUR = 600 EUR.', 600],
            ['Availability 99.2% is in the tier "10% below 99.5%": 10% of the monthly fee of 12000 EUR = 1200 EUR; 1800 EUR in all.', 1800]
        ]);
    });
});

describe('bounds at the threshold', () => {
    test('99.0 under `from 99.0 %` and under `above 99.0 %`', () => {
        const inclusive = schedule({ name: 'Inclusive', metrics: ['Availability'], tiers: [tier(percent(10), { from: 99, below: 99.9 }), tier(percent(30), { below: 99 })] });
        const exclusive = schedule({ name: 'Exclusive', metrics: ['Availability'], tiers: [tier(percent(10), { above: 99, below: 99.9 }), tier(percent(30), { to: 99 })] });
        const credits = periodOf(evaluate([inclusive, exclusive], { '2026-01': 99 }), '2026-01').credits;
        // Inclusive: 99.0 is in `from 99 %`, 10 % of 12000 = 1200 EUR. Exclusive: 99.0 is not
        // above 99 %, so it is in `at or below 99 %`: 30 % of 12000 = 3600 EUR.
        expect(credits.map(credit => [credit.schedule, credit.tiers, credit.due])).toEqual([['Inclusive', [0], 1200], ['Exclusive', [1], 3600]]);
        expect(credits[1].steps[0].text).toBe('Availability 99% is in the tier "30% at or below 99%": 30% of the monthly fee of 12000 EUR = 3600 EUR.');
    });
});

describe('minimum', () => {
    test('a credit due is at least the minimum', () => {
        const small = schedule({ metrics: ['Availability'], tiers: [tier(percent(1), { below: 99.9 })], minimum: { amount: fixed(500, 'EUR'), origin: at(30) } });
        const [credit] = periodOf(evaluate([small], { '2026-01': 99.8 }), '2026-01').credits;
        // 1 % of 12000 = 120 EUR, less than the minimum of 500 EUR.
        expect([credit.gross, credit.due]).toEqual([120, 500]);
        expect(credit.steps.at(-1)).toEqual({ kind: 'minimum', text: 'Raised to the minimum credit: 500 EUR.', amount: 500, origin: at(30) });
    });

    test('no tier, no credit, and no minimum either', () => {
        const low = schedule({ metrics: ['Availability'], tiers: [tier(percent(25), { below: 99.5 })], minimum: { amount: fixed(500), origin: at(30) } });
        const [credit] = periodOf(evaluate([low], { '2026-01': 99.85 }), '2026-01').credits;
        // 99.85 misses 99.9 but lies above every tier.
        expect(credit).toMatchObject({ tiers: [], gross: 0, due: 0 });
        expect(credit.steps).toEqual([{ kind: 'tier', text: 'Availability 99.85% is in no tier of schedule Standard: no credit.', amount: 0, origin: at(0) }]);
    });
});
