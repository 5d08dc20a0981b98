import { AstUtils } from 'langium';
import type { Agreement } from '../generated/ast.js';
import { isFee, isMetric, isParty } from '../generated/ast.js';

/**
 * Clause templates written once as LSP snippets (`${1:placeholder}`, `${2|a,b|}`): completion
 * inserts them as snippets, quick-fixes insert their plain text (the first choice of each
 * placeholder), since not every client supports snippets in workspace edits. Every template's
 * plain text parses and is formatted as the formatter would leave it, with four spaces per
 * level; lines after the first are indented relative to the first.
 */

/** Names a template fills in: the agreement's parties, a metric, a fee, the current year. */
export interface TemplateContext {
    provider?: string;
    customer?: string;
    metric?: string;
    fee?: string;
    year?: number;
}

/** The names an agreement fills in: its provider and customer, its first metric and fee, the year `now` is in. */
export function templateContextOf(agreement: Agreement | undefined, now: Date): TemplateContext {
    const parties = agreement?.clauses.filter(isParty) ?? [];
    const metric = agreement ? AstUtils.streamAllContents(agreement).find(isMetric) : undefined;
    const fee = agreement ? AstUtils.streamAllContents(agreement).find(isFee) : undefined;
    return {
        provider: parties.find(party => party.role === 'provider')?.name,
        customer: parties.find(party => party.role === 'customer')?.name,
        metric: metric?.name,
        fee: fee?.name,
        year: now.getFullYear()
    };
}

export interface ClauseTemplate {
    /** The rule of the clause the template writes, e.g. `Metric`. */
    rule: string;
    /** The keyword that opens the clause, shown as the completion label. */
    keyword: string;
    /** A short description shown beside the label. */
    detail: string;
    snippet: (context: TemplateContext) => string;
}

const CALENDAR_PERIODS = 'month,week,day,quarter,year';
const KINDS = 'internal,external';
const ROLES = 'provider,customer,third-party';
const COMPARATORS = '>=,<=,>,<,=';

function year(context: TemplateContext): number {
    return context.year ?? new Date().getFullYear();
}

export const AGREEMENT_TEMPLATE: ClauseTemplate = {
    rule: 'Agreement',
    keyword: 'agreement',
    detail: 'An agreement with its kind, period and two parties',
    snippet: context => [
        `agreement \${1:Name} "\${2:Title}" {`,
        `    kind \${3|${KINDS}|}`,
        `    period \${4:${year(context)}-01-01} to \${5:${year(context)}-12-31}`,
        '',
        `    party \${6:Provider} "\${7:Provider team}" provider`,
        `    party \${8:Customer} "\${9:Customer team}" customer`,
        '    $0',
        '}'
    ].join('\n')
};

export const PERIOD_TEMPLATE: ClauseTemplate = {
    rule: 'Period',
    keyword: 'period',
    detail: 'When the agreement begins and ends',
    snippet: context => `period \${1:${year(context)}-01-01} to \${2:${year(context)}-12-31}`
};

export const PARTY_TEMPLATE: ClauseTemplate = {
    rule: 'Party',
    keyword: 'party',
    detail: 'A party with its role and representative',
    snippet: () => [
        `party \${1:Name} "\${2:Title}" \${3|${ROLES}|} {`,
        '    representative "${4:Full Name}" as "${5:Service Level Manager}"',
        '}'
    ].join('\n')
};

export const GLOSSARY_TEMPLATE: ClauseTemplate = {
    rule: 'GlossaryBlock',
    keyword: 'glossary',
    detail: 'A glossary with a first term',
    snippet: () => [
        'glossary {',
        '    term [${1:Term}] = "${2:What the term means in this agreement.}"',
        '}'
    ].join('\n')
};

export const TERM_TEMPLATE: ClauseTemplate = {
    rule: 'Term',
    keyword: 'term',
    detail: 'A glossary term and its definition',
    snippet: () => 'term [${1:Term}] = "${2:What the term means in this agreement.}"'
};

export const SERVICE_TEMPLATE: ClauseTemplate = {
    rule: 'Service',
    keyword: 'service',
    detail: 'A service with its provider and consumer',
    snippet: context => [
        'service ${1:Name} "${2:Title}" {',
        `    provided by \${3:${context.provider ?? 'Provider'}} to \${4:${context.customer ?? 'Customer'}}`,
        '    description "${5:What the service is.}"',
        '    $0',
        '}'
    ].join('\n')
};

export const METRIC_TEMPLATE: ClauseTemplate = {
    rule: 'Metric',
    keyword: 'metric',
    detail: 'A metric: what is counted, target, measurement, control',
    snippet: context => metricSnippet(context.metric ?? 'Name', 'Title', context.provider)
};

/** A whole metric; `controlled by` is left out when no provider is known. */
export function metricSnippet(name: string, title: string, provider: string | undefined): string {
    return [
        `metric \${1:${name}} "\${2:${title}}" {`,
        '    counts "${3:what is counted}"',
        `    target \${4|${COMPARATORS}|} \${5:100} per \${6|${CALENDAR_PERIODS}|}`,
        '    measured by "${7:the tool that tracks it}" every ${8|day,week,month|}',
        ...(provider ? [`    controlled by \${9:${provider}}`] : []),
        '}'
    ].join('\n');
}

export const SEVERITY_TEMPLATE: ClauseTemplate = {
    rule: 'Severity',
    keyword: 'severity',
    detail: 'A severity level with response, resolution and escalation',
    snippet: () => [
        'severity ${1:Critical} "${2:Service unavailable}" {',
        '    response within ${3:1} ${4|hour,hours,minutes,business-day,days|}',
        '    resolution within ${5:8} ${6|hours,business-days,days|}',
        '    escalate after ${7:4} ${8|hours,minutes,business-days,days|} to "${9:Service Level Manager}"',
        '}'
    ].join('\n')
};

export const REMEDIES_TEMPLATE: ClauseTemplate = {
    rule: 'Remedies',
    keyword: 'remedies',
    detail: 'Service credit tiers and their cap',
    snippet: context => [
        'remedies {',
        `    credit \${1:5} % when below \${2:99} %${context.metric ? ` for \${3:${context.metric}}` : ''}`,
        `    credit \${4:10} % when below \${5:95} %${context.metric ? ` for \${6:${context.metric}}` : ''}`,
        `    cap \${7:20} % per \${8|${CALENDAR_PERIODS}|}`,
        '}'
    ].join('\n')
};

export const CREDIT_TEMPLATE: ClauseTemplate = {
    rule: 'CreditTier',
    keyword: 'credit',
    detail: 'A service credit tier',
    snippet: context => `credit \${1:5} % when below \${2:95} %${context.metric ? ` for \${3:${context.metric}}` : ''}`
};

export const FEE_TEMPLATE: ClauseTemplate = {
    rule: 'Fee',
    keyword: 'fee',
    detail: 'The fee credits in percent are computed from',
    snippet: () => `fee \${1:HostingFee} \${2:12000} \${3:EUR} per \${4|${CALENDAR_PERIODS}|}`
};

export const CREDIT_SCHEDULE_TEMPLATE: ClauseTemplate = {
    rule: 'CreditSchedule',
    keyword: 'credits',
    detail: 'Service credits by how far a metric missed, of a fee, capped',
    snippet: context => [
        `credits \${1:Standard} of \${2:${context.fee ?? 'HostingFee'}} for \${3:${context.metric ?? 'Availability'}} {`,
        '    ${4:10} % from ${5:99.0} % to below ${6:99.9} %',
        '    ${7:25} % below ${8:99.0} %',
        `    cap \${9:50} % per \${10|${CALENDAR_PERIODS}|}`,
        '}'
    ].join('\n')
};

export const COMPUTATION_TEMPLATE: ClauseTemplate = {
    rule: 'Computation',
    keyword: 'computed',
    detail: 'How the recorded values give a period\'s value',
    snippet: () => 'computed as ${1|sum,recorded,average,maximum,minimum,availability from downtime|}'
};

export const EARN_BACK_TEMPLATE: ClauseTemplate = {
    rule: 'EarnBack',
    keyword: 'earn-back',
    detail: 'Credits earned back by periods at or above target',
    snippet: () => 'earn-back after ${1:3} ${2|months,weeks,days|} at or above target'
};

export const PENALTY_TEMPLATE: ClauseTemplate = {
    rule: 'Penalty',
    keyword: 'penalty',
    detail: 'A penalty and the missed periods it applies after',
    snippet: context => `penalty "\${1:Escalation to the steering board.}" when \${2:${context.metric ?? 'Availability'}} below target \${3:2} periods in a row`
};

export const REWARD_TEMPLATE: ClauseTemplate = {
    rule: 'Reward',
    keyword: 'reward',
    detail: 'A reward and the met periods it applies after',
    snippet: context => `reward "\${1:A bonus of 2 % of the fee.}" when \${2:${context.metric ?? 'Availability'}} at or above target \${3:3} periods in a row`
};

export const EXCLUSIONS_TEMPLATE: ClauseTemplate = {
    rule: 'Exclusions',
    keyword: 'exclusions',
    detail: 'What is not offered',
    snippet: () => [
        'exclusions {',
        '    "${1:A service that is not offered.}"',
        '}'
    ].join('\n')
};

export const REVIEW_TEMPLATE: ClauseTemplate = {
    rule: 'Review',
    keyword: 'review',
    detail: 'A regular review and who takes part',
    snippet: context => {
        const participants = [context.provider, context.customer].filter((name): name is string => name !== undefined);
        const withParties = participants.length > 0 ? ` with \${2:${participants.join(', ')}}` : '';
        return `review every \${1|year,quarter,month|}${withParties}`;
    }
};

export const TERMINATION_TEMPLATE: ClauseTemplate = {
    rule: 'Termination',
    keyword: 'termination',
    detail: 'Notice period, conditions and expiry',
    snippet: () => [
        'termination {',
        '    notice ${1:30} ${2|days,weeks,months|} by either party',
        '    condition "${3:Either party may end this agreement when the other repeatedly misses its service levels.}"',
        '    expiry "${4:The agreement expires at the end of its period unless both parties renew it.}"',
        '}'
    ].join('\n')
};

/** The templates completion offers beside the keyword that opens their clause. */
export const CLAUSE_TEMPLATES: ClauseTemplate[] = [
    AGREEMENT_TEMPLATE, PERIOD_TEMPLATE, PARTY_TEMPLATE, GLOSSARY_TEMPLATE, TERM_TEMPLATE, SERVICE_TEMPLATE,
    METRIC_TEMPLATE, SEVERITY_TEMPLATE, REMEDIES_TEMPLATE, CREDIT_TEMPLATE, FEE_TEMPLATE, CREDIT_SCHEDULE_TEMPLATE,
    COMPUTATION_TEMPLATE, EARN_BACK_TEMPLATE, PENALTY_TEMPLATE, REWARD_TEMPLATE, EXCLUSIONS_TEMPLATE, REVIEW_TEMPLATE,
    TERMINATION_TEMPLATE
];

/**
 * The text a snippet inserts when every placeholder keeps its default: `${1:Name}` → `Name`,
 * `${2|a,b|}` → `a`, tab stops and `$0` → nothing.
 */
export function snippetToText(snippet: string): string {
    return snippet
        .split('\n')
        .filter(line => !/^\s*\$0$/.test(line))
        .join('\n')
        .replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1')
        .replace(/\$\{\d+:([^}]*)\}/g, '$1')
        .replace(/\$\d+/g, '');
}

/** Indents every line after the first by `indent`, so a multi-line clause fits where it goes. */
export function indentFollowingLines(text: string, indent: string): string {
    return text.split('\n').map((line, index) => index === 0 || line === '' ? line : indent + line).join('\n');
}
