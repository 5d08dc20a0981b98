// Subpath imports: the `date-fns` barrel loads ~250 modules, which cost the server a second of cold start.
import { getDaysInMonth } from 'date-fns/getDaysInMonth';

/** A day in the calendar, free of time zones. `iso` is `YYYY-MM-DD`. */
export interface CalendarDate {
    year: number;
    month: number;
    day: number;
    iso: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads `YYYY-MM-DD`; undefined for text that is not a real calendar day (`2026-02-30`). */
export function parseCalendarDate(text: string | undefined): CalendarDate | undefined {
    const match = ISO_DATE.exec(text?.trim() ?? '');
    if (!match) {
        return undefined;
    }
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    return isCalendarDay({ year, month, day }) ? calendarDate(year, month, day) : undefined;
}

/** Whether a year, month and day name a day the calendar has: 2026-02-30 is none. */
export function isCalendarDay(date: Pick<CalendarDate, 'year' | 'month' | 'day'>): boolean {
    const { year, month, day } = date;
    return Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function calendarDate(year: number, month: number, day: number): CalendarDate {
    const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return { year, month, day, iso };
}

/** The number of days in a month: 28, 29, 30 or 31. */
export function daysInMonth(year: number, month: number): number {
    // Worked out from the Gregorian rule rather than through a `Date`: evaluation asks it for
    // every recorded value and every day of every period.
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
    if (days !== undefined) {
        return days;
    }
    // `new Date(0, …)` means 1900: set the full year so years 0–99 keep their own leap rule.
    const first = new Date(2000, month - 1, 1);
    first.setFullYear(year);
    return getDaysInMonth(first);
}

/** Negative, zero or positive, as `a` is before, on or after `b`. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
    return a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0;
}

/** `YYYY-MM`, the key of a date's month. */
export function monthKey(date: Pick<CalendarDate, 'year' | 'month'>): string {
    return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}`;
}

/** Reads `YYYY-MM`; undefined when it is not a month. */
export function parseMonthKey(text: string): { year: number; month: number } | undefined {
    const match = /^(\d{4})-(\d{2})$/.exec(text.trim());
    if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) {
        return undefined;
    }
    return { year: Number(match[1]), month: Number(match[2]) };
}

/** Today's date by the given clock, in the clock's local calendar. */
export function calendarDateOf(now: Date): CalendarDate {
    return calendarDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
