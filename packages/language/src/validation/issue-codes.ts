/** How serious a finding is by default; users may change it per code, or turn a code off. */
export type IssueSeverity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = IssueSeverity | 'off';

/**
 * The stable codes of every SLA diagnostic. They appear in VS Code's Problems panel, in
 * `sla check` output and in SARIF, and they name a finding in settings and in
 * `// sla-ignore <code>` comments. Code actions switch on them.
 */
export const IssueCodes = {
    UndefinedTerm: 'undefined-term',
    UnusedTerm: 'unused-term',
    DuplicateDefinition: 'duplicate-definition',
    UnmeasurableMetric: 'unmeasurable-metric',
    UncontrolledMetric: 'uncontrolled-metric',
    ServiceWithoutMetric: 'service-without-metric',
    TooManyMetrics: 'too-many-metrics',
    MissingPeriod: 'missing-period',
    InvalidPeriod: 'invalid-period',
    MissingTermination: 'missing-termination',
    MissingNoticePeriod: 'missing-notice-period',
    MissingEscalation: 'missing-escalation',
    MissingExclusions: 'missing-exclusions',
    MissingReview: 'missing-review',
    ThirdPartyNotInvolved: 'third-party-not-involved',
    EarnBackWithoutCredits: 'earn-back-without-credits',
    UnrealisticTarget: 'unrealistic-target',
    VagueWording: 'vague-wording',
    DocumentTooLong: 'document-too-long',
    InvalidMeasurements: 'invalid-measurements',
    MeasurementsNotTrusted: 'measurements-not-trusted',
    PacingNeedsCountGoal: 'pacing-needs-count-goal',
    CreditTierWhileMet: 'credit-tier-while-met',
    OverlappingCreditTiers: 'overlapping-credit-tiers',
    CreditTierGap: 'credit-tier-gap',
    SmallerCreditForWorseResult: 'smaller-credit-for-worse-result',
    CapBelowTier: 'cap-below-tier',
    CreditAboveFullFee: 'credit-above-full-fee',
    CreditsWithoutFee: 'credits-without-fee',
    DuplicateClause: 'duplicate-clause',
    TriggerWithoutTarget: 'trigger-without-target',
    UnknownTimeZone: 'unknown-time-zone',
    UnknownHolidayRegion: 'unknown-holiday-region',
    InvalidWorkingHours: 'invalid-working-hours',
    CalendarWithoutWorkingTime: 'calendar-without-working-time',
    EscalationOutOfOrder: 'escalation-out-of-order',
    MissedLastPeriod: 'missed-last-period',
    AmbiguousPeriodValue: 'ambiguous-period-value',
    PercentCreditOnDuration: 'percent-credit-on-duration',
    /** Syntax errors from the parser and lexer. */
    SyntaxError: 'syntax-error',
    /** A name that refers to no party, service, metric, severity or segment. */
    UnresolvedReference: 'unresolved-reference',
    /** A check failed on a clause instead of judging it: a fault in SLA Studio, to report. */
    CheckFailed: 'check-failed',
    /** A text too large to parse and check in the time an edit allows: refused with one diagnostic. */
    DocumentTooLarge: 'document-too-large'
} as const;

export type IssueCode = typeof IssueCodes[keyof typeof IssueCodes];

/** Default severity of each code, and the seed rule behind it. */
export const IssueDefaults: Record<IssueCode, { severity: IssueSeverity; rule: string }> = {
    'undefined-term': { severity: 'error', rule: 'Define the terms at the lowest common level.' },
    'unused-term': { severity: 'warning', rule: 'Keep the agreement short: define only terms it uses.' },
    'duplicate-definition': { severity: 'error', rule: 'Each name must say one thing.' },
    'unmeasurable-metric': { severity: 'error', rule: 'Tools must exist to track a measure before accepting it; measurements should be easy to capture.' },
    'uncontrolled-metric': { severity: 'warning', rule: 'Measures should reflect only factors under the reasonable control of the service provider.' },
    'service-without-metric': { severity: 'warning', rule: 'Without evaluation criteria there is no objective way to judge a service.' },
    'too-many-metrics': { severity: 'warning', rule: 'Refuse excessive amounts of measurements, or measurements that produce large amounts of data.' },
    'missing-period': { severity: 'error', rule: 'The SLA must indicate when the agreement begins and expires.' },
    'invalid-period': { severity: 'error', rule: 'The SLA must indicate when the agreement begins and expires.' },
    'missing-termination': { severity: 'warning', rule: 'The SLA must define the circumstances under which it can be terminated or expires.' },
    'missing-notice-period': { severity: 'warning', rule: 'The notice period for both sides should be established.' },
    'missing-escalation': { severity: 'warning', rule: 'Specify the path and time of escalation for each severity level.' },
    'missing-exclusions': { severity: 'warning', rule: 'Services that are not offered should be clearly defined.' },
    'missing-review': { severity: 'warning', rule: 'Leave room for regular (annual) reviews to make changes.' },
    'third-party-not-involved': { severity: 'warning', rule: 'A third party that controls systems must be involved in the SLA negotiations.' },
    'earn-back-without-credits': { severity: 'warning', rule: 'An earn-back lets a provider earn back service level credits.' },
    'unrealistic-target': { severity: 'warning', rule: 'Targets should be realistic, not so strict that they become unreachable.' },
    'vague-wording': { severity: 'warning', rule: 'Expectations must be measurable and objective.' },
    'document-too-long': { severity: 'warning', rule: 'If it is more than 3 to 5 pages long, you are doing it wrong.' },
    'invalid-measurements': { severity: 'error', rule: 'Mark your actual cumulative results on the same chart.' },
    'measurements-not-trusted': { severity: 'info', rule: 'A workspace you do not trust reads no file beyond the agreement itself.' },
    'pacing-needs-count-goal': { severity: 'error', rule: 'Chart the finish line: a monthly goal split over the days of the month.' },
    'credit-tier-while-met': { severity: 'warning', rule: 'Service credits are owed for missing a service level, not for meeting it.' },
    'overlapping-credit-tiers': { severity: 'warning', rule: 'Each result falls in one credit tier, so the credit owed is never in doubt.' },
    'credit-tier-gap': { severity: 'warning', rule: 'Every result that misses the target falls in a credit tier, or the remedy is unclear.' },
    'smaller-credit-for-worse-result': { severity: 'warning', rule: 'A worse result never earns a smaller credit than a better one.' },
    'cap-below-tier': { severity: 'warning', rule: 'A cap below a tier makes the tier impossible to pay as written.' },
    'credit-above-full-fee': { severity: 'warning', rule: 'A credit above the whole fee is a penalty: write it as one.' },
    'credits-without-fee': { severity: 'info', rule: 'Credits in percent need the fee they are a percentage of, for an amount to be owed.' },
    'duplicate-clause': { severity: 'error', rule: 'A clause that can hold one value is written once; a second would silently lose.' },
    'trigger-without-target': { severity: 'warning', rule: 'A penalty or reward that says when it applies counts periods against a target per calendar period.' },
    'unknown-time-zone': { severity: 'error', rule: 'Respond-by and resolve-by times exist within operational hours, in a time zone both parties can name.' },
    'unknown-holiday-region': { severity: 'error', rule: 'Holidays that stop the clock must be known to both parties.' },
    'invalid-working-hours': { severity: 'error', rule: 'Operational hours must say unambiguously when the clock runs.' },
    'calendar-without-working-time': { severity: 'error', rule: 'A clock that never runs makes every due time unreachable.' },
    'escalation-out-of-order': { severity: 'warning', rule: 'An escalation path says who is called in, and when, as the time without a resolution grows.' },
    'missed-last-period': { severity: 'info', rule: 'Performance is discussed regularly: a missed service level is seen when it happens, with the credit it owes.' },
    'ambiguous-period-value': { severity: 'warning', rule: 'Measurements should be easy to capture and give one result a period, stated how they combine.' },
    'percent-credit-on-duration': { severity: 'warning', rule: 'A credit tier is written in the unit of the target it remedies.' },
    'syntax-error': { severity: 'error', rule: 'The agreement must be well-formed.' },
    'unresolved-reference': { severity: 'error', rule: 'Every name must refer to something defined.' },
    'check-failed': { severity: 'error', rule: 'Every clause is checked; a check that fails says so instead of passing in silence.' },
    'document-too-large': { severity: 'error', rule: 'An agreement is read by people: a file too large to check while it is edited is refused, not half-checked.' }
};

export const ALL_ISSUE_CODES = Object.keys(IssueDefaults) as IssueCode[];

export function isIssueCode(code: unknown): code is IssueCode {
    // Own keys only: `constructor` and `toString` are in every object, and are no codes.
    return typeof code === 'string' && Object.hasOwn(IssueDefaults, code);
}
