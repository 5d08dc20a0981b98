import type { TargetModel } from './agreement-model.js';

/**
 * Whether a target is a summable amount per month, the kind a pacing chart can split over
 * the days of the month: a count (not a percentage or a time) with a monthly period and a
 * goal to reach (`>=`, `>` or `=`), e.g. `target >= 400 per month`.
 */
export function isMonthlyCountGoal(target: TargetModel | undefined): target is TargetModel {
    return target !== undefined
        && target.unit === 'count'
        && target.period === 'month'
        && (target.comparator === '>=' || target.comparator === '>' || target.comparator === '=');
}
