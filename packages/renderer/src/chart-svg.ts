import { scaleLinear } from 'd3-scale';
import type { ScaleLinear } from 'd3-scale';
import type { Pacing } from 'sla-model';
import { formatMonth, formatNumber } from 'sla-model';
import { escapeHtml } from './escape.js';

/**
 * The pacing chart as an SVG string (no DOM): the cumulative target line over days 1…n, the
 * actual cumulative results with a point per day of data, the goal as the finish line,
 * today's marker and a dashed month-end projection. Colours come from the stylesheet through
 * classes; the only colour written here is `currentColor`, the fallback without one.
 */

export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 300;
export const CHART_MARGIN = { top: 16, right: 96, bottom: 44, left: 52 };

export interface ChartLayout {
    x: ScaleLinear<number, number>;
    y: ScaleLinear<number, number>;
}

/** The scales a chart plots with: day 0…n across, 0 to just above the highest value up. */
export function chartLayout(pacing: Pacing): ChartLayout {
    const highest = Math.max(
        pacing.goal,
        ...pacing.days.map(day => day.cumulativeActual ?? 0),
        pacing.projection?.value ?? 0,
        1
    );
    const x = scaleLinear().domain([0, pacing.daysInMonth]).range([CHART_MARGIN.left, CHART_WIDTH - CHART_MARGIN.right]);
    const y = scaleLinear().domain([0, highest * 1.05]).nice().range([CHART_HEIGHT - CHART_MARGIN.bottom, CHART_MARGIN.top]);
    return { x, y };
}

/** A coordinate as written in the SVG: two decimals are sub-pixel. */
export function coordinate(value: number): number {
    return Math.round(value * 100) / 100;
}

/** Days 1, 5, 10, … and the last; a multiple of 5 too close to the last day is left out. */
export function dayTicks(n: number): number[] {
    const ticks = [1];
    for (let day = 5; day <= n - 3; day += 5) {
        ticks.push(day);
    }
    ticks.push(n);
    return ticks;
}

export interface ChartText {
    /** Unique in the page; the prefix of the title's and description's ids. */
    id: string;
    title: string;
    description: string;
}

export function renderChartSvg(pacing: Pacing, text: ChartText): string {
    const { x, y } = chartLayout(pacing);
    const n = pacing.daysInMonth;
    // Each day's coordinates are rounded and written as text once, for its line and its point.
    const dayX = pacing.days.map(day => String(coordinate(x(day.day))));
    const targetY = pacing.days.map(day => String(coordinate(y(day.cumulativeTarget))));
    const actualY = pacing.days.map(day => day.cumulativeActual === undefined ? undefined : String(coordinate(y(day.cumulativeActual))));
    const origin = `${coordinate(x(0))},${coordinate(y(0))}`;
    const [left, right] = x.range();
    const [bottom, top] = y.range();
    const titleId = `${text.id}-title`;
    const descId = `${text.id}-desc`;
    const parts: string[] = [];

    parts.push(`<svg class="sla-chart-svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}" role="img" aria-labelledby="${escapeHtml(titleId)} ${escapeHtml(descId)}" focusable="false">`);
    parts.push(`<title id="${escapeHtml(titleId)}">${escapeHtml(text.title)}</title>`);
    parts.push(`<desc id="${escapeHtml(descId)}">${escapeHtml(text.description)}</desc>`);

    // Horizontal grid and value axis.
    parts.push('<g class="sla-axis sla-axis-y">');
    for (const tick of y.ticks(5)) {
        const ty = coordinate(y(tick));
        parts.push(`<line class="sla-grid" x1="${left}" x2="${right}" y1="${ty}" y2="${ty}" stroke="currentColor"/>`);
        parts.push(`<text x="${left - 6}" y="${ty}" dy="0.32em" text-anchor="end">${formatNumber(tick)}</text>`);
    }
    parts.push('</g>');

    // Day axis.
    parts.push('<g class="sla-axis sla-axis-x">');
    parts.push(`<line class="sla-axis-line" x1="${left}" x2="${right}" y1="${bottom}" y2="${bottom}" stroke="currentColor"/>`);
    for (const day of dayTicks(n)) {
        const tx = coordinate(x(day));
        parts.push(`<line x1="${tx}" x2="${tx}" y1="${bottom}" y2="${bottom + 5}" stroke="currentColor"/>`);
        parts.push(`<text x="${tx}" y="${bottom + 18}" text-anchor="middle">${day}</text>`);
    }
    parts.push(`<text class="sla-axis-label" x="${coordinate((left + right) / 2)}" y="${CHART_HEIGHT - 6}" text-anchor="middle">Day of ${formatMonth(pacing.year, pacing.monthNumber)}</text>`);
    parts.push('</g>');

    // The finish line: the monthly goal.
    const goalY = coordinate(y(pacing.goal));
    parts.push(`<g class="sla-goal"><line class="sla-goal-line" x1="${left}" x2="${right}" y1="${goalY}" y2="${goalY}" stroke="currentColor"/>`
        + `<text class="sla-goal-label" x="${right + 6}" y="${goalY}" dy="-0.3em">Finish line</text>`
        + `<text class="sla-goal-label" x="${right + 6}" y="${goalY}" dy="1em">${formatNumber(pacing.goal)}</text></g>`);

    if (pacing.todayDay !== undefined) {
        const todayX = coordinate(x(pacing.todayDay));
        parts.push(`<g class="sla-today" data-day="${pacing.todayDay}"><line class="sla-today-line" x1="${todayX}" x2="${todayX}" y1="${top}" y2="${bottom}" stroke="currentColor"/>`
            + `<text class="sla-today-label" x="${todayX}" y="${top - 4}" text-anchor="middle">Today</text></g>`);
    }

    parts.push(`<path class="sla-target-line" d="${pathData([origin, ...pacing.days.map((_, index) => `${dayX[index]},${targetY[index]}`)])}" fill="none" stroke="currentColor"/>`);
    parts.push('<g class="sla-target-points">');
    pacing.days.forEach((day, index) => {
        parts.push(`<circle class="sla-target-point" cx="${dayX[index]}" cy="${targetY[index]}" r="2" data-day="${day.day}" data-value="${day.cumulativeTarget}"/>`);
    });
    parts.push('</g>');

    if (pacing.status && pacing.projection) {
        const from = `${coordinate(x(pacing.status.day))},${coordinate(y(pacing.status.cumulativeActual))}`;
        const to = `${coordinate(x(n))},${coordinate(y(pacing.projection.value))}`;
        parts.push(`<path class="sla-projection-line" d="${pathData([from, to])}" fill="none" stroke="currentColor" data-value="${pacing.projection.value}"/>`);
    }

    const actual = pacing.days.flatMap((_, index) => actualY[index] === undefined ? [] : [`${dayX[index]},${actualY[index]}`]);
    if (actual.length > 0) {
        parts.push(`<path class="sla-actual-line" d="${pathData([origin, ...actual])}" fill="none" stroke="currentColor"/>`);
        parts.push('<g class="sla-actual-points">');
        pacing.days.forEach((day, index) => {
            // A point marks a day with data; the line runs on through days without.
            if (day.actual !== undefined && day.cumulativeActual !== undefined) {
                parts.push(`<circle class="sla-actual-point" cx="${dayX[index]}" cy="${actualY[index]}" r="3.5" data-day="${day.day}" data-value="${day.cumulativeActual}"/>`);
            }
        });
        parts.push('</g>');
    }

    parts.push('</svg>');
    return parts.join('');
}

/** A polyline through points written `x,y`, as d3's `line().digits(2)` writes it. */
function pathData(points: string[]): string {
    return `M${points.join('L')}`;
}
