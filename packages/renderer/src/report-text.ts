import type { ServiceLevelReport } from 'sla-model';
import { creditWorkings, describeYearToDate, REPORT_COLUMNS, reportCells } from 'sla-model';
import { escapeMarkdown } from './escape.js';

/** The service level report as plain text for a terminal: one table per metric with how its credits were worked out, then the credits due. */
export function renderReportText(report: ServiceLevelReport): string {
    const lines = [`${report.agreement.title}: service level report, ${report.scope}`, ''];
    for (const series of report.series) {
        lines.push(`${series.title} (${series.metric}${series.segment ? `.${series.segment}` : ''}): target ${series.target}`);
        lines.push(...table(REPORT_COLUMNS, series.rows.map(reportCells)).map(line => `  ${line}`));
        if (series.rows.length === 0) {
            lines.push('  No period to report yet.');
        }
        const ytd = series.yearToDate;
        if (ytd) {
            lines.push(`  ${describeYearToDate(ytd)}`);
        }
        const worked = creditWorkings(series);
        if (worked.length > 0) {
            lines.push('  How the credits were worked out:', ...worked.map(line => `  - ${line}`));
        }
        lines.push('');
    }
    if (report.triggers) {
        const { heading, items } = triggerList(report.triggers);
        lines.push(heading, ...items.map(item => `  ${item}`), '');
    }
    lines.push(report.totals.length === 0 ? 'No credits are due.' : `Credits due: ${report.totals.map(total => total.text).join(', ')}.`);
    return lines.join('\n') + '\n';
}

/** The report as Markdown: a heading, a table per metric with how its credits were worked out, the credits due. */
export function renderReportMarkdown(report: ServiceLevelReport): string {
    const lines = [`# ${escapeMarkdown(report.agreement.title)}: service level report, ${escapeMarkdown(report.scope)}`, ''];
    for (const series of report.series) {
        lines.push(`## ${escapeMarkdown(series.title)}`, '', `Target: ${escapeMarkdown(series.target)}.`, '');
        if (series.rows.length > 0) {
            lines.push(`| ${REPORT_COLUMNS.join(' | ')} |`, `|${REPORT_COLUMNS.map(() => ' --- |').join('')}`);
            for (const row of series.rows) {
                lines.push(`| ${reportCells(row).map(escapeMarkdown).join(' | ')} |`);
            }
            lines.push('');
        }
        const ytd = series.yearToDate;
        if (ytd) {
            lines.push(describeYearToDate(ytd), '');
        }
        const worked = creditWorkings(series);
        if (worked.length > 0) {
            lines.push('**How the credits were worked out**', '', ...worked.map(line => `- ${escapeMarkdown(line)}`), '');
        }
    }
    if (report.triggers) {
        const { heading, items } = triggerList(report.triggers);
        lines.push(heading, ...(items.length > 0 ? ['', ...items.map(item => `- ${escapeMarkdown(item)}`)] : []), '');
    }
    lines.push(report.totals.length === 0 ? 'No credits are due.' : `**Credits due:** ${report.totals.map(total => escapeMarkdown(total.text)).join(', ')}.`);
    return lines.join('\n') + '\n';
}

/** The penalties and rewards that fired: a line, then one item each. */
function triggerList(fired: NonNullable<ServiceLevelReport['triggers']>): { heading: string; items: string[] } {
    return fired.length === 0
        ? { heading: 'No penalty or reward was triggered.', items: [] }
        : { heading: 'Penalties and rewards triggered:', items: fired.map(each => each.summary) };
}

/** Rows padded into columns; empty trailing cells leave no trailing space. */
function table(header: string[], rows: string[][]): string[] {
    const widths = header.map((title, column) => Math.max(title.length, ...rows.map(row => row[column].length)));
    return [header, ...rows].map(row => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd());
}
