import { describe, expect, test } from 'vitest';
import type { AgreementEvaluation, CreditScheduleModel } from 'sla-model';
import { evaluateAgreement } from 'sla-model';
import { agreement, at, cap, day, fixed, measured, metric, percent, period, schedule, tier } from './evaluation-factory.js';

/** HostingFee is 12000 EUR per month; Availability (at least 99.9 % a month) is recorded once a month. */
function evaluate(standard: CreditScheduleModel, values: Record<string, number>, end = '2026-12-31'): AgreementEvaluation {
    const rows = Object.entries(values).map(([month, value]): [string, number] => [`${month}-28`, value]);
    return evaluateAgreement(agreement({
        period: period('2026-01-01', end),
        metrics: [metric('Availability', '>= 99.9 % per month')],
        measurements: [measured('Availability', rows)],
        schedules: [standard]
    }), { today: day(end) });
}

const dueByMonth = (evaluation: AgreementEvaluation) => Object.fromEntries(evaluation.series[0].periods
    .filter(result => result.credits.length > 0)
    .map(result => [result.period.key, result.credits[0].due]));

const credit = (evaluation: AgreementEvaluation, key: string) => evaluation.series[0].periods.find(result => result.period.key === key)!.credits[0];

describe('caps', () => {
    test('a monthly cap that binds, then a fixed one, in the order written', () => {
        const standard = schedule({
            metrics: ['Availability'],
            tiers: [tier(percent(60), { below: 99 })],
            caps: [cap(percent(50), 'month', 20), cap(fixed(5000, 'EUR'), 'month', 21)]
        });
        const result = credit(evaluate(standard, { '2026-01': 98 }), '2026-01');
        // 60 % of 12000 = 7200 EUR; at most 50 % of the monthly fee, 6000 EUR; then at most 5000 EUR.
        expect([result.gross, result.due]).toEqual([7200, 5000]);
        expect(result.steps.slice(1)).toEqual([
            { kind: 'cap', text: 'Capped at 50% of the monthly fee of 12000 EUR: 6000 EUR.', amount: 6000, origin: at(20) },
            { kind: 'cap', text: 'Capped at 5000 EUR per month.', amount: 5000, origin: at(21) }
        ]);
    });

    test('a quarterly cap counts the credits of every month in the quarter', () => {
        const standard = schedule({ metrics: ['Availability'], tiers: [tier(percent(60), { below: 99 })], caps: [cap(percent(50), 'quarter', 20)] });
        const evaluation = evaluate(standard, { '2026-01': 98, '2026-02': 98, '2026-03': 98, '2026-04': 98 });
        // 7200 EUR a month; the quarter's cap is 50 % of 3 × 12000 = 18000 EUR: January 7200,
        // February 7200, March the 18000 − 14400 = 3600 left; April starts a new quarter.
        expect(dueByMonth(evaluation)).toEqual({ '2026-01': 7200, '2026-02': 7200, '2026-03': 3600, '2026-04': 7200 });
        expect(credit(evaluation, '2026-03').steps.at(-1)!.text).toBe('The quarter\'s credits of schedule Standard reached its cap of 18000 EUR: 3600 EUR of this credit remain.');
    });

    test('a rolling 12-month cap binds in a later month, and months drop out of it', () => {
        const standard = schedule({ metrics: ['Availability'], tiers: [tier(percent(50), { below: 99 })], caps: [cap(percent(10), 'rolling-12-months', 20)] });
        const evaluation = evaluate(standard, { '2026-01': 98, '2026-02': 98, '2026-03': 98, '2027-01': 98, '2027-02': 98, '2027-03': 98 }, '2027-12-31');
        // Each month 50 % of 12000 = 6000 EUR; the cap is 10 % of 12 × 12000 = 14400 EUR over the 12 months ending with the month.
        // March 2026: January and February used 12000, 2400 remain.
        // January 2027 (February 2026 to January 2027): 6000 + 2400 used, 6000 fit.
        // February 2027 (March 2026 to February 2027): 2400 + 6000 used, 6000 fit.
        // March 2027 (April 2026 to March 2027): 6000 + 6000 used, 2400 remain.
        expect(dueByMonth(evaluation)).toEqual({ '2026-01': 6000, '2026-02': 6000, '2026-03': 2400, '2027-01': 6000, '2027-02': 6000, '2027-03': 2400 });
        expect(credit(evaluation, '2027-03').steps.at(-1)).toEqual({
            kind: 'cap', amount: 2400, origin: at(20),
            text: 'The credits of schedule Standard over the 12 months to 31 March 2027 reached its cap of 14400 EUR: 2400 EUR of this credit remain.'
        });
    });

    test('a cap shared by two metrics: the first the schedule lists is credited first', () => {
        const shared = schedule({ metrics: ['Availability', 'ApiAvailability'], tiers: [tier(percent(40), { below: 99 })], caps: [cap(percent(50), 'month', 20)] });
        // ApiAvailability comes first in the model, Availability first in the schedule.
        const evaluation = evaluateAgreement(agreement({
            metrics: [metric('ApiAvailability', '>= 99.9 % per month'), metric('Availability', '>= 99.9 % per month')],
            measurements: [measured('ApiAvailability', [['2026-03-31', 98.5]]), measured('Availability', [['2026-03-31', 98.5]])],
            schedules: [shared]
        }), { today: day('2026-04-05') });
        const [api, availability] = evaluation.series.map(series => series.periods.find(result => result.period.key === '2026-03')!.credits[0]);
        // Each 40 % of 12000 = 4800 EUR; the month's cap, 50 % of 12000 = 6000 EUR: Availability
        // 4800, ApiAvailability the 1200 left.
        expect(availability.due).toBe(4800);
        expect(availability.steps.map(step => step.kind)).toEqual(['tier']);
        expect(api.due).toBe(1200);
        expect(api.steps.at(-1)!.text).toBe('The month\'s credits of schedule Standard reached its cap of 6000 EUR: 1200 EUR of this credit remain.');
        expect(evaluation.totals.map(total => [total.period.key, total.currency, total.due])).toEqual([['2026-03', 'EUR', 6000]]);
    });

    test('a cap already reached leaves nothing', () => {
        const standard = schedule({ metrics: ['Availability'], tiers: [tier(percent(60), { below: 99 })], caps: [cap(fixed(7200, 'EUR'), 'quarter', 20)] });
        const evaluation = evaluate(standard, { '2026-01': 98, '2026-02': 98 });
        // January takes the whole 7200 EUR of the quarter.
        expect(dueByMonth(evaluation)).toEqual({ '2026-01': 7200, '2026-02': 0 });
        expect(credit(evaluation, '2026-02').steps.at(-1)!.text).toBe('The quarter\'s credits of schedule Standard reached its cap of 7200 EUR: none of this credit remains.');
    });
});
