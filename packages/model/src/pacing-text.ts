import type { Pacing, PaceFinal } from './pacing.js';
import { formatAmount, formatDate, formatMonth, formatSigned, formatTarget } from './format.js';

/** The sentences that say how a paced series stands; shared by the chart, Markdown and the CLI. */

/**
 * `Ahead of pace by 12.5 (+6.5%) on day 15: 206 against a cumulative target of 193.5.` while
 * the month runs; `Final: 365 of 400, goal missed by 35.` once it is finished.
 */
export function describeStanding(pacing: Pacing): string {
    if (pacing.final) {
        return `Final: ${formatAmount(pacing.final.value)} of ${formatAmount(pacing.goal)}, ${finalVerdict(pacing.final, pacing)}.`;
    }
    const status = pacing.status;
    if (!status) {
        const month = formatMonth(pacing.year, pacing.monthNumber);
        return pacing.phase === 'upcoming' ? `${month} has not started yet.`
            : pacing.phase === 'running' && pacing.todayDay !== undefined ? `No measurements up to today (day ${pacing.todayDay}).`
            : `No measurements for ${month}.`;
    }
    const where = `on day ${status.day}: ${formatAmount(status.cumulativeActual)} against a cumulative target of ${formatAmount(status.cumulativeTarget)}`;
    if (status.standing === 'on-pace') {
        return `On pace ${where}.`;
    }
    const percent = `${formatSigned(status.percent)}%`;
    return `${status.standing === 'ahead' ? 'Ahead of' : 'Behind'} pace by ${formatAmount(Math.abs(status.difference))} (${percent}) ${where}.`;
}

/** `goal met by 30`, `goal missed by 55`; a miss at or above the number (`> 400`, `= 400`) names the goal. */
function finalVerdict(final: PaceFinal, pacing: Pacing): string {
    if (final.met) {
        return final.margin === 0 ? 'goal met' : `goal met by ${formatAmount(final.margin)}`;
    }
    return final.margin < 0 ? `goal missed by ${formatAmount(-final.margin)}` : `goal of ${formatTarget(pacing.target.goal)} missed`;
}

/** `Projected month end: 420 of 400 (14 a day on average over days 1–10, days without data as 0).` */
export function describeProjection(pacing: Pacing): string | undefined {
    const projection = pacing.projection;
    if (!projection) {
        return undefined;
    }
    const days = projection.throughDay === 1 ? 'day 1' : `days 1–${projection.throughDay}`;
    const verdict = projection.reachesGoal ? 'reaches the goal' : 'falls short of the goal';
    return `Projected month end: ${formatAmount(projection.value)} of ${formatAmount(pacing.goal)}, ${verdict} `
        + `(${formatAmount(projection.averageDaily)} a day on average over ${days}, days without data as 0, × ${pacing.daysInMonth} days).`;
}

/** `Finish line: 400 by 31 March 2026 (12.9 a day).` */
export function describeFinishLine(pacing: Pacing): string {
    return `Finish line: ${formatAmount(pacing.goal)} by ${formatDate(pacing.days[pacing.daysInMonth - 1].date)} `
        + `(${formatAmount(pacing.dailyTarget)} a day, ${formatAmount(pacing.goal)} × 1/${pacing.daysInMonth}).`;
}

/** `No data for 12 and 13 March 2026.`: the days of a finished month that have no result. */
export function describeDaysWithoutData(pacing: Pacing): string | undefined {
    const days = pacing.final?.daysWithoutData ?? [];
    return days.length > 0 ? `No data for ${formatDays(pacing, days)}.` : undefined;
}

/**
 * Measurements left out of the chart: outside the period, dated after today, or on a day no
 * calendar has.
 */
export function describeIgnored(pacing: Pacing): string | undefined {
    const sentences: string[] = [];
    const outside = pacing.ignored.outsidePeriod.length;
    if (outside > 0) {
        sentences.push(`${outside} ${outside === 1 ? 'measurement lies' : 'measurements lie'} outside the agreement's period and ${outside === 1 ? 'is' : 'are'} left out.`);
    }
    const later = pacing.ignored.afterToday;
    if (later.length > 0) {
        const dates = formatDays(pacing, [...new Set(later.map(point => point.date.day))].sort((a, b) => a - b));
        sentences.push(`${later.length === 1 ? 'A measurement' : `${later.length} measurements`} dated after today (${dates}) ${later.length === 1 ? 'is' : 'are'} left out.`);
    }
    const invalid = pacing.ignored.notInCalendar;
    if (invalid.length > 0) {
        sentences.push(`${invalid.length === 1 ? 'A measurement is' : `${invalid.length} measurements are`} dated on a day no calendar has (${invalid.map(point => point.date.iso).join(', ')}) and left out.`);
    }
    return sentences.length > 0 ? sentences.join(' ') : undefined;
}

/** How many dates or ranges a list names before it only counts the rest. */
const LISTED_ITEMS = 10;

/**
 * Sorted days of the month shown, three or more in a row as a range: `12 and 13 March 2026`,
 * `1, 4–6 and 9 March 2026`; past ten items, `… March 2026 and 12 more days`.
 */
function formatDays(pacing: Pacing, days: number[]): string {
    const runs: { from: number; to: number }[] = [];
    for (const day of days) {
        const last = runs.at(-1);
        if (last && day === last.to + 1) {
            last.to = day;
        } else {
            runs.push({ from: day, to: day });
        }
    }
    // Two days in a row read better as two dates than as a range.
    const items = runs.flatMap(({ from, to }) => to - from >= 2 ? [{ text: `${from}–${to}`, days: to - from + 1 }]
        : Array.from({ length: to - from + 1 }, (_, offset) => ({ text: String(from + offset), days: 1 })));
    const month = formatMonth(pacing.year, pacing.monthNumber);
    const listed = items.slice(0, LISTED_ITEMS).map(item => item.text);
    if (items.length <= LISTED_ITEMS) {
        return `${listed.length > 1 ? `${listed.slice(0, -1).join(', ')} and ${listed.at(-1)}` : listed[0]} ${month}`;
    }
    const rest = items.slice(LISTED_ITEMS).reduce((count, item) => count + item.days, 0);
    return `${listed.join(', ')} ${month} and ${rest} more ${rest === 1 ? 'day' : 'days'}`;
}
