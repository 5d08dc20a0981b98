import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AgreementModel, CalendarDate } from 'sla-model';
import { calendarDateOf } from 'sla-model';
import { CliError } from '../cli-error.js';
import { groupByConfig } from '../config.js';
import { collectSlaFiles, loadWorkspace } from '../workspace.js';

/** What `render` and `pace` give back to `main`, which prints it. */
export interface CommandResult {
    /** What goes to standard output. */
    output: string;
    /** What goes to standard error: warnings that do not stop the command. */
    warnings: string;
    exitCode: number;
}

/** The `--today` given, else the real date: pacing's "today" is an input, fixed in tests. */
export function todayOr(today: CalendarDate | undefined, now: () => Date = () => new Date()): CalendarDate {
    return today ?? calendarDateOf(now());
}

export interface LoadedAgreement {
    model: AgreementModel;
    /** The file as the user named it, relative to the current folder. */
    file: string;
    /** A warning when the file has errors: it still renders what could be read. */
    warning: string;
    /** How many errors the file has: the rendered document is a draft when there are any. */
    errors: number;
    /** Every file the agreement was read from: itself, the glossaries it imports, its measurements, its settings. */
    sources: string[];
}

/**
 * Loads one `.sla` file (with the glossaries it imports) under its settings (`config`, else
 * the nearest `sla.config.json` from its folder up) and gives its agreement's model.
 */
export async function loadAgreement(file: string, config?: string): Promise<LoadedAgreement> {
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
        throw new CliError(`sla: '${file}' is a folder; name one .sla file`);
    }
    const [group] = groupByConfig(collectSlaFiles([file]), config);
    const workspace = await loadWorkspace(group.files, group.settings);
    const document = workspace.documents[0];
    const model = workspace.sla.sla.ModelProvider.modelOf(document);
    const absolute = document.uri.fsPath;
    const shown = path.relative(process.cwd(), absolute) || absolute;
    if (!model) {
        throw new CliError(`sla: '${shown}' holds no agreement`);
    }
    const errors = (document.diagnostics ?? []).filter(diagnostic => diagnostic.severity === 1).length;
    // The check to run is under the same settings, or it would count other errors.
    const check = config === undefined ? `sla check ${shown}` : `sla check --config ${config} ${shown}`;
    const warning = errors === 0 ? ''
        : `sla: warning: '${shown}' has ${errors} ${errors === 1 ? 'error' : 'errors'}; run '${check}' to see them\n`;
    const folder = path.dirname(absolute);
    const sources = [
        ...workspace.shared.workspace.LangiumDocuments.all.filter(loaded => loaded.uri.scheme === 'file').map(loaded => loaded.uri.fsPath),
        ...model.measurements.flatMap(series => series.file === undefined ? [] : [path.resolve(folder, series.file)]),
        ...(group.config === undefined ? [] : [group.config])
    ];
    return { model, file: shown, warning, errors, sources };
}
