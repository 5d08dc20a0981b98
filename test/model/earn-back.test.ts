import { describe, expect, test } from 'vitest';
import type { CreditResult } from 'sla-model';
import { calendarSpan, evaluateAgreement } from 'sla-model';
import { earnBackSpans } from '../../packages/model/src/earn-back.js';
import { agreement, at, day, measured, metric, percent, period, schedule, tier } from './evaluation-factory.js';

/**
 * January 2026 misses 99.9 % with 99.2: 25 % of 12000 EUR = 3000 EUR. The earn-back rule
 * gives it back when the 2 months after it, February and March, meet the target.
 */
function januaryCredit(values: Record<string, number>, today: string, end = '2026-12-31'): CreditResult {
    const rows = Object.entries({ '2026-01': 99.2, ...values }).map(([month, value]): [string, number] => [`${month}-28`, value]);
    const evaluation = evaluateAgreement(agreement({
        period: period('2026-01-01', end),
        metrics: [metric('Availability', '>= 99.9 % per month')],
        measurements: [measured('Availability', rows)],
        schedules: [schedule({ metrics: ['Availability'], tiers: [tier(percent(25), { below: 99.5 })] })],
        earnBack: { periods: 2, unit: 'months' }
    }), { today: day(today) });
    return evaluation.series[0].periods[0].credits[0];
}

describe('earn-back', () => {
    test('earned back: both months after it met the target', () => {
        const credit = januaryCredit({ '2026-02': 99.95, '2026-03': 99.95 }, '2026-04-10');
        expect(credit).toMatchObject({ gross: 3000, due: 0, earnBack: 'earned-back' });
        expect(credit.steps.at(-1)).toEqual({ kind: 'earn-back', text: 'Earned back: each of the 2 months from February 2026 to March 2026 met the target.', amount: 0, origin: at(80) });
    });

    test('forfeited: one of them missed', () => {
        const credit = januaryCredit({ '2026-02': 99.95, '2026-03': 99.5 }, '2026-04-10');
        expect(credit).toMatchObject({ due: 3000, earnBack: 'forfeited' });
        expect(credit.steps.at(-1)!.text).toBe('Not earned back: March 2026 missed the target.');
    });

    test('forfeited: one of them has no data, even while the next still runs', () => {
        const credit = januaryCredit({}, '2026-03-10');
        expect(credit).toMatchObject({ due: 3000, earnBack: 'forfeited' });
        expect(credit.steps.at(-1)!.text).toBe('Not earned back: February 2026 has no data.');
    });

    test('pending: February met, March still runs', () => {
        const credit = januaryCredit({ '2026-02': 99.95 }, '2026-03-10');
        expect(credit).toMatchObject({ due: 3000, earnBack: 'pending' });
        expect(credit.steps.at(-1)).toEqual({
            kind: 'earn-back', amount: 3000, origin: at(80),
            text: 'Can still be earned back by 31 March 2026, if each of the 2 months from February 2026 to March 2026 meets the target.'
        });
    });

    test('forfeited: the agreement ends before the earn-back time has passed', () => {
        const credit = januaryCredit({ '2026-02': 99.95 }, '2026-06-01', '2026-02-28');
        expect(credit).toMatchObject({ due: 3000, earnBack: 'forfeited' });
        expect(credit.steps.at(-1)!.text).toBe('Not earned back: the agreement ends on 28 February 2026, before each of the 2 months from February 2026 to March 2026 could meet the target.');
    });
});

describe('earnBackSpans', () => {
    const clipped = (iso: string, kind: Parameters<typeof calendarSpan>[1]) => {
        const span = calendarSpan(day(iso), kind);
        return { ...span, from: span.start, to: span.end };
    };

    test('in the series\' own periods: the next N', () => {
        expect(earnBackSpans(clipped('2026-01-15', 'month'), { periods: 3, unit: 'months', origin: at(80) }).map(span => span.key))
            .toEqual(['2026-02', '2026-03', '2026-04']);
    });

    test('in another unit: the periods that end within it', () => {
        // Week 10 ends on Sunday 8 March 2026; a month after it ends on 8 April: the weeks that
        // end on 15, 22 and 29 March and on 5 April; the week ending 12 April does not count.
        expect(earnBackSpans(clipped('2026-03-04', 'week'), { periods: 1, unit: 'months', origin: at(80) }).map(span => span.key))
            .toEqual(['2026-W11', '2026-W12', '2026-W13', '2026-W14']);
        // No quarter ends within the month after Q1 (by 30 April): the next quarter counts all the same.
        expect(earnBackSpans(clipped('2026-02-01', 'quarter'), { periods: 1, unit: 'months', origin: at(80) }).map(span => span.key))
            .toEqual(['2026-Q2']);
    });
});
