import type { AgreementModel, CalendarDate } from 'sla-model';
import { paceMonths, paceTargets } from 'sla-model';
import { renderHtmlPage, renderMarkdown } from 'sla-renderer';
import { CliError } from '../cli-error.js';
import { writeOutputFile } from '../output-file.js';
import { printPdf } from '../print-pdf.js';
import type { CommandResult } from './command-helpers.js';
import { loadAgreement, todayOr } from './command-helpers.js';

export const RENDER_FORMATS = ['html', 'md', 'pdf'] as const;
export type RenderFormat = typeof RENDER_FORMATS[number];

export interface RenderCommandOptions {
    format: RenderFormat;
    output?: string;
    today?: CalendarDate;
    /** `YYYY-MM`: the month the pacing charts and the service level report show first. */
    month?: string;
    config?: string;
}

/**
 * `sla render <file> --format html|md|pdf [--month YYYY-MM] [-o out]`: a standalone page, Markdown,
 * or the page printed to PDF by a headless Chromium (see print-pdf.ts); a PDF needs `-o`.
 */
export async function runRender(file: string, options: RenderCommandOptions): Promise<CommandResult> {
    if (options.format === 'pdf' && options.output === undefined) {
        throw new CliError('sla: --format pdf needs -o <file>: a PDF is not written to standard output');
    }
    const today = todayOr(options.today);
    const { model, file: shown, warning, errors, sources } = await loadAgreement(file, options.config);
    const months = options.month === undefined ? undefined : chartMonths(model, options.month);
    const warnings = warning + (months !== undefined && Object.keys(months).length === 0
        ? `sla: warning: no pacing chart of '${shown}' has measurements in ${options.month}; each shows its default month\n` : '');
    const render = { today, months, month: options.month, problems: errors };
    const rendered = options.format === 'md' ? renderMarkdown(model, render) : renderHtmlPage(model, render);
    if (options.output === undefined) {
        return { output: rendered, warnings, exitCode: 0 };
    }
    writeOutputFile(options.output, options.format === 'pdf' ? printPdf(rendered) : rendered, sources);
    return { output: `Wrote ${options.output}\n`, warnings, exitCode: 0 };
}

/** The month for every chart group that has measurements in it; a group without any keeps its default. */
function chartMonths(model: AgreementModel, month: string): Record<string, string> {
    return Object.fromEntries(paceTargets(model).filter(target => paceMonths(model, target).includes(month)).map(target => [target.id, month]));
}
