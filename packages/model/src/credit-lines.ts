import type { CreditScheduleModel, MetricModel, RemediesModel } from './agreement-model.js';

/**
 * The credit schedules that the older tier lines mean: `credit 10 % when below 99.9 % for
 * Availability` is a tier of 10 % of the fee below 99.9 %, with no lower bound. The lines of
 * one metric, and the lines that name none, form that metric's schedule (named `''`), under
 * which the worst tier applies and the remedies' `cap … per …` lines bound the credit. A line
 * that names no metric applies to every metric with a percentage target.
 */
export function schedulesOfCreditLines(remedies: Pick<RemediesModel, 'credits' | 'caps'>, metrics: readonly MetricModel[]): CreditScheduleModel[] {
    const named = new Set(remedies.credits.flatMap(line => line.metric ?? []));
    const general = remedies.credits.filter(line => line.metric === undefined);
    const covered = metrics.filter(metric => named.has(metric.name) || (general.length > 0 && metric.target?.unit === '%'));
    return covered.map(metric => {
        const lines = remedies.credits.filter(line => line.metric === metric.name || line.metric === undefined);
        return {
            name: '',
            combine: 'worst',
            tiers: lines.map(line => ({ amount: { kind: 'percent', value: line.credit }, upper: { value: line.below, inclusive: false }, origin: line.origin })),
            caps: remedies.caps.map(cap => ({ amount: { kind: 'percent', value: cap.value }, per: cap.period as CreditScheduleModel['caps'][number]['per'], origin: cap.origin })),
            metrics: [metric.name],
            origin: lines[0].origin
        };
    });
}
