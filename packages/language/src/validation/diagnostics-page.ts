import type { IssueCode } from './issue-codes.js';
import { ALL_ISSUE_CODES, IssueDefaults } from './issue-codes.js';
import { IssueDocs } from './issue-docs.js';

const SEVERITY_WORD = { error: 'error', warning: 'warning', info: 'information', hint: 'hint' } as const;

/** The help of one code as plain text: for SARIF `help.text` and anywhere Markdown is not read. */
export function issueHelpText(code: IssueCode): string {
    const doc = IssueDocs[code];
    return [
        `${doc.title}.`,
        doc.means,
        `Rule: ${IssueDefaults[code].rule}`,
        `Example:\n${doc.example}`,
        `Fix: ${doc.fix}`,
        `Default: ${SEVERITY_WORD[IssueDefaults[code].severity]}.`
    ].join('\n\n');
}

/** The help of one code as Markdown: a section of the diagnostics page, and SARIF `help.markdown`. */
export function issueHelpMarkdown(code: IssueCode, headingLevel = 2): string {
    const doc = IssueDocs[code];
    const defaults = IssueDefaults[code];
    return [
        `${'#'.repeat(headingLevel)} ${code}`,
        `**${doc.title}.** ${doc.means}`,
        `*Rule:* ${defaults.rule}`,
        '```sla\n' + doc.example + '\n```',
        `*Fix:* ${doc.fix}`,
        `*Default:* ${SEVERITY_WORD[defaults.severity]}. Change it with the \`sla.severities\` setting (or \`severities\` in \`sla.config.json\`)`
            + (doc.suppressible === false ? '.' : `, or suppress one finding with \`// sla-ignore ${code}\` on its line or the line above.`)
    ].join('\n\n');
}

/** `docs/diagnostics.md`: one section per code, in the order of the codes. */
export function diagnosticsPage(): string {
    const index = ALL_ISSUE_CODES.map(code => `| [\`${code}\`](#${code}) | ${IssueDocs[code].title} | ${SEVERITY_WORD[IssueDefaults[code].severity]} |`);
    return [
        '# Diagnostics',
        'Every finding of SLA Studio has a stable code. It is shown in the Problems panel, in `sla check` output and in SARIF, and it names the finding in settings and in `// sla-ignore` comments. This page is written from the language package (`packages/language/src/validation/issue-docs.ts`); a test keeps it in step.',
        '| code | what it means | default |\n|---|---|---|\n' + index.join('\n'),
        ...ALL_ISSUE_CODES.map(code => issueHelpMarkdown(code))
    ].join('\n\n') + '\n';
}
