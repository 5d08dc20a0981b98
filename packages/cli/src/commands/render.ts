import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AgreementModel, CalendarDate } from 'sla-model';
import { calendarDateOf, daysInMonth, parseCalendarDate } from 'sla-model';
import { renderHtmlPage, renderMarkdown } from 'sla-renderer';
import { CliError } from '../cli-error.js';
import { writeOutputFile } from '../output-file.js';
import { collectSlaFiles, loadWorkspace } from '../workspace.js';

export const RENDER_FORMATS = ['html', 'md'] as const;

export interface RenderCommandOptions {
    format: string;
    output?: string;
    today?: string;
}

export interface CommandResult {
    /** What goes to standard output. */
    output: string;
    /** What goes to standard error: warnings that do not stop the command. */
    warnings: string;
    exitCode: number;
}

/** `--today YYYY-MM-DD`, else the real date: pacing's "today" is an input, fixed in tests. */
export function parseToday(text: string | undefined, now: () => Date = () => new Date()): CalendarDate {
    if (text === undefined) {
        return calendarDateOf(now());
    }
    const today = parseCalendarDate(text);
    // Checked against the month's length too: 2026-02-30 is no day.
    if (!today || today.day > daysInMonth(today.year, today.month)) {
        throw new CliError(`sla: --today '${text}' is not a date; write YYYY-MM-DD`);
    }
    return today;
}

export interface LoadedAgreement {
    model: AgreementModel;
    /** The file as the user named it, relative to the current folder. */
    file: string;
    /** A warning when the file has errors: it still renders what could be read. */
    warning: string;
    /** Every file the agreement was read from: itself, the glossaries it imports, its measurements. */
    sources: string[];
}

/** Loads one `.sla` file (with the glossaries it imports) and gives its agreement's model. */
export async function loadAgreement(file: string): Promise<LoadedAgreement> {
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
        throw new CliError(`sla: '${file}' is a folder; name one .sla file`);
    }
    const [absolute] = collectSlaFiles([file]);
    const workspace = await loadWorkspace([absolute]);
    const document = workspace.documents[0];
    const model = workspace.sla.sla.ModelProvider.modelOf(document);
    const shown = path.relative(process.cwd(), absolute) || absolute;
    if (!model) {
        throw new CliError(`sla: '${shown}' holds no agreement`);
    }
    const errors = (document.diagnostics ?? []).filter(diagnostic => diagnostic.severity === 1).length;
    const warning = errors === 0 ? ''
        : `sla: warning: '${shown}' has ${errors} ${errors === 1 ? 'error' : 'errors'}; run 'sla check ${shown}' to see them\n`;
    const folder = path.dirname(absolute);
    const sources = [
        ...workspace.shared.workspace.LangiumDocuments.all.filter(loaded => loaded.uri.scheme === 'file').map(loaded => loaded.uri.fsPath),
        ...model.measurements.flatMap(series => series.file === undefined ? [] : [path.resolve(folder, series.file)])
    ];
    return { model, file: shown, warning, sources };
}

/** `sla render <file> --format html|md [-o out]`: a standalone page or Markdown. */
export async function runRender(file: string, options: RenderCommandOptions): Promise<CommandResult> {
    if (!(RENDER_FORMATS as readonly string[]).includes(options.format)) {
        throw new CliError(`sla: unknown format '${options.format}'; use ${RENDER_FORMATS.join(', ')}`);
    }
    const today = parseToday(options.today);
    const { model, warning, sources } = await loadAgreement(file);
    const rendered = options.format === 'md' ? renderMarkdown(model, { today }) : renderHtmlPage(model, { today });
    if (options.output === undefined) {
        return { output: rendered, warnings: warning, exitCode: 0 };
    }
    writeOutputFile(options.output, rendered, sources);
    return { output: `Wrote ${options.output}\n`, warnings: warning, exitCode: 0 };
}
