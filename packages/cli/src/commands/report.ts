import type { CalendarDate } from 'sla-model';
import { serviceLevelReport } from 'sla-model';
import { renderReportMarkdown, renderReportPage, renderReportText } from 'sla-renderer';
import { writeOutputFile } from '../output-file.js';
import type { CommandResult } from './command-helpers.js';
import { loadAgreement, todayOr } from './command-helpers.js';

export const REPORT_FORMATS = ['text', 'json', 'md', 'html'] as const;
export type ReportFormat = typeof REPORT_FORMATS[number];

export interface ReportOptions {
    format: ReportFormat;
    /** `YYYY-MM`. */
    month?: string;
    /** `YYYY-Qn`. */
    quarter?: string;
    output?: string;
    today?: CalendarDate;
    config?: string;
}

/**
 * `sla report <file> [--month YYYY-MM | --quarter YYYY-Qn] [--format text|json|md|html]`: whether
 * the agreement was kept, metric by metric and period by period, with the credits due. JSON
 * follows the `sla-report/1` shape of `ServiceLevelReport`; HTML is a standalone page with a
 * chart per series of its year against the target.
 */
export async function runReport(file: string, options: ReportOptions): Promise<CommandResult> {
    const today = todayOr(options.today);
    const { model, warning, sources } = await loadAgreement(file, options.config);
    const report = serviceLevelReport(model, { today, month: options.month, quarter: options.quarter });
    const rendered = options.format === 'json' ? `${JSON.stringify(report, null, 2)}\n`
        : options.format === 'md' ? renderReportMarkdown(report)
        : options.format === 'html' ? renderReportPage(report)
        : renderReportText(report);
    if (options.output === undefined) {
        return { output: rendered, warnings: warning, exitCode: 0 };
    }
    writeOutputFile(options.output, rendered, sources);
    return { output: `Wrote ${options.output}\n`, warnings: warning, exitCode: 0 };
}
