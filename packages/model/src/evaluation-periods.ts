// Subpath imports, as in dates.ts: the `date-fns` barrel costs the server its cold start.
import { addBusinessDays } from 'date-fns/addBusinessDays';
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import type { CalendarPeriod, DurationUnitName } from './agreement-model.js';
import type { CalendarDate } from './dates.js';
import { calendarDate, calendarDateOf, compareDates, daysInMonth, monthKey } from './dates.js';
import type { EvaluationPeriod } from './evaluation-model.js';
import { duration } from './durations.js';
import { formatDate, formatMonth } from './format.js';

/**
 * The calendar periods a target is judged over (weeks Monday to Sunday, quarters Q1–Q4), and
 * the day arithmetic they need. Dates go through a local `Date` only to let date-fns count
 * days, so daylight saving never moves a day.
 */

/** A calendar period as the calendar has it, before it is clipped to the tracked days. */
export type CalendarSpan = Omit<EvaluationPeriod, 'from' | 'to'>;

/** The days an agreement tracks; `to` undefined: no end (open-ended, or none written). */
export interface TrackedDays {
    from: CalendarDate;
    to?: CalendarDate;
}

export const MINUTES_PER_DAY = 24 * 60;

export function localDate(date: CalendarDate): Date {
    const local = new Date(2000, date.month - 1, date.day);
    // As in dates.ts: years 0–99 keep their own number.
    local.setFullYear(date.year);
    return local;
}

export function shiftDays(date: CalendarDate, days: number): CalendarDate {
    return calendarDateOf(addDays(localDate(date), days));
}

/** A day so many units later (earlier when negative); months and years keep the day, or end the shorter month. */
export function shiftBy(date: CalendarDate, amount: number, unit: DurationUnitName): CalendarDate {
    const local = localDate(date);
    switch (unit) {
        case 'days': return calendarDateOf(addDays(local, amount));
        case 'business-days': return calendarDateOf(addBusinessDays(local, amount));
        case 'weeks': return calendarDateOf(addWeeks(local, amount));
        case 'months': return calendarDateOf(addMonths(local, amount));
        case 'years': return calendarDateOf(addYears(local, amount));
        // Minutes and hours reach into the day they end on.
        default: return shiftDays(date, Math.sign(amount) * Math.ceil(Math.abs(duration(amount, unit).minutes) / MINUTES_PER_DAY));
    }
}

/** How many days lie from `from` to `to`, both included. */
export function dayCount(from: CalendarDate, to: CalendarDate): number {
    return dayNumber(to) - dayNumber(from) + 1;
}

/** Days since 1 January 1970: in UTC, where no day is shorter for daylight saving. */
function dayNumber(date: CalendarDate): number {
    const utc = new Date(0);
    // Years 0–99 keep their own number, as in dates.ts.
    utc.setUTCFullYear(date.year, date.month - 1, date.day);
    return Math.round(utc.getTime() / 86_400_000);
}

/** Every day from `from` to `to`, both included. */
export function eachDay(from: CalendarDate, to: CalendarDate): CalendarDate[] {
    // Counted on the calendar's numbers rather than through a `Date` per day: evaluation walks
    // every day of every period.
    const days: CalendarDate[] = [];
    let { year, month, day } = from;
    for (let date = from; compareDates(date, to) <= 0; date = calendarDate(year, month, day)) {
        days.push(date);
        if (++day > daysInMonth(year, month)) {
            day = 1;
            if (++month > 12) {
                month = 1;
                year++;
            }
        }
    }
    return days;
}

export function earlierOf(a: CalendarDate, b: CalendarDate | undefined): CalendarDate {
    return b && compareDates(b, a) < 0 ? b : a;
}

function laterOf(a: CalendarDate, b: CalendarDate): CalendarDate {
    return compareDates(b, a) > 0 ? b : a;
}

/** The calendar period of a kind that holds a day. */
export function calendarSpan(date: CalendarDate, kind: CalendarPeriod): CalendarSpan {
    const { year, month } = date;
    switch (kind) {
        case 'day':
            return { kind, key: date.iso, label: formatDate(date), start: date, end: date };
        case 'week': {
            const monday = calendarDateOf(startOfISOWeek(localDate(date)));
            const local = localDate(date);
            const key = `${String(getISOWeekYear(local)).padStart(4, '0')}-W${String(getISOWeek(local)).padStart(2, '0')}`;
            return { kind, key, label: `week of ${formatDate(monday)}`, start: monday, end: shiftDays(monday, 6) };
        }
        case 'month':
            return { kind, key: monthKey(date), label: formatMonth(year, month), start: calendarDate(year, month, 1), end: calendarDate(year, month, daysInMonth(year, month)) };
        case 'quarter': {
            const quarter = Math.ceil(month / 3);
            const last = quarter * 3;
            return {
                kind,
                key: `${String(year).padStart(4, '0')}-Q${quarter}`,
                label: `Q${quarter} ${year}`,
                start: calendarDate(year, last - 2, 1),
                end: calendarDate(year, last, daysInMonth(year, last))
            };
        }
        case 'year':
            return { kind, key: String(year).padStart(4, '0'), label: String(year), start: calendarDate(year, 1, 1), end: calendarDate(year, 12, 31) };
    }
}

/** The calendar period right after one. */
export function nextSpan(span: CalendarSpan): CalendarSpan {
    return calendarSpan(shiftDays(span.end, 1), span.kind);
}

/** A calendar period's days inside the tracked ones. */
export function clip(span: CalendarSpan, tracked: TrackedDays): EvaluationPeriod {
    return { ...span, from: laterOf(span.start, tracked.from), to: earlierOf(span.end, tracked.to) };
}

/**
 * The periods of a kind from the one holding the first tracked day to the one holding the
 * last (without an end: today's), leaving out those that start after today.
 */
export function evaluationPeriods(kind: CalendarPeriod, tracked: TrackedDays, today: CalendarDate): EvaluationPeriod[] {
    const last = earlierOf(today, tracked.to);
    const periods: EvaluationPeriod[] = [];
    for (let span = calendarSpan(tracked.from, kind); compareDates(laterOf(span.start, tracked.from), last) <= 0; span = nextSpan(span)) {
        periods.push(clip(span, tracked));
    }
    return periods;
}
