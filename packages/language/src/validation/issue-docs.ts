import type { IssueCode } from './issue-codes.js';

/**
 * What each diagnostic code means, shown where users look: the diagnostics page
 * (`docs/diagnostics.md`, written from these entries), SARIF rules for code scanning, and the
 * link on each diagnostic in the editor. The default severity and the seed rule come from
 * `IssueDefaults`; these entries add what a reader needs to act on a finding.
 */
export interface IssueDoc {
    /** A short title, e.g. "A term is used but never defined". */
    title: string;
    /** When the finding is reported, in a sentence or two. */
    means: string;
    /** A few lines of `.sla` that are reported. */
    example: string;
    /** What to write instead. */
    fix: string;
    /** False where `// sla-ignore` cannot reach the finding (a file too large to read its comments). */
    suppressible?: false;
}

export const IssueDocs: Record<IssueCode, IssueDoc> = {
    'undefined-term': {
        title: 'A term is mentioned but never defined',
        means: 'Prose mentions `[Term]`, or a clause refers to a term, that no glossary in scope defines: not the agreement\'s, not a service\'s, not an imported glossary\'s.',
        example: 'summary "Support for [Incidents] on [Business Days]."',
        fix: 'Define the term (`term [Business Days] = "…"`) in the glossary of the agreement or of the lowest block that uses it, or import the glossary that defines it. The quick-fix offers both, and the nearest defined name for a misspelling.'
    },
    'unused-term': {
        title: 'A term is defined but never used',
        means: 'A glossary defines a term that no prose and no clause mentions.',
        example: 'glossary { term [Uptime] = "…" }   // [Uptime] appears nowhere',
        fix: 'Remove the definition, or mention the term where it is meant.'
    },
    'duplicate-definition': {
        title: 'Two things share one name',
        means: 'Two terms, parties, services, metrics, severities, segments, fees or credit schedules have the same name, so a reference to it could mean either.',
        example: 'metric Availability "…" { … }\nmetric Availability "…" { … }',
        fix: 'Rename one of them; references follow a rename.'
    },
    'unmeasurable-metric': {
        title: 'A metric cannot be measured as written',
        means: 'A metric lacks a target (comparator, value and period), what it counts or times, or how it is measured.',
        example: 'metric FirstContact "Cases resolved at first contact" {\n    target >= 70 % per month\n}',
        fix: 'Add the missing clause: `counts "…"`, `target >= 70 % per month`, `measured by "…" every month`. The quick-fix inserts it with placeholders.'
    },
    'uncontrolled-metric': {
        title: 'A metric is controlled by someone other than the provider',
        means: 'The metric\'s `controlled by` names a party that does not provide its service, or no party controls it.',
        example: 'service Support { provided by Desk to Staff\n    metric FirstContact { … controlled by Staff } }',
        fix: 'Measure only what the provider controls: `controlled by Desk`, or move the metric to a service the party provides.'
    },
    'service-without-metric': {
        title: 'A service has no metric',
        means: 'A service states what is provided but no metric says how it is judged.',
        example: 'service Training "Onboarding sessions" { provided by Desk to Staff }',
        fix: 'Add a metric with a target and a measurement, or state the service as a responsibility instead.'
    },
    'too-many-metrics': {
        title: 'More metrics than the configured limit',
        means: 'The agreement has more metrics than `sla.maxMetrics` (12 by default).',
        example: '13 metrics in one agreement',
        fix: 'Keep the few measures that matter to the customer; move operational ones to an internal document, or raise `sla.maxMetrics`.'
    },
    'missing-period': {
        title: 'The agreement has no period',
        means: 'No `period <start> to <end>` says when the agreement begins and expires.',
        example: 'agreement Desk "IT Service Desk SLA" { … }   // no period',
        fix: 'Add `period 2026-01-01 to 2026-12-31` (optionally `renews every 12 months`).'
    },
    'invalid-period': {
        title: 'The period, or something tracked in it, is impossible',
        means: 'The end is before the start, a date is not a calendar day, or tracking or measurements fall outside the period.',
        example: 'period 2026-12-31 to 2026-01-01',
        fix: 'Write the start first and the end second, with real calendar days.'
    },
    'missing-termination': {
        title: 'The agreement cannot be ended',
        means: 'No `termination` block says under which circumstances the agreement ends or can be ended.',
        example: 'agreement Desk "…" { … }   // no termination',
        fix: 'Add `termination { notice 30 days by either party }`, with the circumstances as prose.'
    },
    'missing-notice-period': {
        title: 'Termination without a notice period for both sides',
        means: 'The termination block gives no notice period, or gives one to one party only.',
        example: 'termination { notice 30 days by Customer }',
        fix: 'Give both sides a notice period: `notice 30 days by either party`, or one `notice` per party.'
    },
    'missing-escalation': {
        title: 'A severity level without an escalation path',
        means: 'A severity states response or resolution times but not when and to whom it escalates.',
        example: 'severity Critical "…" { response within 15 minutes\n    resolution within 4 hours }',
        fix: 'Add `escalate after 1 hour to "Duty manager"` for each step.'
    },
    'missing-exclusions': {
        title: 'Nothing is excluded',
        means: 'Neither the agreement nor a service says what is not offered.',
        example: 'agreement Desk "…" { … }   // no exclusions',
        fix: 'Add `exclusions { "Hardware bought outside the IT catalogue." }` to the agreement or a service.'
    },
    'missing-review': {
        title: 'No regular review',
        means: 'No `review every …` leaves room for the parties to meet and change the agreement.',
        example: 'agreement Desk "…" { … }   // no review',
        fix: 'Add `review every year with Desk, Staff`.'
    },
    'third-party-not-involved': {
        title: 'A third party the agreement depends on is not involved',
        means: 'A service depends on, or a metric is measured by, a third party that is not marked `involved` in the negotiations.',
        example: 'party Coloc "Coloc Data Centres BV" third-party\nservice Hosting { depends on Coloc … }',
        fix: 'Involve the third party (`third-party involved`), or depend on a party that is.'
    },
    'earn-back-without-credits': {
        title: 'An earn-back with nothing to earn back',
        means: 'The remedies have an `earn-back` rule but no service credits.',
        example: 'remedies { earn-back after 3 months at or above target }',
        fix: 'Add the credits the earn-back applies to, or remove the earn-back.'
    },
    'unrealistic-target': {
        title: 'A target that cannot be reached',
        means: 'A target of 100 % or more, a duration of zero, or another value that allows not a single miss.',
        example: 'target >= 100 % per month',
        fix: 'State what can be reached with the means at hand, e.g. `target >= 99.9 % per month`.'
    },
    'vague-wording': {
        title: 'Vague words where a number belongs',
        means: 'Prose promises "reasonable", "promptly", "as soon as possible" or similar, which nobody can measure.',
        example: 'description "Incidents are answered promptly."',
        fix: 'Say the number: "Incidents are answered within 4 hours." — or state it as a metric or severity time.'
    },
    'document-too-long': {
        title: 'The rendered agreement is too long',
        means: 'The agreement is estimated above `sla.maxPages` printed pages (5 by default).',
        example: 'an agreement that renders to 7 pages',
        fix: 'Move detail to appendices or a shared glossary, drop measures the customer does not need, or raise `sla.maxPages`.'
    },
    'invalid-measurements': {
        title: 'A measurement file is missing or has bad rows',
        means: 'A `measurements … from "file.csv"` names a file that cannot be read, or rows that cannot be used (each reported with its row number).',
        example: 'measurements for Leads from "leads.csv"   // row 3: \'abc\' is not a number',
        fix: 'Fix the file or the rows named; each row is `date,value` (with a segment column where segments are measured).'
    },
    'measurements-not-trusted': {
        title: 'Measurements are not read in Restricted Mode',
        means: 'The workspace is not trusted (VS Code\'s Restricted Mode), so the file a `measurements … from "file.csv"` clause names is not read: its results are not charted and not evaluated. Rows written in the agreement itself are still used.',
        example: 'measurements for Leads from "leads.csv"   // in a workspace opened in Restricted Mode',
        fix: 'Trust the workspace (Manage Workspace Trust) if you trust its files; the agreement is then checked and charted with the file\'s results.'
    },
    'pacing-needs-count-goal': {
        title: 'Pacing asked for a target that is not a monthly amount',
        means: 'A pacing chart splits a monthly goal over the days of the month; the metric\'s target is not an amount per month to split.',
        example: 'target >= 95 % per month\npace daily',
        fix: 'Pace a count goal (`target >= 420 per month`), or remove the pacing request.'
    },
    'credit-tier-while-met': {
        title: 'A credit tier applies while the target is met',
        means: 'A tier of a credit schedule covers results that meet the metric\'s target, so a credit would be owed for keeping the agreement.',
        example: 'target >= 99.9 % per month\ncredits Standard of Fee for Availability { 10 % below 99.95 % }',
        fix: 'Start the tiers at the target: `10 % from 99.5 % to below 99.9 %`.'
    },
    'overlapping-credit-tiers': {
        title: 'Two credit tiers cover the same result',
        means: 'Two tiers of one schedule cover a common range of results (or repeat each other), so the credit owed is in doubt.',
        example: '10 % from 99.0 % to below 99.9 %\n25 % from 98.0 % to 99.5 %',
        fix: 'Make each bound meet the next one exactly: `to below 99.0 %` next to `from 99.0 %`.'
    },
    'credit-tier-gap': {
        title: 'Results that miss the target fall in no credit tier',
        means: 'Between two tiers, or between the target and the first tier, some missing results earn no credit.',
        example: '10 % from 99.5 % to below 99.9 %\n25 % below 99.0 %   // 99.0–99.5 % earns nothing',
        fix: 'Close the gap: `25 % below 99.5 %`, or add a tier for the missing range.'
    },
    'smaller-credit-for-worse-result': {
        title: 'A worse result earns a smaller credit',
        means: 'A tier for worse results gives a smaller credit than a tier for better ones.',
        example: '25 % from 99.0 % to below 99.9 %\n10 % below 99.0 %',
        fix: 'Let credits grow as results get worse.'
    },
    'cap-below-tier': {
        title: 'A cap is below a tier it limits',
        means: 'A cap on the credits of a period is smaller than one tier alone, so that tier can never be paid as written.',
        example: '50 % below 99.0 %\ncap 30 % per month',
        fix: 'Raise the cap to at least the largest tier, or lower the tier.'
    },
    'credit-above-full-fee': {
        title: 'A credit above the whole fee',
        means: 'A tier or a cap is more than 100 % of the fee it is a percentage of.',
        example: '150 % below 95.0 %',
        fix: 'Keep credits at most 100 % of the fee; a payment beyond it is a penalty, written as `penalty`.'
    },
    'credits-without-fee': {
        title: 'Credits in percent with no fee to take them from',
        means: 'Credits are a percentage, but no fee says what they are a percentage of, so no amount can be computed.',
        example: 'credit 10 % when below 99.9 %',
        fix: 'Add `fee HostingFee 12000 EUR per month` and `credits Standard of HostingFee for …`.'
    },
    'duplicate-clause': {
        title: 'A single-valued clause written twice',
        means: 'A clause that holds one value (a metric\'s `target`, `controlled by`, `measured by`…) appears twice; one of them would silently lose.',
        example: 'target >= 70 % per month\ntarget >= 75 % per month',
        fix: 'Keep one; the quick-fix removes the second.'
    },
    'trigger-without-target': {
        title: 'A penalty or reward counts periods of a metric without a period target',
        means: 'A `penalty … when` or `reward … when` counts the periods a metric missed or met, but the metric has no target per calendar period (month, quarter, year, week or day) to judge a period by.',
        example: 'target <= 4 hours per request\npenalty "A written incident report." when RestoreTime below target 2 periods in a row',
        fix: 'Give the metric a target per calendar period (`target >= 95 % per month`), or trigger on a metric that has one.'
    },
    'unknown-time-zone': {
        title: 'A time zone that is not an IANA name',
        means: 'A `time zone` or a calendar\'s `in "…"` names a zone the time zone database does not know, so no due time or period start can be placed.',
        example: 'calendar Office in "Central European Time" { monday to friday 08:00 to 17:00 }',
        fix: 'Use the IANA name: `in "Europe/Berlin"`, `time zone "UTC"`.'
    },
    'unknown-holiday-region': {
        title: 'A holiday region that is not known',
        means: 'A calendar\'s `holidays of "…"` names a country or region whose public holidays are not known, so its holidays would silently count as working days.',
        example: 'holidays of "Bavaria"',
        fix: 'Use the country code with an optional state or region: `holidays of "DE-BY"`, `holidays of "GB-ENG"`; or list the days with `holiday 2026-12-24 "Christmas Eve"`.'
    },
    'invalid-working-hours': {
        title: 'Working hours that cannot be read one way',
        means: 'A span ends before it starts, is empty, is not a time of day, or overlaps another span of the same weekday.',
        example: 'monday to friday 17:00 to 08:00',
        fix: 'Write each span from its start to its end on one day (`08:00 to 17:00`); split a night shift at midnight (`17:00 to 24:00`, then the next day `00:00 to 08:00`).'
    },
    'calendar-without-working-time': {
        title: 'A calendar whose clock never runs',
        means: 'A calendar has no working hours on any weekday, so every duration counted on it would never end.',
        example: 'calendar Office in "Europe/Berlin" { holiday 2026-12-24 "Christmas Eve" }',
        fix: 'Give it working hours: `monday to friday 08:00 to 17:00`, or use the built-in `24x7` clock.'
    },
    'escalation-out-of-order': {
        title: 'Escalation steps out of order',
        means: 'A severity escalates after a time no later than the step before it, so the ladder of who is called in, and when, does not read one way. Steps in calendar units (minutes to weeks) are compared with each other, business hours with business hours, business days with business days.',
        example: 'escalate after 4 hours to "Service manager"\nescalate after 2 hours to "Duty engineer"',
        fix: 'Put the steps in order of time, each later than the one before, or correct the time that was mistyped.'
    },
    'missed-last-period': {
        title: 'The last finished period missed its target',
        means: 'The measurements show that a metric\'s last complete period before today missed its target; the message names the period, the result, the target and the credit it owes. It is information: the agreement is well written, the service level was not kept.',
        example: 'target >= 70 % per month   // February: 68.5 %',
        fix: 'Nothing to change in the agreement: discuss it at the next review, issue the credit, or turn the code off in settings where the report is followed elsewhere.'
    },
    'ambiguous-period-value': {
        title: 'The measurements give no single value for a period',
        means: 'A period holds several values where its rule reads one (daily percentages with no rule to combine them), or a day has two rows where the rule adds one value a day.',
        example: 'target >= 95 % per month\nmeasurements for FirstContact { 2026-03-02 96  2026-03-03 94 }',
        fix: 'Say how the values combine: `computed as average` (or `maximum`, `minimum`), which the quick-fix inserts; or correct the file so each day has one row.'
    },
    'percent-credit-on-duration': {
        title: 'Credit tiers in percent on a duration or count target',
        means: 'A credit schedule\'s tiers are bounded in `%`, but a metric it applies to is judged in hours, days or a count, so no result can fall in a tier.',
        example: 'target <= 4 hours per request\ncredits Standard of Fee for RestoreTime { 10 % below 99.0 % }',
        fix: 'Apply the schedule to share metrics only, or write a schedule for the metric in its own unit.'
    },
    'syntax-error': {
        title: 'The agreement is not well-formed',
        means: 'The parser cannot read the text at this place.',
        example: 'agreement S { kind sometimes }',
        fix: 'Write what the message expects; completion lists what may come next.'
    },
    'unresolved-reference': {
        title: 'A name refers to nothing',
        means: 'A party, service, metric, severity, segment, fee or schedule is named that is not defined; or an `import` names a file that is not found or holds no shared glossary (the terms it would define are then counted in that one finding, not reported at each mention).',
        example: 'controlled by Marketting',
        fix: 'Correct the name or the path, or define what it refers to. The quick-fix offers the nearest defined name of the right kind for a misspelling.'
    },
    'check-failed': {
        title: 'A check failed instead of judging a clause',
        means: 'A check of SLA Studio stopped with an internal fault on this clause. The clause may be fine; it is reported so the fault is not hidden.',
        example: '(any clause)',
        fix: 'Report the fault with the agreement that shows it. Other checks still ran.'
    },
    'document-too-large': {
        title: 'The file is too large to check',
        means: 'The file has more than 4 MiB of text (4,194,304 characters). It is not parsed or checked at all, so each edit stays fast; other files are checked as usual.',
        example: '(a generated file of many megabytes)',
        fix: 'Split the agreement into files joined by `import`, or move bulk data (results, logs) to a measurements CSV file.',
        suppressible: false
    }
};
