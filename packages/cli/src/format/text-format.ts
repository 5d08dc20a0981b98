import { terminalField } from '../terminal-text.js';
import type { Finding } from './finding.js';

/**
 * `file:line:column: severity code: message`, one per line, then a summary line. A control
 * character or line break in a file name or a message is written as an escape, so one
 * finding is one line and nothing reaches the terminal as a command.
 */
export function formatText(findings: Finding[], fileCount: number): string {
    const lines = findings.map(f => `${terminalField(f.file)}:${f.line}:${f.column}: ${f.severity} ${terminalField(f.code)}: ${terminalField(f.message)}`);
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
