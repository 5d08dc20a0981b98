import type { AgreementModel, MeasurementPoint, MetricModel, PeriodModel, SegmentModel, SourceLocation, TargetModel } from './agreement-model.js';
import type { CalendarDate } from './dates.js';
import { calendarDate, compareDates, daysInMonth, isCalendarDay, monthKey, parseMonthKey } from './dates.js';
import { isMonthlyCountGoal } from './targets.js';

/**
 * Pacing, after the seed's "chart the finish line": the daily target is the monthly goal
 * × 1/n (n the days in that month), shown cumulatively over the month beside the actual
 * cumulative results. Pure: today's date is an input, never the system clock.
 */

/** What a pacing says of the metric or segment it paces: not the whole element, only its name. */
export interface PacedElement {
    name: string;
    title: string;
    origin: SourceLocation;
}

/** A series that can be paced: a paced metric's total, or a segment with its own monthly goal. */
export interface PaceTarget {
    /** `LeadsDelivered` for a metric's total, `LeadsDelivered.DecisionMakers` for a segment. */
    id: string;
    metric: PacedElement;
    segment?: PacedElement;
    /** The monthly count goal: the metric's target, or the segment's. */
    goal: TargetModel;
}

export interface PacingOptions {
    today: CalendarDate;
    /** `YYYY-MM`; without it, the default month (see `defaultPaceMonth`). */
    month?: string;
}

export interface PacingDay {
    day: number;
    date: CalendarDate;
    dailyTarget: number;
    cumulativeTarget: number;
    /** The day's recorded result; undefined when nothing was recorded (it adds 0). */
    actual?: number;
    /** The running total through this day; undefined after the last day with data. */
    cumulativeActual?: number;
    /** cumulativeActual − cumulativeTarget, when there is a cumulative actual. */
    difference?: number;
}

export interface PaceStatus {
    /** The day compared: the last day with data that is not after today. */
    day: number;
    cumulativeActual: number;
    cumulativeTarget: number;
    /** Actual minus target: positive ahead, negative behind. */
    difference: number;
    /** The difference as a percentage of the cumulative target. */
    percent: number;
    standing: 'ahead' | 'behind' | 'on-pace';
}

export interface PaceProjection {
    /** Days 1…throughDay count toward the average; a day without data counts as 0. */
    throughDay: number;
    averageDaily: number;
    /** averageDaily × the days in the month. */
    value: number;
    reachesGoal: boolean;
}

/** Measurements that a pacing leaves out, so a reader can be told. */
export interface IgnoredMeasurements {
    /** Before tracking starts or after the period ends. */
    outsidePeriod: MeasurementPoint[];
    /** Inside the period but in another month than the one shown. */
    otherMonths: MeasurementPoint[];
    /** Dates no calendar has, such as 2026-02-30. */
    notInCalendar: MeasurementPoint[];
}

export interface Pacing {
    target: PaceTarget;
    /** The month shown, `YYYY-MM`. */
    month: string;
    year: number;
    monthNumber: number;
    daysInMonth: number;
    goal: number;
    dailyTarget: number;
    days: PacingDay[];
    /** The months that have measurements inside the period, sorted: the month picker's choices. */
    months: string[];
    /** Today's day of the month, when today falls in the month shown. */
    todayDay?: number;
    /** The last day of the month with a measurement. */
    lastDataDay?: number;
    /** Ahead or behind, when the month has data on or before today. */
    status?: PaceStatus;
    projection?: PaceProjection;
    ignored: IgnoredMeasurements;
}

/** Every series of the agreement that can be paced: `pace daily` with a monthly count goal. */
export function paceTargets(model: AgreementModel): PaceTarget[] {
    const targets: PaceTarget[] = [];
    for (const service of model.services) {
        for (const metric of service.metrics) {
            if (!metric.paced) {
                continue;
            }
            if (isPaceableGoal(metric.target)) {
                targets.push({ id: metric.name ?? '', metric: pacedElement(metric), goal: metric.target });
            }
            for (const segment of metric.segments) {
                if (isPaceableGoal(segment.target)) {
                    targets.push({ id: `${metric.name ?? ''}.${segment.name ?? ''}`, metric: pacedElement(metric), segment: pacedElement(segment), goal: segment.target });
                }
            }
        }
    }
    return targets;
}

function pacedElement(element: MetricModel | SegmentModel): PacedElement {
    return { name: element.name, title: element.title, origin: element.origin };
}

/** A monthly count goal with a number to split over the days (a half-typed target has none). */
function isPaceableGoal(target: TargetModel | undefined): target is TargetModel {
    return isMonthlyCountGoal(target) && Number.isFinite(target.value);
}

/** The measurements of one series: the segment's points, or the points without a segment for the total. */
export function seriesPoints(model: AgreementModel, target: PaceTarget): MeasurementPoint[] {
    const segment = target.segment?.name;
    return model.measurements
        .filter(series => series.metric === target.metric.name)
        .flatMap(series => series.points)
        .filter(point => point.segment === segment);
}

/** Whether a day lies inside the tracked period: from tracking start (else start) to the end. */
export function isInsidePeriod(date: CalendarDate, period: PeriodModel | undefined): boolean {
    const from = period?.trackingStart ?? period?.start;
    return (!from || compareDates(date, from) >= 0) && (!period?.end || compareDates(date, period.end) <= 0);
}

/** The months with data, sorted; the months a picker offers. */
export function monthsWithData(points: MeasurementPoint[]): string[] {
    return [...new Set(points.map(point => monthKey(point.date)))].sort();
}

/**
 * The month to show first: today's month when it has data; else the latest month with data
 * up to today (a month whose results have not arrived yet would show an empty chart); else
 * today's month when today is inside the period; else the latest month with data.
 */
export function defaultPaceMonth(months: string[], today: CalendarDate, period: PeriodModel | undefined): string {
    const current = monthKey(today);
    if (months.includes(current)) {
        return current;
    }
    const past = months.filter(month => month < current);
    if (past.length > 0) {
        return past.at(-1)!;
    }
    const todayInPeriod = period !== undefined && (period.start !== undefined || period.end !== undefined)
        && (!period.start || compareDates(today, period.start) >= 0)
        && (!period.end || compareDates(today, period.end) <= 0);
    return todayInPeriod ? current : months.at(-1) ?? current;
}

/** The pacing of one series over one month. */
export function computePacing(model: AgreementModel, target: PaceTarget, options: PacingOptions): Pacing {
    // A row a recovering parser left without its number adds nothing.
    const all = seriesPoints(model, target).filter(point => Number.isFinite(point.value));
    // A day past the month's end would fall off the chart; leave it out and say so.
    const points = all.filter(point => isCalendarDay(point.date));
    const inPeriod = points.filter(point => isInsidePeriod(point.date, model.period));
    const outsidePeriod = points.filter(point => !isInsidePeriod(point.date, model.period));
    const months = monthsWithData(inPeriod);
    const month = (options.month !== undefined && parseMonthKey(options.month) ? options.month.trim() : undefined)
        ?? defaultPaceMonth(months, options.today, model.period);
    const { year, month: monthNumber } = parseMonthKey(month)!;
    const n = daysInMonth(year, monthNumber);
    const goal = target.goal.value;

    // Several rows for one day add up: each is a count recorded that day.
    const actualByDay = new Map<number, number>();
    for (const point of inPeriod) {
        if (monthKey(point.date) === month) {
            actualByDay.set(point.date.day, (actualByDay.get(point.date.day) ?? 0) + point.value);
        }
    }
    const dataDays = [...actualByDay.keys()].sort((a, b) => a - b);
    const lastDataDay = dataDays.at(-1);

    const days: PacingDay[] = [];
    let running = 0;
    for (let day = 1; day <= n; day++) {
        const actual = actualByDay.get(day);
        running += actual ?? 0;
        const cumulativeTarget = goal * day / n;
        const cumulativeActual = lastDataDay !== undefined && day <= lastDataDay ? running : undefined;
        days.push({
            day,
            date: calendarDate(year, monthNumber, day),
            dailyTarget: goal / n,
            cumulativeTarget,
            actual,
            cumulativeActual,
            difference: cumulativeActual === undefined ? undefined : cumulativeActual - cumulativeTarget
        });
    }

    const todayKey = monthKey(options.today);
    const todayDay = todayKey === month ? options.today.day : undefined;
    // Only data up to today tells where the metric stands; a month still to come has no standing.
    const cutoff = todayDay ?? (todayKey > month ? n : 0);
    const statusDay = dataDays.filter(day => day <= cutoff).at(-1);
    const status = statusDay === undefined ? undefined : paceStatus(days[statusDay - 1]);
    const projection = status === undefined ? undefined : project(status, n, target.goal);

    return {
        target,
        month,
        year,
        monthNumber,
        daysInMonth: n,
        goal,
        dailyTarget: goal / n,
        days,
        months,
        todayDay,
        lastDataDay,
        status,
        projection,
        ignored: {
            outsidePeriod,
            otherMonths: inPeriod.filter(point => monthKey(point.date) !== month),
            notInCalendar: all.filter(point => !isCalendarDay(point.date))
        }
    };
}

function paceStatus(day: PacingDay): PaceStatus {
    const cumulativeActual = day.cumulativeActual!;
    const difference = cumulativeActual - day.cumulativeTarget;
    // Sums of fractions (400 × d / 31) differ from whole counts by rounding noise only.
    const rounded = Math.abs(difference) < 1e-9 ? 0 : difference;
    return {
        day: day.day,
        cumulativeActual,
        cumulativeTarget: day.cumulativeTarget,
        difference: rounded,
        percent: day.cumulativeTarget === 0 ? 0 : rounded / day.cumulativeTarget * 100,
        standing: rounded > 0 ? 'ahead' : rounded < 0 ? 'behind' : 'on-pace'
    };
}

function project(status: PaceStatus, n: number, goal: TargetModel): PaceProjection {
    const averageDaily = status.cumulativeActual / status.day;
    const value = averageDaily * n;
    return {
        throughDay: status.day,
        averageDaily,
        value,
        reachesGoal: goal.comparator === '>' ? value > goal.value : value >= goal.value - 1e-9
    };
}

/** The pace target a command line or a hover names: a metric, optionally one of its segments. */
export function findPaceTarget(model: AgreementModel, metric: string, segment?: string): PaceTarget | undefined {
    return paceTargets(model).find(target => target.metric.name === metric && target.segment?.name === segment);
}
