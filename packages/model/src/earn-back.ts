import type { RemediesModel } from './agreement-model.js';
import type { CalendarDate } from './dates.js';
import { compareDates } from './dates.js';
import type { CreditResult, EvaluationPeriod, PeriodResult } from './evaluation-model.js';
import type { CalendarSpan } from './evaluation-periods.js';
import { earlierOf, nextSpan, shiftBy, shiftDays } from './evaluation-periods.js';
import { formatDate } from './format.js';

/**
 * Earn-back, after the seeds: it "allows providers to earn service level credits if they work
 * at or above the standard service level for a certain period of time". A credit is earned
 * back when every period of the series in the earn-back time after the missed one meets its
 * target; one that misses or has no data forfeits it; until then it is pending.
 */

export type EarnBackRule = NonNullable<RemediesModel['earnBack']>;

/**
 * The periods of the series' kind that end within the earn-back time after the missed
 * period's end: with `3 months` after a missed month, the next three months; after a missed
 * week, the weeks that end within three months. At least the next period.
 */
export function earnBackSpans(missed: EvaluationPeriod, rule: EarnBackRule): CalendarSpan[] {
    const last = shiftDays(shiftBy(shiftDays(missed.end, 1), rule.periods, rule.unit), -1);
    const spans: CalendarSpan[] = [];
    for (let span = nextSpan(missed); spans.length === 0 || compareDates(span.end, last) <= 0; span = nextSpan(span)) {
        spans.push(span);
    }
    return spans;
}

/** The credit with its earn-back state; `trackedEnd` is the agreement's last day, when it has one. */
export function earnBack(credit: CreditResult, missed: EvaluationPeriod, periods: readonly PeriodResult[], rule: EarnBackRule, trackedEnd: CalendarDate | undefined): CreditResult {
    const spans = earnBackSpans(missed, rule);
    const byKey = new Map(periods.map(result => [result.period.key, result]));
    const after = spans.map(span => ({ span, result: byKey.get(span.key) }));
    const what = spans.length === 1 ? spans[0].label : `each of the ${spans.length} ${missed.kind}s from ${spans[0].label} to ${spans.at(-1)!.label}`;
    const step = (text: string, due: number) => ({ kind: 'earn-back' as const, text, amount: due, origin: rule.origin });

    const failed = after.find(each => each.result?.status === 'missed' || each.result?.status === 'no-data');
    if (failed) {
        const why = failed.result!.status === 'missed' ? 'missed the target' : 'has no data';
        return { ...credit, earnBack: 'forfeited', steps: [...credit.steps, step(`Not earned back: ${failed.span.label} ${why}.`, credit.due)] };
    }
    if (trackedEnd && after.some(each => compareDates(each.span.start, trackedEnd) > 0)) {
        const text = `Not earned back: the agreement ends on ${formatDate(trackedEnd)}, before ${what} could meet the target.`;
        return { ...credit, earnBack: 'forfeited', steps: [...credit.steps, step(text, credit.due)] };
    }
    if (after.some(each => each.result === undefined || each.result.status === 'in-progress')) {
        const by = earlierOf(spans.at(-1)!.end, trackedEnd);
        return { ...credit, earnBack: 'pending', steps: [...credit.steps, step(`Can still be earned back by ${formatDate(by)}, if ${what} meets the target.`, credit.due)] };
    }
    return { ...credit, due: 0, earnBack: 'earned-back', steps: [...credit.steps, step(`Earned back: ${what} met the target.`, 0)] };
}
