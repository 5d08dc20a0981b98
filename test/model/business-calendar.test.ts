import { describe, expect, test } from 'vitest';
import type { AgreementModel, CalendarModel, ServiceModel, SeverityModel, Weekday } from 'sla-model';
import {
    ALWAYS_ON, calendarClock, calendarDate, calendarSummary, clockForDuration, clockOf, dueAt, duration, hasWorkingTime,
    isTimeZone, isWorkingDay, workingDayMinutes, workingMinutesOf, zonedInstant
} from 'sla-model';
import { regionHolidaysOf } from 'sla-model/holiday-regions';

const origin = { uri: '', line: 0 };
const MON_FRI: Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

/** `07:30` → 450. */
function minute(time: string): number {
    const [hours, minutes] = time.split(':').map(Number);
    return hours! * 60 + minutes!;
}

function calendar(name: string, timeZone: string, hours: [Weekday[], [string, string][]][], extra: Partial<CalendarModel> = {}): CalendarModel {
    return {
        name,
        title: '',
        timeZone,
        hours: hours.flatMap(([days, spans]) => days.flatMap(day => spans.map(([start, end]) => ({ day, start: minute(start), end: minute(end), origin })))),
        holidayRegions: [],
        holidays: [],
        origin,
        ...extra
    };
}

/** 07:30–17:30 Monday to Friday in Berlin, with Bavaria's public holidays and Christmas Eve. */
const office = calendar('Office', 'Europe/Berlin', [[MON_FRI, [['07:30', '17:30']]]], {
    holidayRegions: [{ region: 'DE-BY', origin }],
    regionHolidays: regionHolidaysOf({ holidayRegions: [{ region: 'DE-BY', origin }] }, 2026, 2026),
    holidays: [{ date: calendarDate(2026, 12, 24), title: 'Christmas Eve', origin }]
});
const officeClock = calendarClock(office);
const at = (iso: string) => new Date(iso);
const iso = (date: Date) => date.toISOString();

describe('calendarClock: 07:30–17:30 Monday to Friday, Europe/Berlin', () => {
    test('Friday 17:00 plus 4 business hours is Monday 11:00', () => {
        // Friday 2026-03-06 17:00 CET is 16:00Z. Friday keeps 17:00–17:30: 30 minutes, 210 left.
        // Saturday and Sunday have no hours. Monday 2026-03-09 07:30 + 210 minutes = 11:00 CET = 10:00Z.
        expect(iso(officeClock.addWorkingMinutes(at('2026-03-06T16:00:00Z'), 240))).toBe('2026-03-09T10:00:00.000Z');
        expect(officeClock.workingMinutesBetween(at('2026-03-06T16:00:00Z'), at('2026-03-09T10:00:00Z'))).toBe(240);
        // The same 4 hours on 24×7 end Friday 21:00 CET; 10 wall-clock hours end Saturday 03:00 CET.
        expect(iso(ALWAYS_ON.addWorkingMinutes(at('2026-03-06T16:00:00Z'), 240))).toBe('2026-03-06T20:00:00.000Z');
    });

    test('a ticket opened on Saturday is counted from Monday 07:30', () => {
        // Saturday 2026-03-07 10:00 CET (09:00Z) + 60 minutes: Monday 07:30 + 60 = 08:30 CET = 07:30Z.
        expect(iso(officeClock.addWorkingMinutes(at('2026-03-07T09:00:00Z'), 60))).toBe('2026-03-09T07:30:00.000Z');
        // Saturday 10:00 to Monday 07:30 holds no working time; to Monday 08:30, an hour.
        expect(officeClock.workingMinutesBetween(at('2026-03-07T09:00:00Z'), at('2026-03-09T06:30:00Z'))).toBe(0);
        expect(officeClock.workingMinutesBetween(at('2026-03-07T09:00:00Z'), at('2026-03-09T07:30:00Z'))).toBe(60);
        // Opened at 06:00 on a weekday: counted from 07:30 the same day. Tuesday 2026-03-10 06:00 CET = 05:00Z,
        // + 30 minutes = 08:00 CET = 07:00Z.
        expect(iso(officeClock.addWorkingMinutes(at('2026-03-10T05:00:00Z'), 30))).toBe('2026-03-10T07:00:00.000Z');
    });

    test('the end of the working day is reached exactly, not carried over', () => {
        // Tuesday 2026-03-10 16:30 CET (15:30Z) + 60 = 17:30 CET = 16:30Z, the end of the span itself.
        expect(iso(officeClock.addWorkingMinutes(at('2026-03-10T15:30:00Z'), 60))).toBe('2026-03-10T16:30:00.000Z');
        // + 61: the last minute falls on Wednesday 07:30–07:31 CET = 06:31Z.
        expect(iso(officeClock.addWorkingMinutes(at('2026-03-10T15:30:00Z'), 61))).toBe('2026-03-11T06:31:00.000Z');
    });

    test('a region\'s public holidays are skipped: Easter in Bavaria', () => {
        // Thursday 2026-04-02 16:30 CEST (14:30Z) + 4 hours: 60 minutes on Thursday, 180 left. Good Friday 04-03,
        // the weekend and Easter Monday 04-06 are off. Tuesday 04-07 07:30 + 180 = 10:30 CEST = 08:30Z.
        expect(iso(officeClock.addWorkingMinutes(at('2026-04-02T14:30:00Z'), 240))).toBe('2026-04-07T08:30:00.000Z');
        expect(officeClock.workingMinutesBetween(at('2026-04-02T14:30:00Z'), at('2026-04-07T08:30:00Z'))).toBe(240);
        expect(isWorkingDay(office, calendarDate(2026, 4, 3))).toBe(false);
        expect(isWorkingDay(office, calendarDate(2026, 4, 2))).toBe(true);
    });

    test('a listed holiday is skipped: Christmas Eve, then Christmas Day of the region', () => {
        // Wednesday 2026-12-23 17:00 CET (16:00Z) + 60: 30 minutes on Wednesday; Thursday 12-24 is listed,
        // Friday 12-25 is Christmas Day, then the weekend. Monday 12-28 07:30 + 30 = 08:00 CET = 07:00Z.
        expect(iso(officeClock.addWorkingMinutes(at('2026-12-23T16:00:00Z'), 60))).toBe('2026-12-28T07:00:00.000Z');
        expect(officeClock.workingMinutesBetween(at('2026-12-23T16:00:00Z'), at('2026-12-28T07:00:00Z'))).toBe(60);
        // Without the listed day, Thursday 07:30 + 30 = 08:00 CET.
        const withoutEve = calendarClock({ ...office, holidays: [] });
        expect(iso(withoutEve.addWorkingMinutes(at('2026-12-23T16:00:00Z'), 60))).toBe('2026-12-24T07:00:00.000Z');
    });

    test('over the spring change the offset moves from +1 to +2, the hours stay local', () => {
        // Friday 2026-03-27 17:00 CET = 16:00Z; 30 minutes on Friday; the clocks go forward on Sunday 03-29;
        // Monday 03-30 07:30 CEST + 210 = 11:00 CEST = 09:00Z.
        expect(iso(officeClock.addWorkingMinutes(at('2026-03-27T16:00:00Z'), 240))).toBe('2026-03-30T09:00:00.000Z');
        expect(officeClock.workingMinutesBetween(at('2026-03-27T16:00:00Z'), at('2026-03-30T09:00:00Z'))).toBe(240);
        // Elapsed: Friday 16:00Z to Monday 09:00Z is 65 hours.
        expect(ALWAYS_ON.workingMinutesBetween(at('2026-03-27T16:00:00Z'), at('2026-03-30T09:00:00Z'))).toBe(3900);
    });

    test('no time is worked when the end is not after the start, and zero minutes end at the start', () => {
        expect(officeClock.workingMinutesBetween(at('2026-03-10T10:00:00Z'), at('2026-03-10T10:00:00Z'))).toBe(0);
        expect(officeClock.workingMinutesBetween(at('2026-03-10T10:00:00Z'), at('2026-03-10T09:00:00Z'))).toBe(0);
        expect(iso(officeClock.addWorkingMinutes(at('2026-03-07T09:00:00Z'), 0))).toBe('2026-03-07T09:00:00.000Z');
    });

    test('a working week is 50 hours; March 2026 in Bavaria has 22 working days', () => {
        // Monday 2026-03-02 00:00 CET to Monday 03-09 00:00 CET: five days of 600 minutes.
        expect(officeClock.workingMinutesBetween(at('2026-03-01T23:00:00Z'), at('2026-03-08T23:00:00Z'))).toBe(3000);
        // March 2026: 31 days, starting on a Sunday: Sundays 1, 8, 15, 22, 29 and Saturdays 7, 14, 21, 28 are
        // off, no public holiday: 22 working days of 600 minutes = 13200. 2026-03-01 00:00 CET = 02-28T23:00Z;
        // 2026-04-01 00:00 CEST = 03-31T22:00Z.
        expect(officeClock.workingMinutesBetween(at('2026-02-28T23:00:00Z'), at('2026-03-31T22:00:00Z'))).toBe(13200);
    });
});

describe('spans that cross a daylight-saving change hold the minutes that pass', () => {
    const sundayNight = calendar('Night', 'Europe/Berlin', [[['sunday'], [['01:00', '05:00']]]]);
    const night = calendarClock(sundayNight);

    test('Europe/Berlin, spring 2026-03-29: 01:00 to 05:00 is three hours', () => {
        // 01:00 CET = 00:00Z; 05:00 CEST = 03:00Z: 180 minutes.
        expect(night.workingMinutesBetween(at('2026-03-28T12:00:00Z'), at('2026-03-29T12:00:00Z'))).toBe(180);
        // Saturday noon + 200: the 180 of that Sunday, then 20 of the next: Sunday 04-05 01:20 CEST = 04-04T23:20Z.
        expect(iso(night.addWorkingMinutes(at('2026-03-28T12:00:00Z'), 200))).toBe('2026-04-04T23:20:00.000Z');
        // 120 minutes: 00:00Z + 120 = 02:00Z = 04:00 CEST (the wall clock shows three hours later).
        expect(iso(night.addWorkingMinutes(at('2026-03-28T12:00:00Z'), 120))).toBe('2026-03-29T02:00:00.000Z');
    });

    test('Europe/Berlin, autumn 2026-10-25: 01:00 to 05:00 is five hours', () => {
        // 01:00 CEST = 10-24T23:00Z; 05:00 CET = 04:00Z: 300 minutes.
        expect(night.workingMinutesBetween(at('2026-10-24T12:00:00Z'), at('2026-10-25T12:00:00Z'))).toBe(300);
        // + 150 from the start: 23:00Z + 150 = 01:30Z, which is 02:30 CET, the second 02:30 of the night.
        expect(iso(night.addWorkingMinutes(at('2026-10-24T12:00:00Z'), 150))).toBe('2026-10-25T01:30:00.000Z');
    });

    const nySundays = calendar('Sundays', 'America/New_York', [[['sunday'], [['00:00', '24:00']]]]);
    const ny = calendarClock(nySundays);

    test('America/New_York, spring 2026-03-08: the whole Sunday is 23 hours', () => {
        // 00:00 EST = 05:00Z; 24:00 = Monday 00:00 EDT = 04:00Z: 1380 minutes.
        expect(ny.workingMinutesBetween(at('2026-03-07T12:00:00Z'), at('2026-03-09T12:00:00Z'))).toBe(1380);
        // 3 hours from the start: 05:00Z + 180 = 08:00Z = 04:00 EDT (02:00–03:00 does not exist).
        expect(iso(ny.addWorkingMinutes(at('2026-03-07T12:00:00Z'), 180))).toBe('2026-03-08T08:00:00.000Z');
    });

    test('America/New_York, autumn 2026-11-01: the whole Sunday is 25 hours', () => {
        // 00:00 EDT = 04:00Z; 24:00 = Monday 00:00 EST = 05:00Z: 1500 minutes.
        expect(ny.workingMinutesBetween(at('2026-10-31T12:00:00Z'), at('2026-11-02T12:00:00Z'))).toBe(1500);
        // 1500 minutes from the start end at its end; 1501 go on to Sunday 11-08 00:01 EST = 05:01Z.
        expect(iso(ny.addWorkingMinutes(at('2026-10-31T12:00:00Z'), 1500))).toBe('2026-11-02T05:00:00.000Z');
        expect(iso(ny.addWorkingMinutes(at('2026-10-31T12:00:00Z'), 1501))).toBe('2026-11-08T05:01:00.000Z');
    });

    test('New York office hours over the spring change', () => {
        // 09:00–17:00 Monday to Friday. Friday 2026-03-06 16:00 EST = 21:00Z + 180: 60 on Friday; Monday
        // 03-09 09:00 EDT (13:00Z) + 120 = 11:00 EDT = 15:00Z.
        const office = calendarClock(calendar('NY', 'America/New_York', [[MON_FRI, [['09:00', '17:00']]]]));
        expect(iso(office.addWorkingMinutes(at('2026-03-06T21:00:00Z'), 180))).toBe('2026-03-09T15:00:00.000Z');
        expect(office.workingMinutesBetween(at('2026-03-06T21:00:00Z'), at('2026-03-09T15:00:00Z'))).toBe(180);
    });

    test('a wall time the spring change skips reads as the same time in the offset before it', () => {
        // 02:30 on 2026-03-29 in Berlin does not exist: read with +1, it is 01:30Z = 03:30 CEST.
        expect(new Date(zonedInstant('Europe/Berlin', { year: 2026, month: 3, day: 29 }, minute('02:30'))).toISOString())
            .toBe('2026-03-29T01:30:00.000Z');
        // 02:30 on 2026-10-25 happens twice: the first, in CEST, is 00:30Z.
        expect(new Date(zonedInstant('Europe/Berlin', { year: 2026, month: 10, day: 25 }, minute('02:30'))).toISOString())
            .toBe('2026-10-25T00:30:00.000Z');
    });
});

describe('several spans a day', () => {
    // 08:00–12:00 and 13:00–17:00 Monday to Friday, Berlin.
    const split = calendar('Split', 'Europe/Berlin', [[MON_FRI, [['08:00', '12:00'], ['13:00', '17:00']]]]);
    const clock = calendarClock(split);

    test('the lunch break does not count', () => {
        // Monday 2026-03-02 11:00 CET (10:00Z) + 120: 11:00–12:00 is 60; 13:00 + 60 = 14:00 CET = 13:00Z.
        expect(iso(clock.addWorkingMinutes(at('2026-03-02T10:00:00Z'), 120))).toBe('2026-03-02T13:00:00.000Z');
        expect(clock.workingMinutesBetween(at('2026-03-02T10:00:00Z'), at('2026-03-02T13:00:00Z'))).toBe(120);
        // Opened in the break, 12:30 CET (11:30Z): counted from 13:00, + 30 = 13:30 CET = 12:30Z.
        expect(iso(clock.addWorkingMinutes(at('2026-03-02T11:30:00Z'), 30))).toBe('2026-03-02T12:30:00.000Z');
        expect(clock.workingMinutesBetween(at('2026-03-02T11:30:00Z'), at('2026-03-02T12:00:00Z'))).toBe(0);
        // 60 minutes from 11:00 end at 12:00 sharp, before the break.
        expect(iso(clock.addWorkingMinutes(at('2026-03-02T10:00:00Z'), 60))).toBe('2026-03-02T11:00:00.000Z');
    });

    test('overlapping spans count once', () => {
        const overlapping = calendar('Overlap', 'UTC', [[['monday'], [['08:00', '12:00'], ['10:00', '14:00']]]]);
        // Monday 2026-03-02 08:00–14:00 UTC: 360 minutes, not 480.
        expect(calendarClock(overlapping).workingMinutesBetween(at('2026-03-02T00:00:00Z'), at('2026-03-03T00:00:00Z'))).toBe(360);
    });
});

describe('the working day and business durations', () => {
    test('the working day is the daily total most weekdays have', () => {
        // Office: five days of 600 minutes. With Saturday 09:00–12:00 (180) added, still 600.
        expect(workingDayMinutes(office)).toBe(600);
        const withSaturday = calendar('Six', 'UTC', [[MON_FRI, [['07:30', '17:30']]], [['saturday'], [['09:00', '12:00']]]]);
        expect(workingDayMinutes(withSaturday)).toBe(600);
        // Two days of 480 and two of 300: a tie, the longer wins.
        const tie = calendar('Tie', 'UTC', [[['monday', 'tuesday'], [['08:00', '16:00']]], [['wednesday', 'thursday'], [['08:00', '13:00']]]]);
        expect(workingDayMinutes(tie)).toBe(480);
        // Split: 4 + 4 hours = 480.
        expect(workingDayMinutes(calendar('Split', 'UTC', [[MON_FRI, [['08:00', '12:00'], ['13:00', '17:00']]]]))).toBe(480);
    });

    test('a business day is the calendar\'s working day on a calendar, 8 hours on 24×7', () => {
        expect(workingMinutesOf(duration(2, 'business-days'), officeClock)).toBe(1200);
        expect(workingMinutesOf(duration(2, 'business-days'), ALWAYS_ON)).toBe(960);
        expect(workingMinutesOf(duration(4, 'business-hours'), officeClock)).toBe(240);
        expect(duration(4, 'business-hour').text).toBe('4 business-hours');
        expect(duration(1, 'business-hours').text).toBe('1 business-hour');
        // Friday 2026-03-06 17:00 CET + 1 business day (600): 30 on Friday, Monday 07:30 + 570 = 17:00 CET = 16:00Z.
        expect(iso(dueAt(at('2026-03-06T16:00:00Z'), duration(1, 'business-day'), officeClock))).toBe('2026-03-09T16:00:00.000Z');
    });

    test('hours and days are elapsed time even on a calendar', () => {
        // Friday 17:00 CET + 10 hours = Saturday 03:00 CET = 02:00Z.
        expect(clockForDuration(duration(10, 'hours'), officeClock)).toBe(ALWAYS_ON);
        expect(iso(dueAt(at('2026-03-06T16:00:00Z'), duration(10, 'hours'), officeClock))).toBe('2026-03-07T02:00:00.000Z');
        expect(clockForDuration(duration(10, 'business-hours'), officeClock)).toBe(officeClock);
    });

    test('a calendar without working time gives none and cannot reach a due time', () => {
        const empty = calendar('Empty', 'UTC', []);
        expect(hasWorkingTime(empty)).toBe(false);
        expect(workingDayMinutes(empty)).toBe(0);
        expect(calendarClock(empty).workingMinutesBetween(at('2026-03-01T00:00:00Z'), at('2026-04-01T00:00:00Z'))).toBe(0);
        expect(() => calendarClock(empty).addWorkingMinutes(at('2026-03-01T00:00:00Z'), 1)).toThrow('The calendar Empty has no working time.');
    });
});

describe('zones and regions', () => {
    test('IANA names are time zones; others are not', () => {
        expect(isTimeZone('Europe/Berlin')).toBe(true);
        expect(isTimeZone('UTC')).toBe(true);
        expect(isTimeZone('Europe/Berlim')).toBe(false);
        expect(isTimeZone('')).toBe(false);
    });

});

describe('calendarSummary', () => {
    test('one line: weekday ranges with their hours, the zone, the days off', () => {
        expect(calendarSummary(office)).toBe('Monday to Friday 07:30–17:30 (Europe/Berlin); not on public holidays in DE-BY, nor on 2026-12-24 (Christmas Eve)');
        const week = calendar('Week', 'UTC', [[MON_FRI, [['08:00', '12:00'], ['13:00', '17:00']]], [['saturday'], [['09:00', '12:00']]]]);
        expect(calendarSummary(week)).toBe('Monday to Friday 08:00–12:00, 13:00–17:00; Saturday 09:00–12:00 (UTC)');
    });
});

describe('clockOf: the clock in force', () => {
    const service = (name: string, extra: Partial<ServiceModel> = {}): ServiceModel => ({
        name, title: name, consumers: [], description: [], dependsOn: [], exclusions: [], responsibilities: [], metrics: [], origin, ...extra
    });
    const severity = (name: string, clock?: string): SeverityModel => ({ name, title: name, escalation: [], clock, origin });
    const metric = (name: string, serviceName: string, clock?: string) => ({
        name, title: name, service: serviceName, severities: [], segments: [], paced: false, clock, origin
    });
    const model: Pick<AgreementModel, 'calendars' | 'services' | 'severities' | 'clock'> = {
        calendars: [office],
        services: [
            service('Desk', { hoursCalendar: 'Office', metrics: [metric('ResolveTime', 'Desk'), metric('Uptime', 'Desk', '24x7')] }),
            service('Hosting')
        ],
        severities: [severity('Critical', '24x7'), severity('Normal')]
    };

    test('24×7 next to a business-hours severity on the same service', () => {
        const critical = clockOf(model, { service: 'Desk', severity: 'Critical' });
        const normal = clockOf(model, { service: 'Desk', severity: 'Normal' });
        expect(critical).toBe(ALWAYS_ON);
        expect(normal.name).toBe('Office');
        expect(normal.timeZone).toBe('Europe/Berlin');
        // A ticket logged Friday 2026-03-06 17:00 CET (16:00Z), 4 business hours each: Critical runs through the
        // night (Friday 21:00 CET = 20:00Z), Normal waits for Monday (11:00 CET = 10:00Z).
        const logged = at('2026-03-06T16:00:00Z');
        expect(iso(dueAt(logged, duration(4, 'business-hours'), critical))).toBe('2026-03-06T20:00:00.000Z');
        expect(iso(dueAt(logged, duration(4, 'business-hours'), normal))).toBe('2026-03-09T10:00:00.000Z');
    });

    test('metric before severity before service before the agreement, then 24×7', () => {
        expect(clockOf(model, { metric: 'Uptime', severity: 'Normal' })).toBe(ALWAYS_ON);
        expect(clockOf(model, { metric: 'ResolveTime' }).name).toBe('Office');
        expect(clockOf(model, { service: 'Hosting' })).toBe(ALWAYS_ON);
        expect(clockOf({ ...model, clock: 'Office' }, { service: 'Hosting' }).name).toBe('Office');
        expect(clockOf(model, {})).toBe(ALWAYS_ON);
        // A service's own clock wins over the calendar its hours name; a name the agreement lacks is passed over.
        const own = { ...model, services: [service('Desk', { hoursCalendar: 'Office', clock: '24x7' })] };
        expect(clockOf(own, { service: 'Desk' })).toBe(ALWAYS_ON);
        expect(clockOf({ ...model, clock: 'Nowhere' }, { service: 'Hosting' })).toBe(ALWAYS_ON);
        // One clock per calendar: asked twice, the same object.
        expect(clockOf(model, { service: 'Desk' })).toBe(clockOf(model, { metric: 'ResolveTime' }));
    });
});
