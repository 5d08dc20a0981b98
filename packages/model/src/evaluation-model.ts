import type { CalendarPeriod, PeriodRule, SourceLocation, TargetModel } from './agreement-model.js';
import type { CalendarDate } from './dates.js';
import type { PaceStatus } from './pacing.js';

/**
 * Whether an agreement was kept: the result of `evaluateAgreement`, plain data that the
 * report, the preview, hover and the CLI all read. Every figure points at the clause it came
 * from (`origin`), so a reader can trace a credit back to its tier and cap.
 */
export interface AgreementEvaluation {
    /** The day the evaluation was made for: periods after it are not evaluated, the one holding it is in progress. */
    today: CalendarDate;
    series: SeriesEvaluation[];
    /** Credits due per period, added up per currency over every series. */
    totals: CreditTotal[];
    /** Every `penalty … when …` and `reward … when …`, period by period, in the order written. */
    triggers: TriggerEvaluation[];
}

/** One evaluation period: a calendar day, week (Monday to Sunday), month, quarter or year. */
export interface EvaluationPeriod {
    kind: CalendarPeriod;
    /** `2026-03`, `2026-Q1`, `2026`, `2026-W10`, `2026-03-05`: unique, sortable within a kind. */
    key: string;
    /** `March 2026`, `Q1 2026`, `2026`, `week of 2 March 2026`, `5 March 2026`. */
    label: string;
    /** The calendar period's first and last day. */
    start: CalendarDate;
    end: CalendarDate;
    /** Its days inside the tracked period (tracking start, else start, to the end): fewer at the edges. */
    from: CalendarDate;
    to: CalendarDate;
}

/**
 * `in-progress`: today lies in the period; `no-data`: a finished period without a value, for
 * want of data or because the data gives no single value (then `problem` says why).
 */
export type PeriodStatus = 'met' | 'missed' | 'no-data' | 'in-progress';

/** One metric (or segment) with a target per calendar period, evaluated period by period. */
export interface SeriesEvaluation {
    metric: string;
    segment?: string;
    /** The metric's title, and the segment's after a dash. */
    title: string;
    service: string;
    target: TargetModel;
    /** The rule that gave each period's value: as written, or the default for the target. */
    rule: PeriodRule;
    /** Whether the rule was written (`computed as …`) or is the default. */
    ruleWritten: boolean;
    periods: PeriodResult[];
    origin: SourceLocation;
}

export interface PeriodResult {
    period: EvaluationPeriod;
    status: PeriodStatus;
    /** The period's value in the target's unit; undefined when there is no data or no single value. */
    value?: number;
    /**
     * How far the value is on the good side of the target (negative: missed by so much), in the
     * target's unit; for a finished period with a value only, since a running one's says nothing yet.
     */
    margin?: number;
    /** The recorded values that went into the value. */
    recorded: number;
    /**
     * Days of the period (inside the tracked period, up to today) with no recorded value, under
     * the rules that add up one value a day (`sum`, `ratio`, `availability`), where such a day counts as 0.
     */
    missingDays: CalendarDate[];
    /** Under `availability`: the minutes of downtime recorded in the period (what `downtime-multiple` credits). */
    downtime?: number;
    /** Why the recorded data gives no single value, with how to state it (e.g. two values for one month under `recorded`). */
    problem?: string;
    /** Whether the problem is ambiguous data: several values in a period that reads one, or on a day that adds one (see `PeriodValue`). */
    ambiguity?: 'period' | 'day';
    /** For a count goal in progress: how it stands against the pace. */
    pace?: PaceStatus;
    /**
     * The credit of a missed period under the schedules that name the metric, one per schedule,
     * in the order of the schedules; empty for every other period and for a segment's series.
     */
    credits: CreditResult[];
}

/** One step of a credit's computation, for the reader: `99.2 % falls in 10 % from 99.0 % to below 99.9 %`. */
export interface CreditStep {
    kind: 'tier' | 'amount' | 'minimum' | 'cap' | 'earn-back';
    /** A sentence that says what the step did, with its figures. */
    text: string;
    /** The credit after this step, in `currency` (or in percent of the fee when no fee is named). */
    amount: number;
    /** The clause the step came from. */
    origin?: SourceLocation;
}

export type EarnBackState = 'pending' | 'earned-back' | 'forfeited';

export interface CreditResult {
    schedule: string;
    fee?: string;
    /**
     * The fee's currency; undefined when amounts are percentages of the fee for the period: the
     * schedule names no fee, or one whose period does not go a whole number of times into the one evaluated.
     */
    currency?: string;
    /** The tiers the value fell in (one under `worst`, every one under `cumulative`), by index into the schedule's tiers. */
    tiers: number[];
    /** The credit before caps and the minimum: what the tiers come to. */
    gross: number;
    /** The credit due after every step, earn-back included. */
    due: number;
    steps: CreditStep[];
    /** With an earn-back rule, for a credit due after its caps: whether the provider earned it back by the periods after it. */
    earnBack?: EarnBackState;
}

export interface CreditTotal {
    period: EvaluationPeriod;
    /** Undefined: credits in percent of the fee for the period (schedules without a usable fee), added up apart. */
    currency?: string;
    due: number;
}

/**
 * `fired`: the trigger fired at the end of this period; `not-fired`; `no-data`: the period has no
 * value, so whether it fired cannot be told; `in-progress`: the running period, not counted yet.
 */
export type TriggerState = 'fired' | 'not-fired' | 'no-data' | 'in-progress';

export interface TriggerPeriod {
    period: EvaluationPeriod;
    state: TriggerState;
    /** When it fired: the periods that fired it (the streak or the window's counted ones), oldest first, this one last. */
    counted: EvaluationPeriod[];
}

/** A structured penalty or reward, evaluated over the periods of its metric's series. */
export interface TriggerEvaluation {
    kind: 'penalty' | 'reward';
    /** The penalty's or reward's prose as plain text. */
    text: string;
    metric: string;
    /** The condition as written: `when Availability below target 2 periods in a row`. */
    rule: string;
    /** Every period of the metric's series; empty when the metric has no target per calendar period. */
    periods: TriggerPeriod[];
    origin: SourceLocation;
}
