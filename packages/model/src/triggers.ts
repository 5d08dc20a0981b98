import type { TriggerModel } from './agreement-model.js';
import type { EvaluationPeriod, PeriodResult, TriggerEvaluation, TriggerPeriod } from './evaluation-model.js';
import { segmentsText } from './prose.js';

/**
 * Structured penalties and rewards (issue #11: "structured penalty and reward triggers where
 * the language can state them"), evaluated over the periods of the metric's own series:
 *
 * - A period counts when its status is the condition's: `missed` for `below target`, `met` for
 *   `at or above target`.
 * - The trigger fires in the period where, among the last `window` periods (fewer at the start
 *   of tracking), `count` periods count; `N periods in a row` is N of the last N.
 * - A period without data counts neither way: it breaks a streak (`in a row` needs each of the
 *   N periods to count), and in a window it is one period that did not count. Its own state is
 *   `no-data`, since with data it might have fired.
 * - The running period is not counted: its state is `in-progress`.
 * - The periods that fired a trigger are not counted again: after `2 periods in a row` fires
 *   in March, a missed April starts a new streak, so three missed months fire once, four fire twice.
 */
export function evaluateTrigger(trigger: TriggerModel, periods: readonly PeriodResult[]): TriggerEvaluation {
    const counts = (result: PeriodResult) => result.status === trigger.condition;
    // The first period that no earlier firing used.
    let unused = 0;
    const states = periods.map((result, index): TriggerPeriod => {
        if (result.status === 'in-progress' || result.status === 'no-data') {
            return { period: result.period, state: result.status, counted: [] };
        }
        const counted = periods.slice(Math.max(unused, index - trigger.window + 1), index + 1).filter(counts);
        if (counts(result) && counted.length >= trigger.count) {
            unused = index + 1;
            return { period: result.period, state: 'fired', counted: counted.map(each => each.period) };
        }
        return { period: result.period, state: 'not-fired', counted: [] };
    });
    return {
        kind: trigger.kind,
        text: segmentsText(trigger.text),
        metric: trigger.metric,
        rule: triggerRule(trigger),
        periods: states,
        origin: trigger.origin
    };
}

/** The condition as the language writes it: `when Availability below target 2 periods in a row`. */
export function triggerRule(trigger: TriggerModel): string {
    return `when ${trigger.metric} ${triggerCondition(trigger)}`;
}

/** What the metric's periods must do for the trigger to fire: `below target in 2 of the last 6 periods`. */
export function triggerCondition(trigger: TriggerModel): string {
    const condition = `${trigger.condition === 'missed' ? 'below' : 'at or above'} target`;
    const periods = (count: number) => `${count} ${count === 1 ? 'period' : 'periods'}`;
    if (!trigger.consecutive) {
        return `${condition} in ${trigger.count} of the last ${periods(trigger.window)}`;
    }
    return trigger.count === 1 ? condition : `${condition} ${periods(trigger.count)} in a row`;
}

/** `February 2026 and March 2026`, `January 2026, March 2026 and April 2026`. */
export function periodList(periods: readonly EvaluationPeriod[]): string {
    const labels = periods.map(period => period.label);
    return labels.length <= 1 ? labels.join('') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}
