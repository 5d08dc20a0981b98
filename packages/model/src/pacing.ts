import type { AgreementModel, MeasurementPoint, MetricModel, PeriodModel, SegmentModel, SourceLocation, TargetModel } from './agreement-model.js';
import type { CalendarDate } from './dates.js';
import { calendarDate, compareDates, daysInMonth, isCalendarDay, monthKey, parseMonthKey } from './dates.js';
import { isMonthlyCountGoal } from './targets.js';
import { paceDays } from './business-calendar.js';

/**
 * Pacing, after the seed's "chart the finish line": the daily target is the monthly goal
 * × 1/n (n the days in that month), shown cumulatively over the month beside the actual
 * cumulative results; with `pace daily over working days`, n is the month's working days on
 * the metric's clock and a day off adds nothing. Pure: today's date is an input, never the system clock.
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
    /** The day's recorded result; undefined when nothing was recorded (it adds 0) and after today. */
    actual?: number;
    /** The running total through this day; undefined after the last day with data up to today. */
    cumulativeActual?: number;
    /** cumulativeActual − cumulativeTarget, when there is a cumulative actual. */
    difference?: number;
}

export interface PaceStatus {
    /** The day compared: the last day with data (which is never after today). */
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
    /** averageDaily × the days in the month (its working days, when paced over them). */
    value: number;
    reachesGoal: boolean;
}

/** A finished month's result: what it reached against the goal, with nothing left to project. */
export interface PaceFinal {
    /** Everything recorded in the month, up to the period's end. */
    value: number;
    /** Whether the value satisfies the goal's comparator (`>=`, `>` or `=`). */
    met: boolean;
    /** value − goal: positive above the goal, negative below. */
    margin: number;
    /** Days of the month inside the period that have no data, in order. */
    daysWithoutData: number[];
}

/**
 * Where the month shown stands against today: `upcoming` before it starts, `running` while
 * today is inside it and the period lasts, `finished` once its last day (or the period's) is past.
 */
export type PacePhase = 'upcoming' | 'running' | 'finished';

/** Measurements that a pacing leaves out, so a reader can be told. */
export interface IgnoredMeasurements {
    /** Before tracking starts or after the period ends. */
    outsidePeriod: MeasurementPoint[];
    /** Inside the period but in another month than the one shown. */
    otherMonths: MeasurementPoint[];
    /** In the month shown but dated after today: results that cannot have happened yet. */
    afterToday: MeasurementPoint[];
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
    /** The goal over the days that count: the days of the month, or its working days. */
    dailyTarget: number;
    /** With `pace daily over working days` on a business calendar: the working days of the month. */
    workingDays?: number;
    days: PacingDay[];
    /** The months that have measurements inside the period, sorted: the month picker's choices. */
    months: string[];
    /** Today's day of the month, when today falls in the month shown. */
    todayDay?: number;
    /** The month shown against today and the period's end. */
    phase: PacePhase;
    /** The last day of the month with a measurement that is not after today. */
    lastDataDay?: number;
    /** Ahead or behind, when the month has data on or before today. */
    status?: PaceStatus;
    /** While the month runs: where its average so far would end. */
    projection?: PaceProjection;
    /** Once the month is finished, when it has data: its result. */
    final?: PaceFinal;
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

/** A series' usable points: inside the period, outside it, and on days no calendar has. */
function sortPoints(model: AgreementModel, target: PaceTarget) {
    // A row a recovering parser left without its number adds nothing.
    const all = seriesPoints(model, target).filter(point => Number.isFinite(point.value));
    // A day past the month's end would fall off the chart; leave it out and say so.
    const points = all.filter(point => isCalendarDay(point.date));
    return {
        inPeriod: points.filter(point => isInsidePeriod(point.date, model.period)),
        outsidePeriod: points.filter(point => !isInsidePeriod(point.date, model.period)),
        notInCalendar: all.filter(point => !isCalendarDay(point.date))
    };
}

/** The months a series has measurements in inside the period, sorted: a pacing's `months`. */
export function paceMonths(model: AgreementModel, target: PaceTarget): string[] {
    return monthsWithData(sortPoints(model, target).inPeriod);
}

/** The pacing of one series over one month. */
export function computePacing(model: AgreementModel, target: PaceTarget, options: PacingOptions): Pacing {
    const { inPeriod, outsidePeriod, notInCalendar } = sortPoints(model, target);
    const months = monthsWithData(inPeriod);
    const month = (options.month !== undefined && parseMonthKey(options.month) ? options.month.trim() : undefined)
        ?? defaultPaceMonth(months, options.today, model.period);
    const { year, month: monthNumber } = parseMonthKey(month)!;
    const n = daysInMonth(year, monthNumber);
    const goal = target.goal.value;
    // `pace daily over working days`: the goal is split over the days that count, and a day off adds nothing.
    // By default every day counts: goal × 1/n (seed: "chart the finish line").
    const counts = paceDays(model, target.metric.name, year, monthNumber, n);
    const countingDays = counts.filter(Boolean).length;
    const perDay = countingDays === 0 ? 0 : goal / countingDays;

    const inMonth = inPeriod.filter(point => monthKey(point.date) === month);
    // A result dated after today cannot have happened yet: plotted, it would show progress no one made.
    const afterToday = inMonth.filter(point => compareDates(point.date, options.today) > 0);
    // Several rows for one day add up: each is a count recorded that day.
    const actualByDay = new Map<number, number>();
    for (const point of inMonth) {
        if (compareDates(point.date, options.today) <= 0) {
            actualByDay.set(point.date.day, (actualByDay.get(point.date.day) ?? 0) + point.value);
        }
    }
    const lastDataDay = [...actualByDay.keys()].sort((a, b) => a - b).at(-1);

    const days: PacingDay[] = [];
    let running = 0;
    let counted = 0;
    for (let day = 1; day <= n; day++) {
        const actual = actualByDay.get(day);
        running += actual ?? 0;
        counted += counts[day - 1] ? 1 : 0;
        const cumulativeTarget = countingDays === 0 ? goal : goal * counted / countingDays;
        const cumulativeActual = lastDataDay !== undefined && day <= lastDataDay ? running : undefined;
        days.push({
            day,
            date: calendarDate(year, monthNumber, day),
            dailyTarget: counts[day - 1] ? perDay : 0,
            cumulativeTarget,
            actual,
            cumulativeActual,
            difference: cumulativeActual === undefined ? undefined : cumulativeActual - cumulativeTarget
        });
    }

    const todayDay = monthKey(options.today) === month ? options.today.day : undefined;
    const phase = pacePhase(days, options.today, model.period);
    // Every day with data is on or before today, so the last of them tells where the metric stands.
    const status = lastDataDay === undefined ? undefined : paceStatus(days[lastDataDay - 1]);
    // A finished month has a result, not a forecast.
    const projection = status === undefined || phase === 'finished' ? undefined
        : project(status, counts.slice(0, status.day).filter(Boolean).length, countingDays, target.goal);
    const final = status === undefined || phase !== 'finished' ? undefined : finalResult(status, days, target.goal, model.period);

    return {
        target,
        month,
        year,
        monthNumber,
        daysInMonth: n,
        goal,
        dailyTarget: perDay,
        workingDays: counts.every(Boolean) ? undefined : countingDays,
        days,
        months,
        todayDay,
        phase,
        lastDataDay,
        status,
        projection,
        final,
        ignored: {
            outsidePeriod,
            otherMonths: inPeriod.filter(point => monthKey(point.date) !== month),
            afterToday,
            notInCalendar
        }
    };
}

/** A month is finished once its last day, or the period's end when that comes first, is before today. */
function pacePhase(days: PacingDay[], today: CalendarDate, period: PeriodModel | undefined): PacePhase {
    const last = days[days.length - 1].date;
    const closing = period?.end && compareDates(period.end, last) < 0 ? period.end : last;
    if (compareDates(closing, today) < 0) {
        return 'finished';
    }
    return compareDates(days[0].date, today) > 0 ? 'upcoming' : 'running';
}

/** Sums of fractions (400 × d / 31) differ from whole counts by rounding noise only. */
function withoutNoise(value: number): number {
    return Math.abs(value) < 1e-9 ? 0 : value;
}

function paceStatus(day: PacingDay): PaceStatus {
    const cumulativeActual = day.cumulativeActual!;
    const difference = withoutNoise(cumulativeActual - day.cumulativeTarget);
    return {
        day: day.day,
        cumulativeActual,
        cumulativeTarget: day.cumulativeTarget,
        difference,
        percent: day.cumulativeTarget === 0 ? 0 : difference / day.cumulativeTarget * 100,
        standing: difference > 0 ? 'ahead' : difference < 0 ? 'behind' : 'on-pace'
    };
}

/** The average over the days that counted so far, times the days that count in the month (every day, by default). */
function project(status: PaceStatus, countedSoFar: number, countingDays: number, goal: TargetModel): PaceProjection {
    // Results recorded before the first working day of the month: nothing to average over yet.
    const averageDaily = countedSoFar === 0 ? 0 : status.cumulativeActual / countedSoFar;
    const value = countedSoFar === 0 ? status.cumulativeActual : averageDaily * countingDays;
    return {
        throughDay: status.day,
        averageDaily,
        value,
        reachesGoal: goal.comparator === '>' ? value > goal.value : value >= goal.value - 1e-9
    };
}

/** In a finished month every result is in, so the cumulative actual of the last day with data is the total. */
function finalResult(status: PaceStatus, days: PacingDay[], goal: TargetModel, period: PeriodModel | undefined): PaceFinal {
    const value = status.cumulativeActual;
    const margin = withoutNoise(value - goal.value);
    return {
        value,
        met: goal.comparator === '>' ? margin > 0 : goal.comparator === '=' ? margin === 0 : margin >= 0,
        margin,
        // Days before tracking starts or after the period ends owe no data.
        daysWithoutData: days.filter(day => day.actual === undefined && isInsidePeriod(day.date, period)).map(day => day.day)
    };
}

/** The pace target a command line or a hover names: a metric, optionally one of its segments. */
export function findPaceTarget(model: AgreementModel, metric: string, segment?: string): PaceTarget | undefined {
    return paceTargets(model).find(target => target.metric.name === metric && target.segment?.name === segment);
}
