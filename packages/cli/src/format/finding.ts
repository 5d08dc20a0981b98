import type { Diagnostic } from 'vscode-languageserver-types';

export type FindingSeverity = 'error' | 'warning' | 'info' | 'hint';

/** One diagnostic of one file, with one-based lines and columns, as the CLI reports it. */
export interface Finding {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: FindingSeverity;
    code: string;
    message: string;
}

const SEVERITIES: FindingSeverity[] = ['error', 'error', 'warning', 'info', 'hint'];

export function toFinding(file: string, diagnostic: Diagnostic): Finding {
    return {
        file,
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        endLine: diagnostic.range.end.line + 1,
        endColumn: diagnostic.range.end.character + 1,
        severity: SEVERITIES[diagnostic.severity ?? 1],
        code: String(diagnostic.code ?? 'sla'),
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value
    };
}

/** Findings in file order, then position. */
export function sortFindings(findings: Finding[]): Finding[] {
    return [...findings].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
