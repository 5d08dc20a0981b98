import type { AgreementModel, CreditScheduleModel, PeriodModel } from './agreement-model.js';
import { creditBasis } from './credit-amounts.js';
import type { UncappedCredit } from './credit-caps.js';
import { applyCaps } from './credit-caps.js';
import { creditTotals } from './credit-totals.js';
import { tierCredit } from './credits.js';
import type { CalendarDate } from './dates.js';
import { compareDates, monthKey } from './dates.js';
import { earnBack } from './earn-back.js';
import type { AgreementEvaluation, CreditResult, PeriodResult, PeriodStatus, SeriesEvaluation } from './evaluation-model.js';
import type { TrackedDays } from './evaluation-periods.js';
import { calendarSpan, earlierOf, evaluationPeriods } from './evaluation-periods.js';
import type { EvaluatedSeries } from './evaluation-series.js';
import { evaluatedSeries } from './evaluation-series.js';
import { computePacing } from './pacing.js';
import { periodValue } from './period-values.js';
import { marginOf, satisfies } from './target-comparison.js';
import { isMonthlyCountGoal } from './targets.js';
import { evaluateTrigger } from './triggers.js';

/**
 * Whether an agreement was kept, period by period, and the credits it owes: every metric and
 * segment with a target per calendar period, its periods from tracking start (seed: "with the
 * start date of your SLA, you can start tracking IT performance on the same date (unless
 * otherwise specified)") to the end or today, their values by rule, the credits of the
 * missed ones after tiers, minimum, caps and earn-back, the totals, and the structured penalties
 * and rewards. Pure: today is an input.
 */
export function evaluateAgreement(model: AgreementModel, options: { today: CalendarDate }): AgreementEvaluation {
    const { today } = options;
    const evaluated = evaluatedSeries(model).map(series => ({ series, periods: periodResults(model, series, today) }));
    const credits = new Map<PeriodResult, CreditResult[]>();
    for (const schedule of model.remedies.schedules) {
        const owed = scheduleCredits(model, schedule, evaluated);
        applyCaps(schedule, owed.map(each => each.uncapped)).forEach((credit, index) => {
            const { result, periods } = owed[index];
            const earned = model.remedies.earnBack && credit.due > 0
                ? earnBack(credit, result.period, periods, model.remedies.earnBack, trackedEnd(model.period))
                : credit;
            credits.set(result, [...credits.get(result) ?? [], earned]);
        });
    }
    const series: SeriesEvaluation[] = evaluated.map(({ series, periods }) => ({
        metric: series.metric.name,
        segment: series.segment?.name,
        title: titleOf(series),
        service: series.metric.service,
        target: series.target,
        rule: series.rule,
        ruleWritten: series.ruleWritten,
        periods: periods.map(result => ({ ...result, credits: credits.get(result) ?? [] })),
        origin: (series.segment ?? series.metric).origin
    }));
    // A trigger counts its metric's own series; a metric without a target per calendar period has none.
    const triggers = model.remedies.triggers.map(trigger => evaluateTrigger(trigger,
        evaluated.find(({ series: each }) => !each.segment && each.metric.name === trigger.metric)?.periods ?? []));
    return { today, series, totals: creditTotals(series), triggers };
}

function titleOf(series: EvaluatedSeries): string {
    return series.segment ? `${series.metric.title} — ${series.segment.title}` : series.metric.title;
}

function trackedEnd(period: PeriodModel | undefined): CalendarDate | undefined {
    return period?.openEnded ? undefined : period?.end;
}

/**
 * The days a series is tracked over: from tracking start (else the start) to the end. An
 * agreement without a start is tracked from the first period with data up to today.
 */
function trackedDays(period: PeriodModel | undefined, series: EvaluatedSeries, today: CalendarDate): TrackedDays | undefined {
    const to = trackedEnd(period);
    const from = period?.trackingStart ?? period?.start;
    if (from) {
        return { from, to };
    }
    const last = earlierOf(today, to);
    const first = series.points.map(point => point.date).filter(date => compareDates(date, last) <= 0).sort(compareDates)[0];
    return first && { from: calendarSpan(first, series.target.period).start, to };
}

function periodResults(model: AgreementModel, series: EvaluatedSeries, today: CalendarDate): PeriodResult[] {
    const tracked = trackedDays(model.period, series, today);
    if (!tracked) {
        return [];
    }
    const { comparator, value: target } = series.target;
    // Sorted once, so each period reads its own days' points rather than filtering them all.
    const points = [...series.points].sort((a, b) => compareDates(a.date, b.date));
    /** The index of the first point after `date`, or on or after it with `onOrAfter`. */
    const firstAfter = (date: CalendarDate, onOrAfter = false) => {
        let [low, high] = [0, points.length];
        while (low < high) {
            const middle = (low + high) >> 1;
            const comparison = compareDates(points[middle].date, date);
            [low, high] = comparison < 0 || (comparison === 0 && !onOrAfter) ? [middle + 1, high] : [low, middle];
        }
        return low;
    };
    return evaluationPeriods(series.target.period, tracked, today).map(period => {
        const running = compareDates(today, period.from) >= 0 && compareDates(today, period.to) <= 0;
        const to = running ? today : period.to;
        const inside = points.slice(firstAfter(period.from, true), firstAfter(to));
        // The running period counts its days up to today only: availability over the minutes gone by.
        const result = periodValue(series.rule, inside, { from: period.from, to, label: period.label });
        const status: PeriodStatus = running ? 'in-progress'
            : result.value === undefined ? 'no-data'
            : satisfies(result.value, comparator, target) ? 'met' : 'missed';
        // How far a running period is from its target says nothing yet: only a finished one has a margin.
        const margin = running || result.value === undefined ? undefined : marginOf(result.value, comparator, target);
        const pace = running && series.rule.kind === 'sum' && isMonthlyCountGoal(series.target)
            ? computePacing(model, series.paceTarget, { today, month: monthKey(period.start) }).status
            : undefined;
        return { period, status, value: result.value, margin, recorded: result.recorded, missingDays: result.missingDays, problem: result.problem, ambiguity: result.ambiguity, pace, downtime: result.downtime, credits: [] };
    });
}

interface OwedCredit {
    uncapped: UncappedCredit;
    result: PeriodResult;
    periods: PeriodResult[];
}

/** The credits a schedule gives for the missed periods of its metrics' own series; segments get none. */
function scheduleCredits(model: AgreementModel, schedule: CreditScheduleModel, evaluated: { series: EvaluatedSeries; periods: PeriodResult[] }[]): OwedCredit[] {
    return evaluated
        .filter(({ series }) => !series.segment && schedule.metrics.includes(series.metric.name))
        .flatMap(({ series, periods }) => periods
            .filter(result => result.status === 'missed' && result.value !== undefined)
            .map(result => {
                const basis = creditBasis(schedule, model.fees, result.period, result.downtime);
                const credit = tierCredit(schedule, basis, { title: series.metric.title, value: result.value!, unit: series.target.unit });
                return { uncapped: { credit, basis, metricOrder: schedule.metrics.indexOf(series.metric.name) }, result, periods };
            }));
}
