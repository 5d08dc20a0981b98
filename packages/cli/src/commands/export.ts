import { InvalidArgumentError } from 'commander';
import { openSloObjects } from 'sla-model';
import { stringify } from 'yaml';
import { writeOutputFile } from '../output-file.js';
import type { CommandResult } from './command-helpers.js';
import { loadAgreement } from './command-helpers.js';

export const EXPORT_FORMATS = ['openslo'] as const;
export type ExportFormat = typeof EXPORT_FORMATS[number];

export interface ExportOptions {
    format: ExportFormat;
    output?: string;
    /** The IANA time zone the calendar windows start in. */
    timeZone?: string;
    config?: string;
}

/** `--time-zone Europe/Berlin`: a zone of the IANA database, as the runtime knows them. */
export function parseTimeZoneOption(text: string): string {
    try {
        return new Intl.DateTimeFormat('en', { timeZone: text }).resolvedOptions().timeZone;
    } catch {
        throw new InvalidArgumentError('Write a time zone of the IANA database, e.g. Europe/Berlin or UTC.');
    }
}

/**
 * `sla export <file> --format openslo [--time-zone Zone] [-o out]`: the agreement's services and
 * the metrics OpenSLO can state as OpenSLO v1 YAML documents, one per object; each metric left
 * out is named in a warning with the reason.
 */
export async function runExport(file: string, options: ExportOptions): Promise<CommandResult> {
    const { model, file: shown, warning, sources } = await loadAgreement(file, options.config);
    const { objects, skipped } = openSloObjects(model, { timeZone: options.timeZone });
    const rendered = objects.map(object => `---\n${stringify(object, { lineWidth: 0 })}`).join('');
    const warnings = warning + skipped.map(({ metric, reason }) => `sla: warning: '${shown}': metric ${metric} is not exported: ${reason}\n`).join('');
    if (options.output === undefined) {
        return { output: rendered, warnings, exitCode: 0 };
    }
    writeOutputFile(options.output, rendered, sources);
    return { output: `Wrote ${options.output}\n`, warnings, exitCode: 0 };
}
