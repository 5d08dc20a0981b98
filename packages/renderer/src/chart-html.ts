import type { ChartGroup, Pacing } from 'sla-model';
import { renderChartSvg } from './chart-svg.js';
import { escapeHtml } from './escape.js';
import { describeDaysWithoutData, describeFinishLine, describeIgnored, describeProjection, describeStanding, formatMonth } from 'sla-model';
import { PACE_COLUMNS, paceRows } from './pace-table.js';

/**
 * A pacing chart group as HTML: a month picker when there are several months, then one
 * figure per month (all but the selected one hidden), each with its caption, the SVG, a
 * legend and the day-by-day table as the chart's accessible fallback.
 */
export function renderChartGroupHtml(group: ChartGroup): string {
    const groupAttr = escapeHtml(group.id);
    const lines: string[] = [`<div class="sla-chart-group" data-chart-group="${groupAttr}" data-line="${group.line}">`];
    if (group.charts.length > 1) {
        lines.push(`<label class="sla-month-picker-label">Month <select class="sla-month-picker" data-chart-group="${groupAttr}">`);
        for (const chart of group.charts) {
            const selected = chart.month === group.selected ? ' selected' : '';
            lines.push(`<option value="${escapeHtml(chart.month)}"${selected}>${escapeHtml(formatMonth(chart.year, chart.monthNumber))}</option>`);
        }
        lines.push('</select></label>');
    }
    for (const chart of group.charts) {
        lines.push(...figureLines(group, chart));
    }
    lines.push('</div>');
    return lines.join('\n');
}

/** A figure as lines, joined once with the group's rather than once per figure. */
function figureLines(group: ChartGroup, pacing: Pacing): string[] {
    const id = `chart-${group.elementId}-${pacing.month}`;
    const monthName = formatMonth(pacing.year, pacing.monthNumber);
    const title = `${group.title}: pacing for ${monthName}`;
    const standing = describeStanding(pacing);
    const projection = describeProjection(pacing);
    const finish = describeFinishLine(pacing);
    const withoutData = describeDaysWithoutData(pacing);
    const ignored = describeIgnored(pacing);
    const description = [finish, standing, withoutData, projection].filter(Boolean).join(' ');
    const hidden = pacing.month === group.selected ? '' : ' hidden';
    return [
        `<figure class="sla-chart" id="${escapeHtml(id)}" data-chart-group="${escapeHtml(group.id)}" data-month="${escapeHtml(pacing.month)}" data-line="${group.line}"${hidden}>`,
        '<figcaption>',
        `<span class="sla-chart-title">${escapeHtml(title)}</span>`,
        `<span class="sla-pace ${standingClass(pacing)}">${escapeHtml(standing)}</span>`,
        ...(withoutData ? [`<span class="sla-days-without-data">${escapeHtml(withoutData)}</span>`] : []),
        ...(projection ? [`<span class="sla-projection">${escapeHtml(projection)}</span>`] : []),
        `<span class="sla-finish">${escapeHtml(finish)}</span>`,
        '</figcaption>',
        renderChartSvg(pacing, { id, title, description }),
        legend(pacing),
        ...(ignored ? [`<p class="sla-chart-note">${escapeHtml(ignored)}</p>`] : []),
        ...dataTableLines(pacing, title),
        '</figure>'
    ];
}

/** A finished month is coloured by its result, a running one by its standing. */
function standingClass(pacing: Pacing): string {
    if (pacing.final) {
        return pacing.final.met ? 'sla-pace-met' : 'sla-pace-missed';
    }
    return pacing.status ? `sla-pace-${pacing.status.standing}` : 'sla-pace-unknown';
}

function legend(pacing: Pacing): string {
    const items = [
        ['target', 'Cumulative target'],
        ...(pacing.lastDataDay !== undefined ? [['actual', 'Actual cumulative']] : []),
        ['goal', 'Finish line (monthly goal)'],
        ...(pacing.projection ? [['projection', 'Month-end projection']] : []),
        ...(pacing.todayDay !== undefined ? [['today', 'Today']] : [])
    ];
    return `<ul class="sla-chart-legend" aria-hidden="true">${items
        .map(([key, label]) => `<li><span class="sla-swatch sla-swatch-${key}"></span>${label}</li>`).join('')}</ul>`;
}

const TABLE_HEAD = `<thead><tr>${PACE_COLUMNS.map(column => `<th scope="col">${column}</th>`).join('')}</tr></thead>`;

/** The chart's data as a table, for screen readers and for anyone who wants the numbers. */
function dataTableLines(pacing: Pacing, title: string): string[] {
    const cells = paceRows(pacing);
    let body = '';
    for (let index = 0; index < cells.length; index++) {
        const row = cells[index];
        const day = pacing.days[index].day;
        const today = day === pacing.todayDay ? ' class="sla-today-row"' : '';
        body += `<tr data-day="${day}"${today}><th scope="row">${row[0]}</th>`;
        for (let column = 1; column < row.length; column++) {
            body += `<td>${escapeHtml(row[column])}</td>`;
        }
        body += '</tr>';
    }
    return [
        '<details class="sla-chart-data">',
        '<summary>Day-by-day data</summary>',
        `<table><caption>${escapeHtml(title)}</caption>`,
        TABLE_HEAD,
        `<tbody>${body}</tbody></table>`,
        '</details>'
    ];
}
