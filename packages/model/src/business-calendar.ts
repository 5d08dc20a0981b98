import { tzOffset } from '@date-fns/tz';
import type { AgreementModel, CalendarModel, ClockName, DurationModel, Weekday } from './agreement-model.js';
import { ALWAYS_ON_CLOCK } from './agreement-model.js';
import type { CalendarDate } from './dates.js';
import { calendarDate } from './dates.js';
import type { WorkingClock } from './working-clock.js';
import { ALWAYS_ON } from './working-clock.js';

/**
 * Business calendars as clocks: working hours per weekday in an IANA time zone, minus the
 * days off (listed holidays, and the public holidays of its regions, which the model carries
 * as dates: `holiday-regions.ts` reads them from `date-holidays` where the model is built, so
 * the VS Code client and the preview never load its data). Local wall
 * times become instants through the zone's offset at that moment (`tzOffset` of
 * `@date-fns/tz`), so a span that crosses a daylight-saving change holds the minutes that
 * really pass: `00:00 to 24:00` is 23 hours on the spring change and 25 on the autumn one.
 * A wall time the spring change skips is read as the same time in the offset before it
 * (02:30 in Berlin on 2026-03-29 is 03:30 CEST); one the autumn change repeats is its first
 * occurrence.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;
/** Day 0 of `Date.getUTCDay()` is Sunday. */
export const WEEKDAYS: readonly Weekday[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** The order a week is read in: Monday first. */
export const WEEK_ORDER: readonly Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** How far a clock looks for working time before it gives up: ten years of days. */
const SEARCH_DAYS = 3660;

/** A clock that runs on a business calendar: the calendar, and the length of its working day. */
export interface BusinessClock extends WorkingClock {
    readonly calendar: CalendarModel;
    /** The minutes of the calendar's working day: what one business day is on it (`workingDayMinutes`). */
    readonly workingDayMinutes: number;
}

/** Whether `zone` is a time zone this runtime knows (an IANA name such as `Europe/Berlin`, or `UTC`). */
export function isTimeZone(zone: string): boolean {
    if (zone.trim() === '') {
        return false;
    }
    try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
    } catch {
        return false;
    }
}

/** The instant a local wall time has in a zone (see the module comment for skipped and repeated times). */
export function zonedInstant(timeZone: string, date: Pick<CalendarDate, 'year' | 'month' | 'day'>, minuteOfDay: number): number {
    const wall = Date.UTC(date.year, date.month - 1, date.day) + minuteOfDay * MINUTE;
    const before = tzOffset(timeZone, new Date(wall - DAY / 2));
    const after = tzOffset(timeZone, new Date(wall + DAY / 2));
    const valid = [...new Set([before, after])]
        .map(offset => ({ offset, instant: wall - offset * MINUTE }))
        .filter(candidate => tzOffset(timeZone, new Date(candidate.instant)) === candidate.offset)
        .map(candidate => candidate.instant);
    return valid.length > 0 ? Math.min(...valid) : wall - before * MINUTE;
}

/** The local calendar day an instant falls on in a zone, as a day number (days since 1970-01-01). */
function localDayNumber(timeZone: string, instant: number): number {
    return Math.floor((instant + tzOffset(timeZone, new Date(instant)) * MINUTE) / DAY);
}

function dateOfDayNumber(dayNumber: number): CalendarDate {
    const date = new Date(dayNumber * DAY);
    return calendarDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The working spans of one weekday in minutes after midnight, overlaps merged, in order. */
export function daySpans(calendar: CalendarModel, day: Weekday): [number, number][] {
    const spans = calendar.hours.filter(span => span.day === day && span.end > span.start)
        .map(span => [span.start, span.end] as [number, number])
        .sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const span of spans) {
        const last = merged.at(-1);
        if (last && span[0] <= last[1]) {
            last[1] = Math.max(last[1], span[1]);
        } else {
            merged.push([...span]);
        }
    }
    return merged;
}

/**
 * The length of the calendar's working day in minutes, by the wall clock: the daily total
 * most of its working weekdays have (the longer one on a tie). `monday to friday 07:30 to
 * 17:30; saturday 09:00 to 12:00` has 10-hour days on five weekdays and a 3-hour one on one:
 * its working day is 600 minutes. 0 for a calendar without working time.
 */
export function workingDayMinutes(calendar: CalendarModel): number {
    const counts = new Map<number, number>();
    for (const day of WEEK_ORDER) {
        const total = daySpans(calendar, day).reduce((sum, [start, end]) => sum + end - start, 0);
        if (total > 0) {
            counts.set(total, (counts.get(total) ?? 0) + 1);
        }
    }
    let best = 0;
    let bestCount = 0;
    for (const [total, count] of counts) {
        if (count > bestCount || (count === bestCount && total > best)) {
            best = total;
            bestCount = count;
        }
    }
    return best;
}

/** Whether the calendar has any working time in its week. */
export function hasWorkingTime(calendar: CalendarModel): boolean {
    return WEEK_ORDER.some(day => daySpans(calendar, day).length > 0);
}

/** The calendar's days off in a year: the listed holidays and its regions' public holidays, as `YYYY-MM-DD`. */
function daysOff(calendar: CalendarModel, year: number): ReadonlySet<string> {
    const dates = new Set(calendar.holidays.filter(holiday => holiday.date.year === year).map(holiday => holiday.date.iso));
    for (const date of calendar.regionHolidays ?? []) {
        if (date.startsWith(`${year}-`)) {
            dates.add(date);
        }
    }
    return dates;
}

/** Whether a local day is a working day of the calendar: a weekday with working hours that is no day off. */
export function isWorkingDay(calendar: CalendarModel, date: CalendarDate): boolean {
    const weekday = WEEKDAYS[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()]!;
    return daySpans(calendar, weekday).length > 0 && !daysOff(calendar, date.year).has(date.iso);
}

/** The calendar as a clock (see the module comment for how zones and daylight saving count). */
export function calendarClock(calendar: CalendarModel): BusinessClock {
    const byWeekday = new Map(WEEKDAYS.map(day => [day, daySpans(calendar, day)]));
    const offByYear = new Map<number, ReadonlySet<string>>();
    const intervalsByDay = new Map<number, [number, number][]>();
    const zone = calendar.timeZone;
    const working = hasWorkingTime(calendar);

    /** The working intervals of a local day, as instants. */
    function intervals(dayNumber: number): [number, number][] {
        let cached = intervalsByDay.get(dayNumber);
        if (!cached) {
            const date = dateOfDayNumber(dayNumber);
            let off = offByYear.get(date.year);
            if (!off) {
                off = daysOff(calendar, date.year);
                offByYear.set(date.year, off);
            }
            cached = off.has(date.iso) ? [] : byWeekday.get(WEEKDAYS[new Date(dayNumber * DAY).getUTCDay()]!)!
                .map(([start, end]) => [zonedInstant(zone, date, start), zonedInstant(zone, date, end)] as [number, number])
                .filter(([start, end]) => end > start);
            intervalsByDay.set(dayNumber, cached);
        }
        return cached;
    }

    return {
        name: calendar.title || calendar.name,
        timeZone: zone,
        calendar,
        workingDayMinutes: workingDayMinutes(calendar),
        addWorkingMinutes(start, minutes) {
            let now = start.getTime();
            let left = minutes * MINUTE;
            if (!(left > 0)) {
                return new Date(now);
            }
            if (!working) {
                throw new Error(`The calendar ${calendar.name} has no working time.`);
            }
            // From the day before: an interval of a local day never reaches past the next one, so none is missed.
            const first = localDayNumber(zone, now) - 1;
            for (let day = first; day < first + SEARCH_DAYS; day++) {
                for (const [from, to] of intervals(day)) {
                    if (to <= now) {
                        continue;
                    }
                    const begin = Math.max(from, now);
                    if (left <= to - begin) {
                        return new Date(begin + left);
                    }
                    left -= to - begin;
                    now = to;
                }
            }
            throw new Error(`The calendar ${calendar.name} has no working time in ten years.`);
        },
        workingMinutesBetween(start, end) {
            const from = start.getTime();
            const until = end.getTime();
            if (!(until > from) || !working) {
                return 0;
            }
            let total = 0;
            for (let day = localDayNumber(zone, from) - 1; day <= localDayNumber(zone, until); day++) {
                for (const [a, b] of intervals(day)) {
                    const overlap = Math.min(b, until) - Math.max(a, from);
                    if (overlap > 0) {
                        total += overlap;
                    }
                }
            }
            return total / MINUTE;
        }
    };
}

const clocks = new WeakMap<CalendarModel, BusinessClock>();

/** The clock a name stands for in an agreement: `24x7`, a calendar, or undefined for a name it does not define. */
export function namedClock(model: Pick<AgreementModel, 'calendars'>, name: ClockName | undefined): WorkingClock | undefined {
    if (name === undefined) {
        return undefined;
    }
    if (name === ALWAYS_ON_CLOCK) {
        return ALWAYS_ON;
    }
    const calendar = model.calendars?.find(candidate => candidate.name === name);
    if (!calendar) {
        return undefined;
    }
    let clock = clocks.get(calendar);
    if (!clock) {
        clock = calendarClock(calendar);
        clocks.set(calendar, clock);
    }
    return clock;
}

/** What a clock is asked for: the metric, severity and service (by name) whose clock is wanted. */
export interface ClockScope {
    service?: string;
    severity?: string;
    metric?: string;
}

/**
 * The clock in force: the metric's `clock`, else the severity's, else the service's (its
 * `clock`, else the calendar its `hours` name; a metric's own service when none is given),
 * else the agreement's `clock`, else 24×7.
 */
export function clockOf(model: Pick<AgreementModel, 'calendars' | 'services' | 'severities' | 'clock'>, scope: ClockScope): WorkingClock {
    const metric = scope.metric === undefined ? undefined
        : model.services.flatMap(service => service.metrics).find(candidate => candidate.name === scope.metric);
    const severity = scope.severity === undefined ? undefined : model.severities.find(candidate => candidate.name === scope.severity);
    const serviceName = scope.service ?? metric?.service;
    const service = serviceName === undefined ? undefined : model.services.find(candidate => candidate.name === serviceName);
    const names = [metric?.clock, severity?.clock, service?.clock, service?.hoursCalendar, model.clock];
    for (const name of names) {
        const clock = namedClock(model, name);
        if (clock) {
            return clock;
        }
    }
    return ALWAYS_ON;
}

/** Whether a clock runs on a business calendar (and is not 24×7). */
export function isBusinessClock(clock: WorkingClock): clock is BusinessClock {
    return 'workingDayMinutes' in clock && 'calendar' in clock;
}

/**
 * The minutes of working time a duration is on a clock: on a calendar, a business day is the
 * calendar's working day; everywhere else the duration's own minutes (24×7 keeps the 8-hour
 * business day existing agreements were written with).
 */
export function workingMinutesOf(duration: DurationModel, clock: WorkingClock): number {
    return duration.unit === 'business-days' && isBusinessClock(clock) ? duration.value * clock.workingDayMinutes : duration.minutes;
}

/**
 * The clock a duration is measured on: business hours and days on the clock in force, every
 * other unit (`4 hours`, `2 days`) in elapsed time, 24×7.
 */
export function clockForDuration(duration: DurationModel, clock: WorkingClock): WorkingClock {
    return duration.unit === 'business-hours' || duration.unit === 'business-days' ? clock : ALWAYS_ON;
}

/** When a duration that starts at `start` ends, on the clock in force (see `clockForDuration`). */
export function dueAt(start: Date, duration: DurationModel, clock: WorkingClock): Date {
    return clockForDuration(duration, clock).addWorkingMinutes(start, workingMinutesOf(duration, clock));
}

/**
 * The days of a month that count for a daily pace: with `pace daily over working days`, the
 * working days of the calendar of the metric's clock; else (and on 24×7) every day. Each is
 * true on a day that counts, indexed by day of the month minus one.
 */
export function paceDays(model: Pick<AgreementModel, 'calendars' | 'services' | 'severities' | 'clock'>, metric: string, year: number, month: number, days: number): boolean[] {
    const owner = model.services.flatMap(service => service.metrics).find(candidate => candidate.name === metric);
    const clock = owner?.pacedOverWorkingDays ? clockOf(model, { metric }) : ALWAYS_ON;
    return Array.from({ length: days }, (_, index) => !isBusinessClock(clock) || isWorkingDay(clock.calendar, calendarDate(year, month, index + 1)));
}

const DAY_NAMES: Record<Weekday, string> = {
    monday: 'Monday', tuesday: 'Tuesday', wednesday: 'Wednesday', thursday: 'Thursday', friday: 'Friday', saturday: 'Saturday', sunday: 'Sunday'
};

function clockTime(minutes: number): string {
    return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * A calendar for a reader, in one line: `Monday to Friday 07:30–17:30; Saturday 09:00–12:00
 * (Europe/Berlin); not on public holidays in DE-BY, nor on 2026-12-24 (Christmas Eve)`.
 * Consecutive weekdays with the same hours are one range.
 */
export function calendarSummary(calendar: CalendarModel): string {
    const groups: { first: Weekday; last: Weekday; hours: string }[] = [];
    for (const day of WEEK_ORDER) {
        const spans = daySpans(calendar, day);
        if (spans.length === 0) {
            continue;
        }
        const hours = spans.map(([start, end]) => `${clockTime(start)}–${clockTime(end)}`).join(', ');
        const last = groups.at(-1);
        if (last && last.hours === hours && WEEK_ORDER.indexOf(last.last) === WEEK_ORDER.indexOf(day) - 1) {
            last.last = day;
        } else {
            groups.push({ first: day, last: day, hours });
        }
    }
    const week = groups.length === 0 ? 'no working hours'
        : groups.map(group => `${DAY_NAMES[group.first]}${group.last === group.first ? '' : ` to ${DAY_NAMES[group.last]}`} ${group.hours}`).join('; ');
    const off = [
        ...(calendar.holidayRegions.length > 0 ? [`public holidays in ${calendar.holidayRegions.map(region => region.region).join(', ')}`] : []),
        ...calendar.holidays.map(holiday => holiday.title ? `${holiday.date.iso} (${holiday.title})` : holiday.date.iso)
    ];
    return `${week} (${calendar.timeZone})${off.length === 0 ? '' : `; not on ${off.join(', nor on ')}`}`;
}

/** A clock for a reader: `24×7`, or the calendar's title. */
export function clockLabel(model: Pick<AgreementModel, 'calendars'>, name: ClockName): string {
    return name === ALWAYS_ON_CLOCK ? ALWAYS_ON.name : model.calendars?.find(calendar => calendar.name === name)?.title ?? name;
}
