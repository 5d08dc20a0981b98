import { describe, expect, test } from 'vitest';
import type { AgreementModel, CreditResult } from 'sla-model';
import { evaluateAgreement, schedulesOfCreditLines } from 'sla-model';
import { feeOver } from '../../packages/model/src/credit-amounts.js';
import { agreement, at, day, HOSTING_FEE, measured, metric, percent, schedule, tier } from './evaluation-factory.js';
import type { AgreementParts } from './evaluation-factory.js';

const credit = (model: AgreementModel, key: string, today = '2026-12-31'): CreditResult =>
    evaluateAgreement(model, { today: day(today) }).series[0].periods.find(result => result.period.key === key)!.credits[0];

const recorded = (parts: Partial<AgreementParts>, rows: [string, number][], targetText = '>= 99.9 % per month') =>
    agreement({ metrics: [metric('Availability', targetText)], measurements: [measured('Availability', rows)], ...parts });

describe('feeOver', () => {
    test('the same period, or whole fee periods in it', () => {
        expect(feeOver(HOSTING_FEE, 'month')).toEqual({ amount: 12000, times: 1 });
        expect(feeOver(HOSTING_FEE, 'quarter')).toEqual({ amount: 36000, times: 3 });
        expect(feeOver(HOSTING_FEE, 'year')).toEqual({ amount: 144000, times: 12 });
        expect(feeOver(HOSTING_FEE, 'week')).toBeUndefined();
        expect(feeOver({ amount: 144000, period: 'year' }, 'month')).toBeUndefined();
    });
});

describe('downtime-multiple', () => {
    const tiers = [tier({ kind: 'downtime-multiple', value: 10 }, { below: 99.9 })];

    test('the fee of the minutes of downtime, so many times', () => {
        const model = agreement({
            metrics: [metric('Availability', '>= 99.9 % per month', { computed: { kind: 'availability' } })],
            measurements: [measured('Availability', [['2026-03-05', 60]])],
            schedules: [schedule({ metrics: ['Availability'], tiers })]
        });
        const result = credit(model, '2026-03');
        // March: 44,640 minutes, 60 down, 99.8656 %. 10 × 12000 EUR / 44,640 minutes × 60 minutes
        // = 7,200,000 / 44,640 = 161.2903… EUR.
        expect(result.due).toBe(10 * 12000 / 44640 * 60);
        expect(result.due.toFixed(4)).toBe('161.2903');
        expect(result.steps[0].text).toBe('Availability 99.8656% is in the tier "10 times downtime fees below 99.9%": '
            + '10 × 12000 EUR / 44640 minutes × 60 minutes of downtime = 161.29 EUR.');
    });

    test('without downtime minutes it cannot be computed', () => {
        const result = credit(recorded({ schedules: [schedule({ metrics: ['Availability'], tiers })] }, [['2026-03-31', 99.5]]), '2026-03');
        expect(result.due).toBe(0);
        expect(result.steps[0].text).toBe('Availability 99.5% is in the tier "10 times downtime fees below 99.9%": '
            + '10 times downtime fees needs the minutes of downtime, which only `computed as availability` records, so it counts 0.');
    });
});

describe('service-days', () => {
    test('the fee of so many days of the fee\'s month', () => {
        const model = recorded({ schedules: [schedule({ metrics: ['Availability'], tiers: [tier({ kind: 'service-days', value: 3 }, { below: 99.9 })] })] },
            [['2026-02-28', 99.5], ['2026-03-31', 99.5]]);
        // March has 31 days: 12000 × 3 / 31 = 1161.2903… EUR; February 28: 12000 × 3 / 28 = 1285.7142… EUR.
        const march = credit(model, '2026-03');
        expect(march.due).toBe(12000 * 3 / 31);
        expect(march.steps[0].text).toBe('Availability 99.5% is in the tier "3 days of service below 99.9%": 12000 EUR × 3 / 31 days = 1161.29 EUR.');
        expect(credit(model, '2026-02').due).toBe(12000 * 3 / 28);
    });
});

describe('percentages', () => {
    test('no fee: the credit is a percentage of the fee', () => {
        const metrics = [metric('Availability', '>= 99.9 % per month')];
        const schedules = schedulesOfCreditLines({
            credits: [{ credit: 10, below: 99.9, metric: 'Availability', origin: at(40) }, { credit: 25, below: 99.5, origin: at(41) }],
            caps: []
        }, metrics);
        const model = agreement({ metrics, measurements: [measured('Availability', [['2026-01-31', 99.2]])], schedules, fees: [] });
        const evaluation = evaluateAgreement(model, { today: day('2026-02-10') });
        const result = evaluation.series[0].periods[0].credits[0];
        // 99.2 is below 99.9 and 99.5: the larger, 25 (% of the fee for the month).
        expect(result).toMatchObject({ schedule: '', fee: undefined, currency: undefined, tiers: [1], gross: 25, due: 25 });
        expect(result.steps.map(step => [step.kind, step.text, step.amount])).toEqual([
            ['tier', 'Availability 99.2% is in the tier "25% below 99.5%" (the largest of the 2 tiers it is in): 25% of the fee for the month.', 25],
            ['amount', 'The credit lines name no fee: the credit is given in percent of the fee for the month.', 25]
        ]);
        expect(evaluation.totals).toEqual([{ period: evaluation.series[0].periods[0].period, currency: undefined, due: 25 }]);
    });

    test('a monthly fee, evaluated per quarter: three months\' fee', () => {
        const model = recorded({ schedules: [schedule({ metrics: ['Availability'], tiers: [tier(percent(10), { below: 99.9 })] })] },
            [['2026-03-31', 99.5]], '>= 99.9 % per quarter');
        const result = credit(model, '2026-Q1');
        // 10 % of 3 × 12000 = 10 % of 36000 = 3600 EUR.
        expect(result.due).toBe(3600);
        expect(result.steps[0].text).toBe('Availability 99.5% is in the tier "10% below 99.9%": 10% of the fee for the quarter, 3 × 12000 EUR = 3600 EUR.');
    });

    test('a yearly fee, evaluated per month: a percentage, and a step that says so', () => {
        const yearly = { ...HOSTING_FEE, amount: 144000, period: 'year' as const };
        const model = recorded({ fees: [yearly], schedules: [schedule({ metrics: ['Availability'], tiers: [tier(percent(10), { below: 99.9 })] })] }, [['2026-03-31', 99.5]]);
        const result = credit(model, '2026-03');
        expect(result).toMatchObject({ currency: undefined, due: 10 });
        expect(result.steps[1]).toEqual({
            kind: 'amount', amount: 10, origin: at(90),
            text: 'The fee HostingFee is charged per year, and a credit for a month is not worked out from it: the credit is given in percent of the fee for the month.'
        });
    });
});
