import { describe, expect, test } from 'vitest';
import { isHolidayRegion, publicHolidays, regionHolidaysOf } from 'sla-model/holiday-regions';

const origin = { uri: '', line: 0 };

describe('holiday regions', () => {
    test('countries and states of date-holidays are regions; others are not', () => {
        expect(isHolidayRegion('DE')).toBe(true);
        expect(isHolidayRegion('DE-BY')).toBe(true);
        expect(isHolidayRegion('US')).toBe(true);
        expect(isHolidayRegion('DE-XX')).toBe(false);
        expect(isHolidayRegion('XX')).toBe(false);
        expect(isHolidayRegion(' DE')).toBe(false);
        // Bavaria 2026: New Year, Epiphany, Good Friday, Easter Monday, Labour Day, Ascension, Whit Monday,
        // Corpus Christi, German Unity Day, All Saints, Christmas Day, St Stephen's Day.
        expect([...publicHolidays('DE-BY', 2026)]).toEqual([
            '2026-01-01', '2026-01-06', '2026-04-03', '2026-04-06', '2026-05-01', '2026-05-14',
            '2026-05-25', '2026-06-04', '2026-10-03', '2026-11-01', '2026-12-25', '2026-12-26'
        ]);
    });

    test('a calendar carries its regions\' holidays of the years asked for, sorted', () => {
        // England 2026 and 2027 New Year: 2026-01-01, 2027-01-01; Bavaria adds Epiphany 2026-01-06.
        const dates = regionHolidaysOf({ holidayRegions: [{ region: 'GB-ENG', origin }, { region: 'DE-BY', origin }] }, 2026, 2027);
        expect(dates.filter(date => date.endsWith('-01-01') || date.endsWith('-01-06'))).toEqual(['2026-01-01', '2026-01-06', '2027-01-01', '2027-01-06']);
        expect(regionHolidaysOf({ holidayRegions: [{ region: 'XX', origin }] }, 2026, 2026)).toEqual([]);
    });
});
