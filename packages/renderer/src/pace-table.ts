import type { Pacing } from 'sla-model';
import { formatAmount, formatFixed, formatSigned } from 'sla-model';

/** The day-by-day pacing table, as its header and rows of text cells. */
export const PACE_COLUMNS = ['Day', 'Daily target', 'Cumulative target', 'Actual', 'Cumulative actual', 'Difference'];

/** `–` marks a day without data, or a day after the last one with data. */
export function paceRows(pacing: Pacing): string[][] {
    return pacing.days.map(day => [
        String(day.day),
        formatFixed(day.dailyTarget),
        formatFixed(day.cumulativeTarget),
        day.actual === undefined ? '–' : formatAmount(day.actual),
        day.cumulativeActual === undefined ? '–' : formatAmount(day.cumulativeActual),
        day.difference === undefined ? '–' : formatSigned(day.difference, true)
    ]);
}

/** The table in plain text, columns right-aligned, for a terminal. */
export function renderPaceTable(pacing: Pacing): string {
    const rows = [PACE_COLUMNS, ...paceRows(pacing)];
    const widths = PACE_COLUMNS.map((_, column) => Math.max(...rows.map(row => row[column].length)));
    return rows.map(row => row.map((cell, column) => cell.padStart(widths[column])).join('  ')).join('\n') + '\n';
}
