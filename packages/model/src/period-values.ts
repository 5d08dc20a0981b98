import type { MeasurementPoint, PeriodRule } from './agreement-model.js';
import type { CalendarDate } from './dates.js';
import { compareDates } from './dates.js';
import { dayCount, eachDay, MINUTES_PER_DAY } from './evaluation-periods.js';

/**
 * The one value of an evaluation period from the values recorded in it, by the metric's
 * rule (`computed as …`, else the default for its target). A period that gives no single
 * value says why in `problem`, with how to state it, instead of guessing.
 */

export interface PeriodValue {
    value?: number;
    /** The recorded values read. */
    recorded: number;
    /** Under the rules that add up days (`sum`, `ratio`, `availability`): the days without a value, which count as 0. */
    missingDays: CalendarDate[];
    problem?: string;
    /**
     * What makes the data ambiguous, when it is: several values in a period whose rule reads one
     * (`period`), or several on a day whose rule adds one a day (`day`). A ratio whose total is 0
     * has a problem but no ambiguity.
     */
    ambiguity?: 'period' | 'day';
    /** Under `availability`: the minutes of downtime recorded. */
    downtime?: number;
}

/** The days of a period that are evaluated: its tracked days, up to today while it runs. */
export interface EvaluatedDays {
    from: CalendarDate;
    to: CalendarDate;
    /** How the period is called in a problem: `March 2026`. */
    label: string;
}

/** `points` are the series' own: a segment's, the metric's without a segment, or under `ratio` the two segments'. */
export function periodValue(rule: PeriodRule, points: readonly MeasurementPoint[], days: EvaluatedDays): PeriodValue {
    const inside = points.filter(point => compareDates(point.date, days.from) >= 0 && compareDates(point.date, days.to) <= 0);
    const values = inside.map(point => point.value);
    switch (rule.kind) {
        case 'sum':
            return daily(inside, days, () => ({ value: total(inside) }));
        case 'availability':
            return daily(inside, days, () => {
                const minutes = dayCount(days.from, days.to) * MINUTES_PER_DAY;
                const downtime = total(inside);
                return { value: 100 * (minutes - downtime) / minutes, downtime };
            });
        case 'ratio':
            return daily(inside, days, () => {
                const good = total(inside.filter(point => point.segment === rule.good));
                const all = total(inside.filter(point => point.segment === rule.total));
                return all === 0
                    ? { problem: `The total (${rule.total}) is 0 in ${days.label}, so there is no ratio of ${rule.good} to it.` }
                    : { value: 100 * good / all };
            });
        case 'recorded':
            if (values.length > 1) {
                return {
                    recorded: values.length, missingDays: [], ambiguity: 'period',
                    problem: `There are ${values.length} values for ${days.label}, where one value per period is read: `
                        + 'state how they combine (e.g. write `computed as average`) or record one value per period.'
                };
            }
            return { value: values[0], recorded: values.length, missingDays: [] };
        case 'average':
            return ofValues(values, () => total(inside) / values.length);
        case 'maximum':
            return ofValues(values, () => Math.max(...values));
        case 'minimum':
            return ofValues(values, () => Math.min(...values));
    }
}

function total(points: readonly MeasurementPoint[]): number {
    return points.reduce((sum, point) => sum + point.value, 0);
}

function ofValues(values: number[], compute: () => number): PeriodValue {
    return { value: values.length > 0 ? compute() : undefined, recorded: values.length, missingDays: [] };
}

/**
 * A rule that adds up one value a day: a day without a row counts as 0 and is listed; a day
 * with two rows has no single value, and the period none either, so nothing is added twice.
 */
function daily(inside: MeasurementPoint[], days: EvaluatedDays, compute: () => Pick<PeriodValue, 'value' | 'problem' | 'downtime'>): PeriodValue {
    const recordedDays = new Set(inside.map(point => point.date.iso));
    // Walk the days only when some are missing: most periods have every day.
    const missingDays = recordedDays.size >= dayCount(days.from, days.to) ? [] : eachDay(days.from, days.to).filter(day => !recordedDays.has(day.iso));
    if (inside.length === 0) {
        return { recorded: 0, missingDays };
    }
    // Rows on as many days as there are rows: no day has two.
    const problem = recordedDays.size === inside.length ? undefined : duplicateDays(inside);
    return { recorded: inside.length, missingDays, ...(problem ? { problem, ambiguity: 'day' as const } : compute()) };
}

/** `2 values recorded for 2026-03-05; a day has one value.` */
function duplicateDays(points: MeasurementPoint[]): string | undefined {
    const counts = new Map<string, number>();
    for (const point of points) {
        const key = point.segment === undefined ? point.date.iso : `${point.date.iso} (${point.segment})`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const repeated = [...counts].filter(([, count]) => count > 1).sort(([a], [b]) => a < b ? -1 : 1);
    if (repeated.length === 0) {
        return undefined;
    }
    const listed = repeated.map(([day, count], index) => index === 0 ? `${count} values recorded for ${day}` : `${count} for ${day}`);
    return `${listed.join(', ')}; a day has one value.`;
}
