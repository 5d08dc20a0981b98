import type { AgreementModel, MetricModel, SegmentModel, TargetModel } from './agreement-model.js';
import type { CalendarDate } from './dates.js';
import { daysInMonth, monthKey } from './dates.js';
import { formatAmount, formatMonth } from './format.js';
import { paceDays } from './business-calendar.js';
import { defaultPaceMonth, monthsWithData } from './pacing.js';
import { isMonthlyCountGoal } from './targets.js';

/**
 * The part of a monthly goal to reach each day: goal × 1/n in a month of n days (seed: "chart
 * the finish line"), or goal × 1/w over its w working days with `pace daily over working days`.
 */
export interface DailyPace {
    perDay: number;
    /** The days the goal is split over: of the month, or its working days. */
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
    if (metric.pacedOverWorkingDays) {
        const working = paceDays(model, metric.name, year, monthNumber, daysInMonth(year, monthNumber)).filter(Boolean).length;
        if (working < daysInMonth(year, monthNumber)) {
            return dailyPaceOverWorkingDays(target.value, year, monthNumber, working);
        }
    }
    return dailyPace(target.value, year, monthNumber);
}

/** `pace daily over working days`: goal × 1/w over the w working days of the month. */
export function dailyPaceOverWorkingDays(goal: number, year: number, month: number, workingDays: number): DailyPace {
    const perDay = workingDays === 0 ? 0 : goal / workingDays;
    return {
        perDay,
        days: workingDays,
        month: monthKey({ year, month }),
        label: `≈ ${formatAmount(perDay)}/working day in a month of ${workingDays} working days`,
        explanation: `${formatAmount(goal)} per month over the ${workingDays} working days of ${formatMonth(year, month)}`
    };
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
