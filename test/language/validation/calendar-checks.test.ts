import { describe, expect, test } from 'vitest';
import { IssueCodes } from 'sla-language';
import { base, check, expectClean, expectOnly, range } from './validation-helpers.js';

/** BASE with a calendar before its closing brace: the calendar's first line is line 16. */
const withCalendar = (...lines: string[]) => base({ extra: lines });

describe('unknown-time-zone', () => {
    test('the agreement\'s time zone, on the zone', async () => {
        const checked = await check(withCalendar('    time zone "Europe/Berlim"'));
        // `    time zone ` is 14 characters; the quoted zone runs to 29.
        expectOnly(checked, IssueCodes.UnknownTimeZone, {
            range: range(16, 14, 16, 29),
            text: '"Europe/Berlim"',
            message: '"Europe/Berlim" is not a time zone. Write an IANA name such as "Europe/Berlin", "America/New_York" or "UTC".'
        });
    });

    test('a calendar\'s zone, on the zone', async () => {
        const checked = await check(withCalendar('    calendar Office in "Mars/Olympus" { monday 09:00 to 17:00 }'));
        expectOnly(checked, IssueCodes.UnknownTimeZone, {
            range: range(16, 23, 16, 37),
            text: '"Mars/Olympus"',
            message: '"Mars/Olympus" is not a time zone. Write an IANA name such as "Europe/Berlin", "America/New_York" or "UTC".'
        });
    });

    test('near miss: IANA names, UTC, and a calendar that takes the agreement\'s zone', async () => {
        expectClean(await check(withCalendar(
            '    time zone "UTC"',
            '    calendar Office in "America/New_York" { monday to friday 09:00 to 17:00 }',
            '    calendar Backup { saturday 10:00 to 14:00 }'
        )));
    });
});

describe('unknown-holiday-region', () => {
    test('a region date-holidays does not know, on the region', async () => {
        const checked = await check(withCalendar('    calendar Office { monday 09:00 to 17:00; holidays of "DE-XX" }'));
        expectOnly(checked, IssueCodes.UnknownHolidayRegion, {
            range: range(16, 57, 16, 64),
            text: '"DE-XX"',
            message: '"DE-XX" is not a holiday region. Write a country code such as "DE" or "US", or a country and region such as "DE-BY".'
        });
    });

    test('near miss: a country, and a country with its state', async () => {
        expectClean(await check(withCalendar('    calendar Office { monday 09:00 to 17:00; holidays of "US"; holidays of "DE-BY" }')));
    });
});

describe('invalid-working-hours', () => {
    test('a span that ends before it starts, on the span', async () => {
        const checked = await check(withCalendar('    calendar Office { monday 17:30 to 07:30; tuesday 09:00 to 17:00 }'));
        expectOnly(checked, IssueCodes.InvalidWorkingHours, {
            range: range(16, 29, 16, 43),
            text: '17:30 to 07:30',
            message: 'The span 17:30 to 07:30 ends before it starts. Write the earlier time first; a span cannot run past midnight: end it at 24:00 and start the next day at 00:00.'
        });
    });

    test('a time that is no time of day, on the time', async () => {
        const checked = await check(withCalendar('    calendar Office { monday 09:00 to 25:00; tuesday 09:00 to 17:00 }'));
        const diagnostic = expectOnly(checked, IssueCodes.InvalidWorkingHours, {
            range: range(16, 38, 16, 43),
            text: '25:00',
            message: '25:00 is not a time of day. Write hours 00 to 23 and minutes 00 to 59, or 24:00 for the end of the day.'
        });
        expect(diagnostic.data).toEqual({ code: 'invalid-working-hours', reason: 'not-a-time', property: 'end' });
    });

    test('a span that overlaps another on the same weekday, on the later span', async () => {
        // Friday is in both lines: 16:00 to 18:00 overlaps 08:00 to 17:00.
        const checked = await check(withCalendar(
            '    calendar Office {',
            '        monday to friday 08:00 to 17:00',
            '        friday, saturday 16:00 to 18:00',
            '    }'
        ));
        expectOnly(checked, IssueCodes.InvalidWorkingHours, {
            range: range(18, 25, 18, 39),
            text: '16:00 to 18:00',
            message: 'On friday, 16:00 to 18:00 overlaps 08:00 to 17:00. Write each working hour once: join the spans or correct one of them.'
        });
    });

    test('near miss: spans that touch, 24:00 as an end, a week that wraps', async () => {
        expectClean(await check(withCalendar(
            '    calendar Office {',
            '        monday to friday 08:00 to 12:00, 12:00 to 17:00;',
            '        saturday to sunday 00:00 to 24:00',
            '    }',
            '    calendar Night { friday to monday 20:00 to 24:00 }'
        )));
    });
});

describe('calendar-without-working-time', () => {
    test('holidays and no hours, on the calendar\'s name', async () => {
        const checked = await check(withCalendar('    calendar Office { holiday 2026-12-24 "Christmas Eve" }'));
        expectOnly(checked, IssueCodes.CalendarWithoutWorkingTime, {
            range: range(16, 13, 16, 19),
            text: 'Office',
            message: 'Calendar \'Office\' has no working time, so nothing measured on it would ever fall due. Add working hours such as `monday to friday 09:00 to 17:00`, or use `clock 24x7`.'
        });
    });

    test('near miss: one hour on one day is working time', async () => {
        expectClean(await check(withCalendar('    calendar Office { sunday 09:00 to 10:00 }')));
    });
});

describe('clocks', () => {
    test('near miss: clocks on the agreement, a service, a severity and a metric, and hours naming a calendar', async () => {
        expectClean(await check(base({
            replace: [
                ['        provided by Provider to Customer', '        provided by Provider to Customer\n        hours Office "Weekdays 08:00 to 17:00"\n        clock Office'],
                ['            controlled by Provider', '            controlled by Provider\n            clock 24x7']
            ],
            extra: [
                '    clock 24x7',
                '    calendar Office in "Europe/Berlin" { monday to friday 08:00 to 17:00; holidays of "DE-BY"; holiday 2026-12-24 "Christmas Eve" }',
                '    severity Critical { response within 4 business-hours resolution within 2 business-days clock 24x7 escalate after 2 hours to "Duty manager" }'
            ]
        })));
    });

    test('a clock naming no calendar is an unresolved reference', async () => {
        const checked = await check(base({ extra: ['    clock Nowhere'] }));
        expect(checked.diagnostics.map(diagnostic => [diagnostic.code, diagnostic.range])).toEqual([[IssueCodes.UnresolvedReference, range(16, 10, 16, 17)]]);
    });
});
