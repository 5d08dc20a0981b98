import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Calendar, HolidayRegion, SlaAstType, TimeSpan, TimeZone, WorkingHours } from '../generated/ast.js';
import { isWorkingHours } from '../generated/ast.js';
import type { Weekday } from 'sla-model';
import { isTimeZone } from 'sla-model';
import { isHolidayRegion } from 'sla-model/holiday-regions';
import { minuteOfDay, weekdaysOf } from '../model/build-model.js';
import { proseText } from '../model/prose.js';
import { atKeyword, atName, atProperty, report } from './check-utils.js';
import { IssueCodes } from './issue-codes.js';

/**
 * Business calendars: the clock due times and business durations are measured on.
 * `unknown-time-zone`: a `time zone` or a calendar's `in "…"` that is no IANA name.
 * `unknown-holiday-region`: `holidays of "…"` naming a country or region `date-holidays` does not know.
 * `invalid-working-hours`: a span that ends before it starts, a time that is no time of day
 * (`25:00`, `08:75`), or a span that overlaps another on the same weekday.
 * `calendar-without-working-time`: a calendar whose week holds no working minute, so no due time on it is ever reached.
 */
export function calendarChecks(): ValidationChecks<SlaAstType> {
    return {
        TimeZone: checkTimeZone,
        Calendar: [checkCalendarZone, checkWorkingTime, checkOverlaps],
        HolidayRegion: checkHolidayRegion,
        TimeSpan: checkTimeSpan
    };
}

function zoneMessage(zone: string): string {
    return `"${zone}" is not a time zone. Write an IANA name such as "Europe/Berlin", "America/New_York" or "UTC".`;
}

function checkTimeZone(clause: TimeZone, accept: ValidationAcceptor): void {
    const zone = proseText(clause.zone);
    if (clause.zone && !isTimeZone(zone)) {
        report(accept, IssueCodes.UnknownTimeZone, zoneMessage(zone), atProperty(clause, 'zone', atKeyword(clause, 'time')), { zone });
    }
}

function checkCalendarZone(calendar: Calendar, accept: ValidationAcceptor): void {
    const zone = proseText(calendar.zone);
    if (calendar.zone && !isTimeZone(zone)) {
        report(accept, IssueCodes.UnknownTimeZone, zoneMessage(zone), atProperty(calendar, 'zone', atName(calendar, 'calendar')), { zone });
    }
}

function checkHolidayRegion(clause: HolidayRegion, accept: ValidationAcceptor): void {
    const region = proseText(clause.region);
    if (clause.region && !isHolidayRegion(region)) {
        report(accept, IssueCodes.UnknownHolidayRegion,
            `"${region}" is not a holiday region. Write a country code such as "DE" or "US", or a country and region such as "DE-BY".`,
            atProperty(clause, 'region', atKeyword(clause, 'holidays')),
            { region });
    }
}

/** A span's minutes, when both times are times of day and it does not end before it starts. */
function spanMinutes(span: TimeSpan): [number, number] | undefined {
    const start = minuteOfDay(span.start);
    const end = minuteOfDay(span.end);
    return start !== undefined && end !== undefined && isTimeOfDay(span.start, false) && isTimeOfDay(span.end, true) && end > start
        ? [start, end] : undefined;
}

/** `00:00`–`23:59`, and `24:00` as an end. */
function isTimeOfDay(time: string | undefined, end: boolean): boolean {
    const minute = minuteOfDay(time);
    const minutes = Number(time?.split(':')[1]);
    return minute !== undefined && minutes < 60 && (minute < 1440 || (end && minute === 1440));
}

function checkTimeSpan(span: TimeSpan, accept: ValidationAcceptor): void {
    for (const [property, end] of [['start', false], ['end', true]] as const) {
        const time = span[property];
        if (time && !isTimeOfDay(time, end)) {
            report(accept, IssueCodes.InvalidWorkingHours,
                `${time} is not a time of day. Write hours 00 to 23 and minutes 00 to 59${end ? ', or 24:00 for the end of the day' : ''}.`,
                atProperty(span, property, { node: span }),
                { reason: 'not-a-time', property });
            return;
        }
    }
    const start = minuteOfDay(span.start);
    const end = minuteOfDay(span.end);
    if (start !== undefined && end !== undefined && end <= start) {
        report(accept, IssueCodes.InvalidWorkingHours,
            `The span ${span.start} to ${span.end} ${end === start ? 'is empty' : 'ends before it starts'}. Write the earlier time first; a span cannot run past midnight: end it at 24:00 and start the next day at 00:00.`,
            { node: span },
            { reason: end === start ? 'empty' : 'reversed', start: span.start, end: span.end });
    }
}

function checkOverlaps(calendar: Calendar, accept: ValidationAcceptor): void {
    const seen = new Map<Weekday, { minutes: [number, number]; span: TimeSpan }[]>();
    for (const line of calendar.clauses.filter(isWorkingHours)) {
        reportOverlaps(line, seen, accept);
    }
}

function reportOverlaps(line: WorkingHours, seen: Map<Weekday, { minutes: [number, number]; span: TimeSpan }[]>, accept: ValidationAcceptor): void {
    const days = [...new Set(line.days.flatMap(weekdaysOf))];
    for (const span of line.spans) {
        const minutes = spanMinutes(span);
        if (!minutes) {
            continue;
        }
        const clashes = days.flatMap(day => (seen.get(day) ?? [])
            .filter(other => other.minutes[0] < minutes[1] && minutes[0] < other.minutes[1])
            .map(other => ({ day, other })));
        if (clashes.length > 0) {
            const { day, other } = clashes[0]!;
            report(accept, IssueCodes.InvalidWorkingHours,
                `On ${day}, ${span.start} to ${span.end} overlaps ${other.span.start} to ${other.span.end}. Write each working hour once: join the spans or correct one of them.`,
                { node: span },
                { reason: 'overlap', day });
        }
        for (const day of days) {
            seen.set(day, [...(seen.get(day) ?? []), { minutes, span }]);
        }
    }
}

function checkWorkingTime(calendar: Calendar, accept: ValidationAcceptor): void {
    const working = calendar.clauses.filter(isWorkingHours)
        .some(line => line.days.some(range => weekdaysOf(range).length > 0) && line.spans.some(span => spanMinutes(span) !== undefined));
    if (!working) {
        report(accept, IssueCodes.CalendarWithoutWorkingTime,
            `Calendar '${calendar.name ?? ''}' has no working time, so nothing measured on it would ever fall due. Add working hours such as \`monday to friday 09:00 to 17:00\`, or use \`clock 24x7\`.`,
            atName(calendar, 'calendar'),
            { calendar: calendar.name });
    }
}
