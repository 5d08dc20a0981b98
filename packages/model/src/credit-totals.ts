import { compareDates } from './dates.js';
import type { CreditTotal, SeriesEvaluation } from './evaluation-model.js';

/**
 * The credits due per period and currency, over every series and schedule, in period order
 * (by the period's end; of two that end on one day, the shorter first: March before Q1).
 * Credits without a currency, percentages of a fee, add up apart from those in money.
 */
export function creditTotals(series: readonly SeriesEvaluation[]): CreditTotal[] {
    const totals = new Map<string, CreditTotal>();
    for (const { period, credits } of series.flatMap(each => each.periods)) {
        for (const credit of credits) {
            const key = `${period.kind} ${period.key} ${credit.currency ?? ''}`;
            const total = totals.get(key) ?? { period, currency: credit.currency, due: 0 };
            totals.set(key, { ...total, due: total.due + credit.due });
        }
    }
    return [...totals.values()].sort((a, b) => compareDates(a.period.end, b.period.end)
        || compareDates(b.period.start, a.period.start)
        || (a.currency ?? '\uffff').localeCompare(b.currency ?? '\uffff'));
}
