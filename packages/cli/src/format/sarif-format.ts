import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { IssueDefaults, IssueDocs, ALL_ISSUE_CODES, issueHelpMarkdown, issueHelpText } from 'sla-language';
import type { Finding, FindingSeverity } from './finding.js';

const LEVEL: Record<FindingSeverity, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** Files are named relative to the folder `sla check` ran in, which code scanning maps to the repository. */
const SOURCE_ROOT = '%SRCROOT%';

/**
 * SARIF 2.1.0, for code scanning in CI: one rule per diagnostic code, each with the help of the
 * diagnostics page (and its URI where the page was shipped), and files relative to `%SRCROOT%`
 * (the folder the check ran in).
 */
export function formatSarif(findings: Finding[], version: string, options: { cwd?: string; diagnosticsPage?: string } = {}): string {
    const cwd = options.cwd ?? process.cwd();
    const rules = ALL_ISSUE_CODES.map(code => ({
        id: code,
        name: ruleName(code),
        shortDescription: { text: IssueDocs[code].title },
        fullDescription: { text: `${IssueDocs[code].means} ${IssueDefaults[code].rule}` },
        help: { text: issueHelpText(code), markdown: issueHelpMarkdown(code, 3) },
        ...(options.diagnosticsPage ? { helpUri: `${options.diagnosticsPage}#${code}` } : {}),
        defaultConfiguration: { level: LEVEL[IssueDefaults[code].severity] }
    }));
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: { driver: { name: 'sla', version, rules } },
            originalUriBaseIds: { [SOURCE_ROOT]: { uri: pathToFileURL(cwd).href.replace(/\/?$/, '/') } },
            results: findings.map(f => ({
                ruleId: f.code,
                ruleIndex: Math.max(0, ALL_ISSUE_CODES.indexOf(f.code as typeof ALL_ISSUE_CODES[number])),
                level: LEVEL[f.severity],
                message: { text: f.message },
                locations: [{
                    physicalLocation: {
                        artifactLocation: artifactLocation(f.file, cwd),
                        region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn }
                    }
                }]
            }))
        }]
    };
    return JSON.stringify(log, undefined, 2) + '\n';
}

/** `missing-review` → `MissingReview`: SARIF rule names are identifiers. */
function ruleName(code: string): string {
    return code.split('-').map(word => word.charAt(0).toUpperCase() + word.slice(1)).join('');
}

function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
    const absolute = path.resolve(cwd, file);
    const relative = path.relative(cwd, absolute);
    if (relative && !relative.startsWith('..') && !path.isAbsolute(relative)) {
        return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
    }
    return { uri: pathToFileURL(absolute).href };
}
