import Holidays from 'date-holidays';
import type { CalendarModel } from './agreement-model.js';

/**
 * A region's public holidays, from `date-holidays` (about 1.5 MB of rules). Not exported from
 * the package's index, so the VS Code client does not bundle it: import `sla-model/holiday-regions`
 * where a model is built (the language package) and fill `CalendarModel.regionHolidays` with
 * `regionHolidaysOf`.
 */

const holidayLibraries = new Map<string, Holidays | undefined>();

/** The `date-holidays` calendar of `DE`, `DE-BY` or `US-CA`; undefined when the region is unknown. */
function holidayLibrary(region: string): Holidays | undefined {
    if (!holidayLibraries.has(region)) {
        holidayLibraries.set(region, loadRegion(region));
    }
    return holidayLibraries.get(region);
}

function loadRegion(region: string): Holidays | undefined {
    const [country, state, part, ...rest] = region.trim().split('-');
    if (!country || rest.length > 0 || region.trim() !== region) {
        return undefined;
    }
    const library = new Holidays();
    if (!Object.hasOwn(library.getCountries(), country)) {
        return undefined;
    }
    if (state !== undefined && !Object.hasOwn(library.getStates(country) ?? {}, state)) {
        return undefined;
    }
    if (part !== undefined && !Object.hasOwn(library.getRegions(country, state!) ?? {}, part)) {
        return undefined;
    }
    return new Holidays(country, state ?? '', part ?? '', { types: ['public'] });
}

/** Whether `date-holidays` knows the region: a country (`DE`), a state (`DE-BY`) or a region of a state, in its codes. */
export function isHolidayRegion(region: string): boolean {
    return holidayLibrary(region) !== undefined;
}

const regionYears = new Map<string, ReadonlySet<string>>();

/** The public holidays of a region in a year, as `YYYY-MM-DD`; empty for an unknown region. */
export function publicHolidays(region: string, year: number): ReadonlySet<string> {
    const key = `${region}@${year}`;
    let dates = regionYears.get(key);
    if (!dates) {
        const library = holidayLibrary(region);
        dates = new Set((library?.getHolidays(year) ?? []).filter(holiday => holiday.type === 'public').map(holiday => holiday.date.slice(0, 10)));
        regionYears.set(key, dates);
    }
    return dates;
}


/**
 * The public holidays of a calendar's regions in the years from `firstYear` to `lastYear`,
 * sorted: what `CalendarModel.regionHolidays` holds.
 */
export function regionHolidaysOf(calendar: Pick<CalendarModel, 'holidayRegions'>, firstYear: number, lastYear: number): string[] {
    const dates = new Set<string>();
    for (const { region } of calendar.holidayRegions) {
        for (let year = firstYear; year <= lastYear; year++) {
            for (const date of publicHolidays(region, year)) {
                dates.add(date);
            }
        }
    }
    return [...dates].sort();
}
