import type { Pacing } from 'sla-model';
import { formatNumber } from 'sla-model';
import { chartLayout, dayTicks } from './chart-svg.js';

/**
 * The pacing chart in plain characters, for a terminal and a Markdown code block: two
 * columns per day, `*` the actual cumulative result, `.` the cumulative target, `-` the
 * finish line, `|` today. Same value range as the SVG chart.
 */
export const TERMINAL_CHART_ROWS = 12;

export function renderTerminalChart(pacing: Pacing, rows = TERMINAL_CHART_ROWS): string {
    const n = pacing.daysInMonth;
    const top = chartLayout(pacing).y.domain()[1];
    const rowOf = (value: number) => Math.min(rows - 1, Math.max(0, rows - 1 - Math.round(value / top * (rows - 1))));
    const columnOf = (day: number) => (day - 1) * 2;
    const grid = Array.from({ length: rows }, () => Array<string>(n * 2).fill(' '));

    // Later marks win: today under the goal line, under the target, under the actual results.
    if (pacing.todayDay !== undefined) {
        for (const row of grid) {
            row[columnOf(pacing.todayDay)] = '|';
        }
    }
    const goalRow = rowOf(pacing.goal);
    grid[goalRow].fill('-', 0, n * 2);
    for (const day of pacing.days) {
        grid[rowOf(day.cumulativeTarget)][columnOf(day.day)] = '.';
    }
    for (const day of pacing.days) {
        if (day.cumulativeActual !== undefined) {
            grid[rowOf(day.cumulativeActual)][columnOf(day.day)] = '*';
        }
    }

    const labels = new Map<number, string>([[0, formatNumber(top)], [goalRow, formatNumber(pacing.goal)]]);
    const width = Math.max(...[...labels.values(), '0'].map(label => label.length));
    const lines = grid.map((cells, row) => {
        const label = (labels.get(row) ?? '').padStart(width);
        const suffix = row === goalRow ? ' finish line' : '';
        return `${label} |${cells.join('')}${suffix}`.trimEnd();
    });
    lines.push(`${'0'.padStart(width)} +${'-'.repeat(n * 2)}`);
    let axis = ' '.repeat(width + 2);
    for (const day of dayTicks(n)) {
        axis = axis.padEnd(width + 2 + columnOf(day)) + String(day);
    }
    lines.push(axis);
    const legend = ['* actual cumulative', '. cumulative target', `- finish line ${formatNumber(pacing.goal)}`];
    if (pacing.todayDay !== undefined) {
        legend.push(`| today (day ${pacing.todayDay})`);
    }
    lines.push(legend.join('   '));
    return lines.join('\n') + '\n';
}
