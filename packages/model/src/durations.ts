import type { DurationModel, DurationUnitName } from './agreement-model.js';

const MINUTES_PER: Record<DurationUnitName, number> = {
    'minutes': 1,
    'hours': 60,
    // A business hour is an hour of working time. Where no calendar is in force (24×7), it is
    // an hour and a business day a working day of eight hours, as before calendars existed; on
    // a calendar, both are working time and a business day is the calendar's working day
    // (`workingMinutesOf` in business-calendar.ts).
    'business-hours': 60,
    'business-days': 8 * 60,
    'days': 24 * 60,
    'weeks': 7 * 24 * 60,
    'months': 30 * 24 * 60,
    'years': 365 * 24 * 60
};

/** `hour` → `hours`: every unit keyword to its plural name. */
export function durationUnitName(keyword: string | undefined): DurationUnitName {
    // Error recovery can leave the unit out (`response within 15`); minutes is the least harm.
    const plural = !keyword ? 'minutes' : keyword.endsWith('s') ? keyword : `${keyword}s`;
    return (plural in MINUTES_PER ? plural : 'minutes') as DurationUnitName;
}

export function duration(value: number, unitKeyword: string): DurationModel {
    const unit = durationUnitName(unitKeyword);
    const singular = unit.replace(/s$/, '');
    return {
        value,
        unit,
        minutes: value * MINUTES_PER[unit],
        text: `${formatNumber(value)} ${value === 1 ? singular : unit}`
    };
}

/**
 * A number as written: no trailing zeros, no exponent for ordinary sizes, and every digit a
 * reader wrote (`99.99999` stays `99.99999`, so two credit tiers never read alike). Twelve
 * significant digits drop only the noise of binary arithmetic (`0.1 + 0.2` is `0.3`).
 */
export function formatNumber(value: number): string {
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
}
