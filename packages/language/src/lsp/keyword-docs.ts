import { AstUtils, GrammarAST, GrammarUtils } from 'langium';
import type { SlaAstType, SlaKeywordNames } from '../generated/ast.js';

/**
 * What each keyword means, for hover and completion. The wording follows the guidance of the
 * seed documents (shared/seeds), so a user who never read them learns it while writing.
 *
 * Clause keywords (`metric`, `controlled by`, `notice` …) are explained by the clause they
 * open, keyed by the clause's AST type; value keywords (`internal`, `provider`, `>=`,
 * `month` …) by their own text.
 */
export interface ClauseDoc {
    /** The clause as it is written, e.g. `controlled by Marketing`. */
    syntax: string;
    doc: string;
}

/** Keyed by AST type (a misspelt one does not compile); looked up by the rule a keyword is in, which has the type's name. */
export const CLAUSE_DOCS = {
    Import: {
        syntax: 'import "common-glossary.sla"',
        doc: 'Makes the terms of a shared glossary file known in this agreement, so that several agreements define their common terms once.'
    },
    SharedGlossary: {
        syntax: 'glossary Common "Common terms" { term … }',
        doc: 'A glossary file that several agreements import. Not everyone will know the terms used: define them at the lowest common level.'
    },
    Agreement: {
        syntax: 'agreement Name "Title" { … }',
        doc: 'A service level agreement between a service provider and its customer. Keep it short and specific: more than 3 to 5 pages is doing it wrong.'
    },
    Version: {
        syntax: 'version "2026.1"',
        doc: 'The version of this agreement; regular reviews make changes and produce new versions.'
    },
    Kind: {
        syntax: 'kind internal',
        doc: 'Whether this is an internal agreement between teams of one organisation (such as sales and marketing) or an external one with a customer. The details differ, the common building blocks are the same.'
    },
    Model: {
        syntax: 'model service-based',
        doc: 'How services are offered: service-based (every customer of a service receives similar terms), customer-based (the services of one customer) or multi-level.'
    },
    Summary: {
        syntax: 'summary "…"',
        doc: 'A brief introduction to the agreement in terms of the parties, the scope of services and the duration of the contract.'
    },
    Period: {
        syntax: 'period 2026-01-01 to 2026-12-31',
        doc: 'When the agreement begins and expires; it may instead be open-ended and renew. Tracking starts on the start date unless `tracking from` says otherwise.'
    },
    Party: {
        syntax: 'party Name "Title" provider { representative … }',
        doc: 'A party to the agreement: the service provider, the customer, or a third party that controls systems the service relies on. Such a third party must be involved in the negotiations.'
    },
    Representative: {
        syntax: 'representative "Dana Lee" as "Service Level Manager"',
        doc: 'A person who represents the party, with their job role. The service level manager negotiates, maintains and reports on the agreement and meets the customer\'s representative regularly.'
    },
    Goal: {
        syntax: 'goal Name "Title" owned by Party "…"',
        doc: 'A goal one party sets. Both teams set their goals, so that when marketing reaches its goal, sales can reach its own.'
    },
    GlossaryBlock: {
        syntax: 'glossary { term [Name] = "…" }',
        doc: 'The terms of this agreement. Define them at the lowest common level; definitions may also be spread over the document where a term is first used.'
    },
    Term: {
        syntax: 'term [Qualified Lead] aka [Qualified Leads] = "…"',
        doc: 'Defines a term and its aliases, such as plural forms. Prose mentions it in brackets, [Qualified Lead], and the mention links to this definition.'
    },
    Service: {
        syntax: 'service Name "Title" { provided by … metric … }',
        doc: 'A service covered by the agreement: who provides it to whom, its hours, description, exclusions, responsibilities and the metrics that judge it.'
    },
    Provision: {
        syntax: 'provided by Provider to Customer',
        doc: 'Which party provides the service, and to which parties.'
    },
    Hours: {
        syntax: 'hours OfficeHours "Monday to Friday, 9:00 to 17:00"',
        doc: 'When the service is provided: prose, a calendar, or both. A calendar named here runs the service\'s clock unless `clock` names another.'
    },
    Description: {
        syntax: 'description "…"',
        doc: 'What the service is, in a sentence or two.'
    },
    Dependency: {
        syntax: 'depends on ThirdParty',
        doc: 'The parties whose systems the service relies on. A third party that controls such systems must be involved in the negotiations.'
    },
    Exclusions: {
        syntax: 'exclusions { "…" }',
        doc: 'Services that are not offered, defined clearly to avoid confusion and leave no room for assumptions.'
    },
    Responsibilities: {
        syntax: 'responsibilities of Party { "…" }',
        doc: 'What one party must do under the agreement; define the responsibilities of both the provider and the customer.'
    },
    Metric: {
        syntax: 'metric Name "Title" { counts … target … measured by … controlled by … }',
        doc: 'A measure of the service. It should reflect only factors under the provider\'s reasonable control, be easy to capture, and be tracked by a tool that exists before the measure is accepted. Choose neither too many measures nor too few.'
    },
    Counts: {
        syntax: 'counts [Qualified Lead]',
        doc: 'What the metric counts: a glossary term or a short description.'
    },
    Times: {
        syntax: 'times "time to first response"',
        doc: 'What the metric times: a glossary term or a short description.'
    },
    Target: {
        syntax: 'target >= 400 per month',
        doc: 'The level to reach: a comparator, a value with its unit and the period it applies to, e.g. at least 70 % of all cases per month. Keep it realistic, not so strict that it becomes unreachable.'
    },
    Measurement: {
        syntax: 'measured by "Tool" operated by Party using "method" every day',
        doc: 'The data source or tool that tracks the metric, who operates it, the method and how often it measures. Make sure the tool exists before accepting the measure.'
    },
    Control: {
        syntax: 'controlled by Provider',
        doc: 'The party in control of what the metric measures. Measures should reflect only factors under the reasonable control of the service provider.'
    },
    Segment: {
        syntax: 'segment Name "Title" target >= 100 per month',
        doc: 'A subset with its own target: a decision-maker can be a more valuable contact than an intern, so set separate goals for each level of quality.'
    },
    Pace: {
        syntax: 'pace daily',
        doc: 'Charts the finish line: the monthly goal times 1/n, n being the days of the month, is the part to reach each day; `over working days` counts only the working days of the clock in force.'
    },
    SeverityScope: {
        syntax: 'for severity Critical, High',
        doc: 'Limits the metric to issues of these severity levels, so each level can have its own response or resolution goal; spend more time perfecting the lower levels.'
    },
    Deliverable: {
        syntax: 'deliverable Name "Title" from Party to Party every week about Service',
        doc: 'A report or other obligation one party owes another at a cadence, optionally about one service; marketing may need weekly status reports on the sales pipeline.'
    },
    Severity: {
        syntax: 'severity Name "Title" { response within … resolution within … escalate after … }',
        doc: 'A severity level with its response and resolution times. Specify the path and time of escalation for each severity level.'
    },
    Response: {
        syntax: 'response within 1 hour',
        doc: 'How soon the provider responds to an issue of this severity.'
    },
    Resolution: {
        syntax: 'resolution within 8 hours',
        doc: 'How soon an issue of this severity is resolved.'
    },
    EscalationStep: {
        syntax: 'escalate after 2 hours to "Service Level Manager"',
        doc: 'One step of the escalation path: after how long, and to whom, an unresolved issue goes.'
    },
    Remedies: {
        syntax: 'remedies { credit … cap … penalty … reward … earn-back … }',
        doc: 'The rewards and penalties that apply to the provider: service credits by attainment, caps, penalties, rewards and an earn-back rule.'
    },
    CreditTier: {
        syntax: 'credit 5 % when below 99.9 % for Metric',
        doc: 'A service level credit: the share credited to the customer when attainment falls below a threshold.'
    },
    CreditCap: {
        syntax: 'cap 20 % per month',
        doc: 'The most service level credits that can accrue in one period.'
    },
    Penalty: {
        syntax: 'penalty "…" when Availability below target 2 periods in a row',
        doc: 'A penalty that applies to the provider when it misses its service levels. With `when …` the report says in which period it applies.'
    },
    Reward: {
        syntax: 'reward "…" when FirstContact at or above target 3 periods in a row',
        doc: 'A reward for the provider when it meets or exceeds its service levels. With `when …` the report says in which period it applies.'
    },
    Trigger: {
        syntax: 'when Availability below target | at or above target [2 periods in a row | in 2 of the last 6 periods]',
        doc: 'When the penalty or reward applies: periods of the metric\'s target that missed it (below target) or met it (at or above target), each one, so many in a row, or so many of the last few. A period without data counts neither way and breaks a streak; the running period is not counted.'
    },
    EarnBack: {
        syntax: 'earn-back after 3 months at or above target',
        doc: 'Lets the provider earn back service level credits by working at or above the standard service level for a period of time.'
    },
    Computation: {
        syntax: 'computed as sum | recorded | average | maximum | minimum | ratio of Good over Total | availability from downtime',
        doc: 'How the recorded values give the one value of each period the target counts over: counts added up, the one value recorded for the period, a ratio of two segments, or the share of the period\'s minutes without recorded downtime. Without it, counts are added up and a percentage or a time is the value recorded for the period.'
    },
    Fee: {
        syntax: 'fee HostingFee 12000 EUR per month',
        doc: 'An amount the customer pays per period, in a currency. Service credits in percent are computed from it.'
    },
    CreditSchedule: {
        syntax: 'credits Standard of HostingFee for Availability, ApiAvailability { 10 % from 99.0 % to below 99.9 % … }',
        doc: 'Service credits: what the provider owes when a metric misses its target, by how far it missed. Written once for the metrics it applies to; the rewards and penalties that apply to the supplier.'
    },
    ScheduleTier: {
        syntax: '10 % from 99.0 % to below 99.9 %',
        doc: 'A credit tier: what is credited when the period\'s value lies in this range. `from` and `to` include their bound; `above` and `below` leave it out; `at or below` includes it.'
    },
    CreditAmount: {
        syntax: '10 % | 500 EUR | 10 times downtime fees | 3 days of service',
        doc: 'What a tier credits: a percentage of the fee, a fixed amount, a multiple of the fees for the minutes of downtime, or the fee of so many days of service.'
    },
    ScheduleCap: {
        syntax: 'cap 100 % per month | cap 50000 EUR per rolling 12 months',
        doc: 'The most this schedule credits within a calendar period, or within the 12 months ending with the period evaluated.'
    },
    ScheduleMinimum: {
        syntax: 'minimum 50 EUR',
        doc: 'A credit that is due is at least this much.'
    },
    Indemnification: {
        syntax: 'indemnification "…"',
        doc: 'The provider acknowledges that the customer is not responsible for costs incurred through breaches of contractual warranties, and pays the customer\'s third-party legal costs resulting from a breach.'
    },
    Review: {
        syntax: 'review every year with Provider, Customer',
        doc: 'A regular review of the agreement; most agreements leave room for regular (annual) reviews to make changes.'
    },
    Meeting: {
        syntax: 'meeting "Service review" every month with Provider, Customer',
        doc: 'A regular meeting of the stakeholders, an open communication forum: the service level manager meets the customer\'s representative to discuss performance and service issues.'
    },
    Termination: {
        syntax: 'termination { notice 30 days by either party condition "…" expiry "…" }',
        doc: 'The circumstances under which the agreement can be terminated or expires, and the notice period for both sides.'
    },
    Notice: {
        syntax: 'notice 30 days by either party',
        doc: 'The notice period for terminating the agreement, for either party or for one party; establish it for both sides.'
    },
    Condition: {
        syntax: 'condition "…"',
        doc: 'A circumstance under which the agreement can be terminated.'
    },
    Expiry: {
        syntax: 'expiry "…"',
        doc: 'When and how the agreement expires.'
    },
    References: {
        syntax: 'references { document "Title" at "location" }',
        doc: 'Reference agreements, policy documents and contracts with third parties that belong with this agreement.'
    },
    DocumentReference: {
        syntax: 'document "Title" at "location"',
        doc: 'A referenced document: its title and where to find it.'
    },
    Section: {
        syntax: 'section "Title" "…"',
        doc: 'A titled section of prose, such as terms and conditions, or the policies and scope of the agreement (application, extension, modification, restrictions).'
    },
    TimeZone: {
        syntax: 'time zone "Europe/Berlin"',
        doc: 'The IANA time zone the agreement\'s periods are in: a calendar month starts at midnight there. A calendar that names no zone of its own is in it too.'
    },
    Calendar: {
        syntax: 'calendar OfficeHours in "Europe/Berlin" { monday to friday 07:30 to 17:30; holidays of "DE-BY" }',
        doc: 'A working calendar: the hours per weekday in a time zone, and the holidays. Business hours and business days are measured on it, skipping nights, weekends and holidays.'
    },
    WorkingHours: {
        syntax: 'monday to friday 08:00 to 12:00, 13:00 to 17:00;',
        doc: 'Working hours of the calendar: the weekdays, then one or more spans of local time on each of them.'
    },
    DayRange: {
        syntax: 'monday to friday',
        doc: 'Weekdays of the working hours: one day, or every day from the first to the last.'
    },
    TimeSpan: {
        syntax: '07:30 to 17:30',
        doc: 'A span of working time in local time, from its start to its end; `24:00` is the end of the day.'
    },
    HolidayRegion: {
        syntax: 'holidays of "DE-BY"',
        doc: 'The public holidays of a country or region (ISO 3166 codes such as `US`, `DE-BY`) are days off the calendar.'
    },
    Holiday: {
        syntax: 'holiday 2026-12-24 "Christmas Eve"',
        doc: 'A day off the calendar that the agreement lists itself.'
    },
    Clock: {
        syntax: 'clock OfficeHours',
        doc: 'The calendar business hours and business days are measured on here: a metric\'s clock comes before its severity\'s, a severity\'s before its service\'s, a service\'s before the agreement\'s; `clock 24x7` counts every minute.'
    },
    Measurements: {
        syntax: 'measurements for Metric from "results.csv"',
        doc: 'The actual results of a metric, one row per day, written inline or read from a CSV file next to the agreement; they are marked cumulatively on the pacing chart.'
    }
} satisfies Partial<Record<keyof SlaAstType, ClauseDoc>>;

/** Keywords that are values: a kind, a role, a unit, a period, a comparator; keyed by the grammar's keywords. */
export const VALUE_DOCS = {
    'internal': 'Internal: between teams of the same organisation, such as sales and marketing, who describe what each needs from the other to reach its goals.',
    'external': 'External: between a service provider and a customer outside the organisation.',
    'service-based': 'Service-based: every customer who works with the provider receives similar terms for the service.',
    'customer-based': 'Customer-based: one agreement with one customer, covering all the services it uses.',
    'multi-level': 'Multi-level: terms at several levels, e.g. for the whole organisation, for a customer and for a service.',
    'provider': 'The service provider: it delivers the services and controls the factors its metrics measure.',
    'customer': 'The customer: it receives the services; in an internal agreement, the team served (e.g. sales).',
    'third-party': 'A third party that controls systems or processes the services rely on; it must be involved in the negotiations.',
    'involved': 'The third party takes part in the negotiations, so it knows which service levels are tracked and how.',
    'open-ended': 'The agreement has no end date; say how it renews.',
    'either': 'Either party may give notice: the same notice period for both sides.',
    'daily': 'Daily pace: the monthly goal split evenly over the days of the month.',
    'over': 'Over working days: the monthly goal is split over the working days of the clock in force, and nothing is due on days off.',
    '24x7': 'Around the clock: every minute of every day counts, nights, weekends and holidays included.',
    'monday': 'Monday.',
    'tuesday': 'Tuesday.',
    'wednesday': 'Wednesday.',
    'thursday': 'Thursday.',
    'friday': 'Friday.',
    'saturday': 'Saturday.',
    'sunday': 'Sunday.',
    'sum': 'Sum: the values recorded in the period are added up, as counts are.',
    'recorded': 'Recorded: the period has one recorded value, such as a monthly percentage, and that is its value.',
    'average': 'Average: the mean of the values recorded in the period.',
    'maximum': 'Maximum: the largest value recorded in the period, e.g. the longest time.',
    'minimum': 'Minimum: the smallest value recorded in the period.',
    'worst-tier': 'Worst tier: only the tier the result falls in applies (the default).',
    'cumulative': 'Cumulative: every tier the result falls in applies, and their credits add up.',
    '>=': 'At least the value.',
    '<=': 'At most the value.',
    '>': 'More than the value.',
    '<': 'Less than the value.',
    '=': 'Exactly the value.',
    '%': 'Percent: a share of all cases, e.g. 70 % of all cases resolved at the first contact.',
    'minute': 'A minute.',
    'minutes': 'Minutes.',
    'hour': 'An hour.',
    'hours': 'Hours.',
    'business-hour': 'An hour of working time on the clock in force; an hour where none is (24x7).',
    'business-hours': 'Hours of working time on the clock in force, skipping nights, weekends and holidays; hours where none is (24x7).',
    'business-day': 'A working day of the clock in force\'s calendar; 8 hours where no calendar is in force.',
    'business-days': 'Working days of the clock in force\'s calendar; 8 hours each where no calendar is in force.',
    'day': 'A calendar day.',
    'days': 'Calendar days.',
    'week': 'A calendar week.',
    'weeks': 'Calendar weeks.',
    'month': 'A calendar month: a monthly goal can be paced over its days.',
    'months': 'Calendar months.',
    'quarter': 'A calendar quarter.',
    'year': 'A calendar year.',
    'years': 'Calendar years.',
    'incident': 'Each incident on its own.',
    'request': 'Each request on its own.',
    'case': 'Each case on its own.'
} satisfies Partial<Record<SlaKeywordNames, string>>;

/**
 * Whether a grammar keyword is a value (`kind internal`, `>=`, `per month`, `involved`) rather
 * than part of a clause's wording (`controlled by`): values sit in an assignment or a data
 * type rule.
 */
export function isValueKeyword(keyword: GrammarAST.Keyword): boolean {
    const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
    return AstUtils.getContainerOfType(keyword, GrammarAST.isAssignment) !== undefined
        || (rule !== undefined && GrammarUtils.isDataTypeRule(rule));
}

/** The rule whose clause a keyword belongs to, e.g. `Control` for the `by` of `controlled by`. */
export function keywordRuleName(keyword: GrammarAST.Keyword): string | undefined {
    return AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name;
}

/** Punctuation needs no explanation. */
export const PUNCTUATION = new Set(['{', '}', ',', ';']);

/** The markdown shown for a keyword: what the value means, or what its clause is for. */
export function keywordMarkdown(keyword: string, clauseType: string | undefined, isValue: boolean): string | undefined {
    if (PUNCTUATION.has(keyword)) {
        return undefined;
    }
    const value = valueDoc(keyword);
    if (isValue && value) {
        return `**${keyword}** — ${value}`;
    }
    const clause = clauseDoc(clauseType);
    return clause ? `**${keyword}** — ${clause.doc}\n\n\`${clause.syntax}\`` : undefined;
}

/** What a value keyword means, if it is explained. */
export function valueDoc(keyword: string): string | undefined {
    return Object.hasOwn(VALUE_DOCS, keyword) ? VALUE_DOCS[keyword as keyof typeof VALUE_DOCS] : undefined;
}

/** What the clause of a grammar rule is for, if it is explained; data type rules (`Comparator`) have none. */
export function clauseDoc(ruleName: string | undefined): ClauseDoc | undefined {
    return ruleName !== undefined && Object.hasOwn(CLAUSE_DOCS, ruleName) ? CLAUSE_DOCS[ruleName as keyof typeof CLAUSE_DOCS] : undefined;
}
