import { scaleLinear, scalePoint } from 'd3-scale';
import type { ScaleLinear, ScalePoint } from 'd3-scale';
import type { PeriodStatus, ReportChart, ReportYear } from 'sla-model';
import { formatNumber, formatQuantity, REPORT_STATUS_WORDS } from 'sla-model';
import { coordinate } from './chart-svg.js';
import { escapeHtml } from './escape.js';

/**
 * The service level report's small chart of one series: its result in each period of the
 * report's year against the target as a line. A period without a value is a gap in the line,
 * never a zero: a finished one without data is marked by a dashed rule and named; periods not
 * tracked yet or still to come are empty slots on the axis. Coordinates are computed by
 * `reportChartGeometry` alone, so tests and the browser check read the same numbers.
 */

export const REPORT_CHART_WIDTH = 480;
export const REPORT_CHART_HEIGHT = 160;
export const REPORT_CHART_MARGIN = { top: 14, right: 12, bottom: 24, left: 56 };

export interface ReportChartPoint {
    key: string;
    label: string;
    status: PeriodStatus;
    value: number;
    cx: number;
    cy: number;
}

export interface ReportChartGeometry {
    /** Period key → the centre of its slot. */
    x: ScalePoint<string>;
    y: ScaleLinear<number, number>;
    /** The periods with a value, in order, at their rounded coordinates. */
    points: ReportChartPoint[];
    /** Runs of points in adjacent periods: the line breaks where a period has no value. */
    runs: ReportChartPoint[][];
    /** Finished periods without a value, at the x of their slot. */
    gaps: { key: string; label: string; cx: number }[];
    targetY: number;
    yTicks: number[];
    /** The periods whose axis label is written: every one up to 12, else about six. */
    labelled: string[];
}

/** The chart's scales and every coordinate it draws; pure. */
export function reportChartGeometry(year: ReportYear): ReportChartGeometry {
    const keys = year.periods.map(period => period.key);
    const x = scalePoint<string>().domain(keys).range([REPORT_CHART_MARGIN.left, REPORT_CHART_WIDTH - REPORT_CHART_MARGIN.right]).padding(0.5);
    const values = [year.target, ...year.periods.flatMap(period => period.value === undefined ? [] : [period.value])];
    const [low, high] = [Math.min(...values), Math.max(...values)];
    // A tenth of the spread above and below; a flat series gets 5% of its level (at least 1).
    const pad = high > low ? (high - low) / 10 : Math.max(Math.abs(high) / 20, 1);
    const y = scaleLinear().domain([low - pad, high + pad]).nice(4).range([REPORT_CHART_HEIGHT - REPORT_CHART_MARGIN.bottom, REPORT_CHART_MARGIN.top]);
    const points: ReportChartPoint[] = [];
    const runs: ReportChartPoint[][] = [];
    const gaps: ReportChartGeometry['gaps'] = [];
    let run: ReportChartPoint[] = [];
    for (const period of year.periods) {
        if (period.value === undefined || period.status === undefined) {
            if (period.status === 'no-data') {
                gaps.push({ key: period.key, label: period.label, cx: coordinate(x(period.key)!) });
            }
            run = [];
            continue;
        }
        const point = { key: period.key, label: period.label, status: period.status, value: period.value, cx: coordinate(x(period.key)!), cy: coordinate(y(period.value)) };
        points.push(point);
        if (run.length === 0) {
            runs.push(run);
        }
        run.push(point);
    }
    const every = keys.length <= 12 ? 1 : Math.ceil(keys.length / 6);
    return {
        x,
        y,
        points,
        runs,
        gaps,
        targetY: coordinate(y(year.target)),
        yTicks: y.ticks(4),
        labelled: keys.filter((_, index) => index % every === 0)
    };
}

/** `70%`, `400`, `4 hours` as an axis label: the unit after a number only for a percentage. */
function tickLabel(value: number, unit: ReportYear['unit']): string {
    return unit === '%' ? `${formatNumber(value)}%` : formatNumber(value);
}

/** The chart's text alternative: the target, then each evaluated period's result and status. */
export function describeReportChart(chart: ReportChart): string {
    const periods = chart.year.periods.filter(period => period.status !== undefined).map(period => period.value !== undefined
        ? `${period.label}: ${formatQuantity(period.value, chart.year.unit, true)}, ${REPORT_STATUS_WORDS[period.status!]}.`
        : `${period.label}: ${period.status === 'in-progress' ? 'in progress, no data yet' : 'no data'}.`);
    return [`Target ${chart.target}.`, ...(periods.length > 0 ? periods : [`No period of ${chart.year.year} evaluated yet.`])].join(' ');
}

export function renderReportChartSvg(chart: ReportChart): string {
    const geometry = reportChartGeometry(chart.year);
    const { x, y } = geometry;
    const [left, right] = [REPORT_CHART_MARGIN.left, REPORT_CHART_WIDTH - REPORT_CHART_MARGIN.right];
    const [bottom, top] = y.range();
    const titleId = escapeHtml(`${chart.id}-title`);
    const descId = escapeHtml(`${chart.id}-desc`);
    const parts: string[] = [
        `<svg class="sla-report-chart-svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${REPORT_CHART_WIDTH} ${REPORT_CHART_HEIGHT}" role="img" aria-labelledby="${titleId} ${descId}" focusable="false" data-year="${chart.year.year}">`,
        `<title id="${titleId}">${escapeHtml(`${chart.title}: ${chart.year.year} against the target`)}</title>`,
        `<desc id="${descId}">${escapeHtml(describeReportChart(chart))}</desc>`,
        '<g class="sla-axis sla-axis-y">'
    ];
    for (const tick of geometry.yTicks) {
        const ty = coordinate(y(tick));
        parts.push(`<line class="sla-grid" x1="${left}" x2="${right}" y1="${ty}" y2="${ty}" stroke="currentColor"/>`);
        parts.push(`<text x="${left - 6}" y="${ty}" dy="0.32em" text-anchor="end">${escapeHtml(tickLabel(tick, chart.year.unit))}</text>`);
    }
    parts.push('</g>', '<g class="sla-axis sla-axis-x">');
    parts.push(`<line class="sla-axis-line" x1="${left}" x2="${right}" y1="${bottom}" y2="${bottom}" stroke="currentColor"/>`);
    const labels = new Map(chart.year.periods.map(period => [period.key, period.short]));
    for (const key of geometry.labelled) {
        parts.push(`<text x="${coordinate(x(key)!)}" y="${bottom + 16}" text-anchor="middle">${escapeHtml(labels.get(key)!)}</text>`);
    }
    parts.push('</g>');
    for (const gap of geometry.gaps) {
        parts.push(`<line class="sla-report-gap" x1="${gap.cx}" x2="${gap.cx}" y1="${top}" y2="${bottom}" stroke="currentColor" data-period="${escapeHtml(gap.key)}"><title>${escapeHtml(`${gap.label}: no data`)}</title></line>`);
    }
    parts.push(`<line class="sla-report-target" x1="${left}" x2="${right}" y1="${geometry.targetY}" y2="${geometry.targetY}" stroke="currentColor" data-value="${chart.year.target}"/>`);
    parts.push(`<text class="sla-report-target-label" x="${right}" y="${geometry.targetY}" dy="-0.4em" text-anchor="end">${escapeHtml(`Target ${tickLabel(chart.year.target, chart.year.unit)}`)}</text>`);
    for (const run of geometry.runs.filter(each => each.length > 1)) {
        parts.push(`<path class="sla-report-line" d="M${run.map(point => `${point.cx},${point.cy}`).join('L')}" fill="none" stroke="currentColor"/>`);
    }
    for (const point of geometry.points) {
        parts.push(`<circle class="sla-report-point sla-report-${point.status}" cx="${point.cx}" cy="${point.cy}" r="3.5" data-period="${escapeHtml(point.key)}" data-value="${point.value}" data-status="${point.status}">`
            + `<title>${escapeHtml(`${point.label}: ${formatQuantity(point.value, chart.year.unit, true)}, ${REPORT_STATUS_WORDS[point.status]}`)}</title></circle>`);
    }
    parts.push('</svg>');
    return parts.join('');
}
