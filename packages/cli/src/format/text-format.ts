import type { Finding } from './finding.js';

/** `file:line:column: severity code: message`, one per line, then a summary line. */
export function formatText(findings: Finding[], fileCount: number): string {
    const lines = findings.map(f => `${f.file}:${f.line}:${f.column}: ${f.severity} ${f.code}: ${f.message}`);
    const errors = findings.filter(f => f.severity === 'error').length;
    const warnings = findings.filter(f => f.severity === 'warning').length;
    const files = `${fileCount} ${fileCount === 1 ? 'file' : 'files'}`;
    lines.push(findings.length === 0
        ? `${files} checked: no problems.`
        : `${files} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(findings.length - errors - warnings, 'note')}.`);
    return lines.join('\n') + '\n';
}

function plural(count: number, word: string): string {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
