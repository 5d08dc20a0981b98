import { IssueDefaults, ALL_ISSUE_CODES } from 'sla-language';
import type { Finding, FindingSeverity } from './finding.js';

const LEVEL: Record<FindingSeverity, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** SARIF 2.1.0, for code scanning in CI: one rule per diagnostic code. */
export function formatSarif(findings: Finding[], version: string): string {
    const rules = ALL_ISSUE_CODES.map(code => ({
        id: code,
        shortDescription: { text: IssueDefaults[code].rule },
        defaultConfiguration: { level: LEVEL[IssueDefaults[code].severity] }
    }));
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: { driver: { name: 'sla', version, informationUri: 'https://github.com/sla-studio/sla-studio', rules } },
            results: findings.map(f => ({
                ruleId: f.code,
                ruleIndex: Math.max(0, ALL_ISSUE_CODES.indexOf(f.code as typeof ALL_ISSUE_CODES[number])),
                level: LEVEL[f.severity],
                message: { text: f.message },
                locations: [{
                    physicalLocation: {
                        artifactLocation: { uri: f.file.split('\\').join('/') },
                        region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn }
                    }
                }]
            }))
        }]
    };
    return JSON.stringify(log, undefined, 2) + '\n';
}
