import type { AgreementModel, CalendarPeriod, MeasurementPoint, MetricModel, PeriodRule, SegmentModel, TargetModel } from './agreement-model.js';
import { isCalendarDay } from './dates.js';
import type { PaceTarget } from './pacing.js';
import { isInsidePeriod, seriesPoints } from './pacing.js';

/**
 * What an evaluation judges: every metric, and every segment with a target of its own, whose
 * target counts over a calendar period. A target per incident, request or case is judged per
 * item, not per period, and is not evaluated here.
 */

/** A target over a calendar period. */
export type PeriodTarget = TargetModel & { period: CalendarPeriod };

export interface EvaluatedSeries {
    metric: MetricModel;
    segment?: SegmentModel;
    target: PeriodTarget;
    rule: PeriodRule;
    ruleWritten: boolean;
    /** The series as pacing names it, for its points and its pace. */
    paceTarget: PaceTarget;
    /** The points the rule reads, inside the tracked period; under `ratio`, the two segments'. */
    points: MeasurementPoint[];
}

const CALENDAR_PERIODS: readonly string[] = ['day', 'week', 'month', 'quarter', 'year'] satisfies CalendarPeriod[];

export function isPeriodTarget(target: TargetModel | undefined): target is PeriodTarget {
    return target !== undefined && CALENDAR_PERIODS.includes(target.period ?? '') && Number.isFinite(target.value);
}

/** The rule a target has when none is written: counts add up, a percentage or a time is recorded once a period. */
export function defaultRule(target: TargetModel): PeriodRule {
    return target.unit === 'count' ? { kind: 'sum' } : { kind: 'recorded' };
}

/** In model order: services, their metrics, each metric followed by its segments. */
export function evaluatedSeries(model: AgreementModel): EvaluatedSeries[] {
    return model.services.flatMap(service => service.metrics).flatMap(metric => [
        ...(isPeriodTarget(metric.target) ? [seriesOf(model, metric, undefined, metric.target)] : []),
        ...metric.segments.flatMap(segment => isPeriodTarget(segment.target) ? [seriesOf(model, metric, segment, segment.target)] : [])
    ]);
}

function seriesOf(model: AgreementModel, metric: MetricModel, segment: SegmentModel | undefined, target: PeriodTarget): EvaluatedSeries {
    const written = metric.computed?.rule;
    // A ratio is of the metric's two segments; a segment's own target keeps the default rule.
    const ruleWritten = written !== undefined && !(segment && written.kind === 'ratio');
    const rule = ruleWritten ? written : defaultRule(target);
    const element = (each: MetricModel | SegmentModel) => ({ name: each.name, title: each.title, origin: each.origin });
    const paceTarget: PaceTarget = {
        id: segment ? `${metric.name}.${segment.name}` : metric.name,
        metric: element(metric),
        segment: segment && element(segment),
        goal: target
    };
    const ofSegment = (name: string) => seriesPoints(model, { ...paceTarget, segment: { name, title: name, origin: metric.origin } });
    const points = rule.kind === 'ratio' ? [...ofSegment(rule.good), ...ofSegment(rule.total)] : seriesPoints(model, paceTarget);
    return {
        metric,
        segment,
        target,
        rule,
        ruleWritten,
        paceTarget,
        // As pacing does: a row without its number, or on a day no calendar has, adds nothing.
        points: points.filter(point => Number.isFinite(point.value) && isCalendarDay(point.date) && isInsidePeriod(point.date, model.period))
    };
}
