import type { Pacing } from './pacing.js';
import { formatAmount, formatDate, formatMonth, formatSigned } from './format.js';

/** The sentences that say how a paced series stands; shared by the chart, Markdown and the CLI. */

/** `Ahead of pace by 12.5 (+6.5%) on day 15: 206 against a cumulative target of 193.5.` */
export function describeStanding(pacing: Pacing): string {
    const status = pacing.status;
    if (!status) {
        if (pacing.lastDataDay === undefined) {
            return `No measurements for ${formatMonth(pacing.year, pacing.monthNumber)}.`;
        }
        return pacing.todayDay !== undefined
            ? `No measurements up to today (day ${pacing.todayDay}).`
            : `${formatMonth(pacing.year, pacing.monthNumber)} has not started yet.`;
    }
    const where = `on day ${status.day}: ${formatAmount(status.cumulativeActual)} against a cumulative target of ${formatAmount(status.cumulativeTarget)}`;
    if (status.standing === 'on-pace') {
        return `On pace ${where}.`;
    }
    const percent = `${formatSigned(status.percent)}%`;
    return `${status.standing === 'ahead' ? 'Ahead of' : 'Behind'} pace by ${formatAmount(Math.abs(status.difference))} (${percent}) ${where}.`;
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

/** Measurements left out of every chart: outside the period, or on a day no calendar has. */
export function describeIgnored(pacing: Pacing): string | undefined {
    const sentences: string[] = [];
    const outside = pacing.ignored.outsidePeriod.length;
    if (outside > 0) {
        sentences.push(`${outside} ${outside === 1 ? 'measurement lies' : 'measurements lie'} outside the agreement's period and ${outside === 1 ? 'is' : 'are'} left out.`);
    }
    const invalid = pacing.ignored.notInCalendar;
    if (invalid.length > 0) {
        sentences.push(`${invalid.length === 1 ? 'A measurement is' : `${invalid.length} measurements are`} dated on a day no calendar has (${invalid.map(point => point.date.iso).join(', ')}) and left out.`);
    }
    return sentences.length > 0 ? sentences.join(' ') : undefined;
}
