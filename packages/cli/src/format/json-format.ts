import type { Finding } from './finding.js';

/** The findings as a JSON array, stable for scripts. */
export function formatJson(findings: Finding[]): string {
    return JSON.stringify(findings, undefined, 2) + '\n';
}
