import * as path from 'node:path';
import { CliError } from '../cli-error.js';
import { groupByConfig } from '../config.js';
import type { Finding } from '../format/finding.js';
import { sortFindings, toFinding } from '../format/finding.js';
import { formatJson } from '../format/json-format.js';
import { formatSarif } from '../format/sarif-format.js';
import { findDiagnosticsPage } from 'sla-language/node';
import { formatText } from '../format/text-format.js';
import { collectSlaFiles, loadWorkspace } from '../workspace.js';

export const CHECK_FORMATS = ['text', 'json', 'sarif'] as const;
export type CheckFormat = typeof CHECK_FORMATS[number];

export interface CheckOptions {
    format: CheckFormat;
    config?: string;
}

export interface CheckResult {
    output: string;
    exitCode: number;
}

/**
 * `sla check <files|folders>`: exit 0 with no errors, 1 with errors. Files under different
 * settings files are built apart, each group under its own settings.
 */
export async function runCheck(paths: string[], options: CheckOptions, version: string): Promise<CheckResult> {
    const files = collectSlaFiles(paths.length > 0 ? paths : ['.']);
    if (files.length === 0) {
        throw new CliError(`sla: no .sla files in ${paths.join(', ') || '.'}`);
    }
    const findings: Finding[] = [];
    for (const group of groupByConfig(files, options.config)) {
        const workspace = await loadWorkspace(group.files, group.settings);
        for (const document of workspace.documents) {
            const file = path.relative(process.cwd(), document.uri.fsPath) || document.uri.fsPath;
            findings.push(...(document.diagnostics ?? []).map(diagnostic => toFinding(file, diagnostic)));
        }
    }
    const sorted = sortFindings(findings);
    const output = options.format === 'json' ? formatJson(sorted)
        : options.format === 'sarif' ? formatSarif(sorted, version, { diagnosticsPage: findDiagnosticsPage(process.argv[1]) })
        : formatText(sorted, files.length);
    return { output, exitCode: sorted.some(f => f.severity === 'error') ? 1 : 0 };
}
