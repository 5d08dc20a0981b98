import type { AgreementModel, MetricModel, SegmentModel, TargetModel } from './agreement-model.js';
import type { CalendarDate } from './dates.js';
import { daysInMonth, monthKey } from './dates.js';
import { formatAmount, formatMonth } from './format.js';
import { defaultPaceMonth, monthsWithData } from './pacing.js';
import { isMonthlyCountGoal } from './targets.js';

/** The part of a monthly goal to reach each day: goal × 1/n in a month of n days (seed: "chart the finish line"). */
export interface DailyPace {
    perDay: number;
    days: number;
    /** `YYYY-MM` of the month the pace is for. */
    month: string;
    /** `≈ 12.9/day in a 31-day month` */
    label: string;
    /** `400 per month over the 31 days of March 2026` */
    explanation: string;
}

/**
 * The daily pace a monthly count goal implies in the month the pacing chart shows first:
 * today's month while the agreement runs, else the latest month with results.
 */
export function dailyPaceOf(model: AgreementModel, metric: MetricModel, target: TargetModel | undefined, segment: SegmentModel | undefined, today: CalendarDate): DailyPace | undefined {
    if (!isMonthlyCountGoal(target)) {
        return undefined;
    }
    const points = model.measurements
        .filter(series => series.metric === metric.name)
        .flatMap(series => series.points)
        .filter(point => point.segment === segment?.name);
    const month = defaultPaceMonth(monthsWithData(points), today, model.period);
    const [year, monthNumber] = month.split('-').map(Number);
    return dailyPace(target.value, year, monthNumber);
}

export function dailyPace(goal: number, year: number, month: number): DailyPace {
    const days = daysInMonth(year, month);
    const perDay = goal / days;
    return {
        perDay,
        days,
        month: monthKey({ year, month }),
        label: `≈ ${formatAmount(perDay)}/day in a ${days}-day month`,
        explanation: `${formatAmount(goal)} per month over the ${days} days of ${formatMonth(year, month)}`
    };
}
