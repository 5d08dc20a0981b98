import type { CalendarDate } from './dates.js';
import type { ProseSegment } from './prose.js';

/**
 * The semantic model of one agreement: plain data, with no Langium, LSP or VS Code types.
 * The language package builds it from the AST; checks, renderers, the CLI and the preview
 * read it, and it travels as JSON to the preview (`sla/model`). Its types are written here,
 * not taken from the generated AST, so the wire format changes only when this file does.
 * Every element carries `origin`, the file and zero-based line it was written on, so a
 * renderer can tag its output for scroll sync and a term can say which glossary it is from.
 */
/** Where an element was written: the document's URI and the zero-based line. */
export interface SourceLocation {
    uri: string;
    line: number;
}

export type Comparator = '<' | '<=' | '=' | '>' | '>=';
export type PartyRole = 'customer' | 'provider' | 'third-party';
/** The period a target counts over, or the unit it is judged per (`per incident`). */
export type TargetPeriod = 'case' | 'incident' | 'request' | 'day' | 'week' | 'month' | 'quarter' | 'year';

export interface AgreementModel {
    name: string;
    title: string;
    origin: SourceLocation;
    version?: string;
    kind?: 'internal' | 'external';
    model?: 'service-based' | 'customer-based' | 'multi-level';
    summary: ProseSegment[];
    period?: PeriodModel;
    parties: PartyModel[];
    goals: GoalModel[];
    /** Every term in scope: the agreement's own (block and inline) and imported ones. */
    terms: TermModel[];
    services: ServiceModel[];
    deliverables: DeliverableModel[];
    severities: SeverityModel[];
    remedies: RemediesModel;
    indemnification: ProseSegment[][];
    /** Agreement-level exclusions. Service-level ones are on each service. */
    exclusions: ProseSegment[][];
    reviews: ReviewModel[];
    meetings: MeetingModel[];
    termination?: TerminationModel;
    references: DocumentReferenceModel[];
    sections: SectionModel[];
    measurements: MeasurementSeries[];
    /** The fees the agreement names, on the agreement or on a service: what credits are computed from. */
    fees: FeeModel[];
    /** `time zone "UTC"`: the IANA zone its periods are in (a calendar month starts at midnight there). */
    timeZone?: string;
    /** The working calendars the agreement defines (`calendar OfficeHours in "Europe/Berlin" { … }`). */
    calendars?: CalendarModel[];
    /** `clock …` on the agreement: the clock of every service, severity and metric that names none. */
    clock?: ClockName;
}

/**
 * The clock something runs on: a calendar's name, or `24x7` (every minute counts). A calendar
 * name is an identifier, which never starts with a digit, so the two cannot be confused.
 */
export type ClockName = string;
/** The name of the built-in always-on clock, as written (`clock 24x7`). */
export const ALWAYS_ON_CLOCK: ClockName = '24x7';

export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

/** One span of working time on a weekday, in minutes after the local midnight (`07:30 to 17:30` is 450–1050). */
export interface WorkingSpanModel {
    day: Weekday;
    /** Inclusive start, 0–1440. */
    start: number;
    /** Exclusive end, 0–1440 (`24:00` is 1440). */
    end: number;
    origin: SourceLocation;
}

/** A working calendar: when the clock runs, in which zone, and the days it does not. */
export interface CalendarModel {
    name: string;
    title: string;
    /** The IANA zone its hours are in: its own `in "…"`, else the agreement's time zone, else `UTC`. */
    timeZone: string;
    /** Every working span, by weekday in the order written. */
    hours: WorkingSpanModel[];
    /** Regions whose public holidays are days off, as written (`DE-BY`, `US`). */
    holidayRegions: { region: string; origin: SourceLocation }[];
    /**
     * Those regions' public holidays as `YYYY-MM-DD`, in the years the agreement covers (from
     * the year before its period to the year after; 10 years from the start when open-ended):
     * filled where the model is built, from `sla-model/holiday-regions`.
     */
    regionHolidays?: string[];
    /** Days off the agreement lists itself. */
    holidays: { date: CalendarDate; title?: string; origin: SourceLocation }[];
    origin: SourceLocation;
}

export type CalendarPeriod = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** `fee HostingFee 12000 EUR per month`: an amount charged per calendar period. */
export interface FeeModel {
    name: string;
    amount: number;
    /** ISO 4217 code as written, e.g. `EUR`. */
    currency: string;
    period: CalendarPeriod;
    /** The service it is charged for, when written inside one. */
    service?: string;
    origin: SourceLocation;
}

export interface PeriodModel {
    origin: SourceLocation;
    start?: CalendarDate;
    end?: CalendarDate;
    openEnded: boolean;
    renewal?: DurationModel;
    /** When tracking starts: the given date, else the start date (seed rule). */
    trackingStart?: CalendarDate;
}

export interface PartyModel {
    name: string;
    title: string;
    role: PartyRole;
    /** For a third party: whether it takes part in negotiating the agreement. */
    involved: boolean;
    representatives: { person: string; jobRole: string }[];
    origin: SourceLocation;
}

export interface GoalModel {
    name: string;
    title: string;
    owner?: string;
    text: ProseSegment[];
    origin: SourceLocation;
}

export interface TermModel {
    name: string;
    aliases: string[];
    definition: ProseSegment[];
    origin: SourceLocation;
}

export interface ServiceModel {
    name: string;
    title: string;
    provider?: string;
    consumers: string[];
    /** The prose of `hours`, when it has some. */
    hours?: string;
    /** The calendar `hours` names (`hours OfficeHours "…"`). */
    hoursCalendar?: string;
    /** `clock …` on the service; when absent, the calendar its hours name runs its clock. */
    clock?: ClockName;
    description: ProseSegment[];
    dependsOn: string[];
    exclusions: ProseSegment[][];
    responsibilities: { party: string; items: ProseSegment[][] }[];
    metrics: MetricModel[];
    origin: SourceLocation;
}

export interface TargetModel {
    comparator: Comparator;
    value: number;
    /** `%`, a duration unit normalized to its plural (`minutes`, `hours`, …), or `count`. */
    unit: 'count' | '%' | DurationUnitName;
    period?: TargetPeriod;
    origin: SourceLocation;
}

export interface MetricModel {
    name: string;
    title: string;
    service: string;
    /** What is counted or timed, as written (a term name or prose). */
    counts?: string;
    times?: string;
    target?: TargetModel;
    measurement?: {
        source: string;
        operator?: string;
        method?: string;
        frequency?: string;
    };
    controlledBy?: string;
    /** The severity levels whose issues the metric counts or times; empty for all. */
    severities: string[];
    segments: SegmentModel[];
    paced: boolean;
    /** `pace daily over working days`: the daily pace counts the working days of the clock in force, not every day. */
    pacedOverWorkingDays?: boolean;
    /** `clock …` on the metric. */
    clock?: ClockName;
    /** How recorded values give one value per evaluation period, when the agreement says (`computed as …`). */
    computed?: { rule: PeriodRule; origin: SourceLocation };
    origin: SourceLocation;
}

export interface SegmentModel {
    name: string;
    title: string;
    target?: TargetModel;
    origin: SourceLocation;
}

export interface DeliverableModel {
    name: string;
    title: string;
    from?: string;
    to?: string;
    cadence: string;
    /** The service the deliverable reports on, when it names one. */
    service?: string;
    text: ProseSegment[];
    origin: SourceLocation;
}

export type DurationUnitName = 'minutes' | 'hours' | 'business-hours' | 'business-days' | 'days' | 'weeks' | 'months' | 'years';

export interface DurationModel {
    value: number;
    unit: DurationUnitName;
    /**
     * The duration in minutes (a business day counts 8 hours, a month 30 days, a year 365). On a
     * calendar, business hours and days are working time and a business day is the calendar's
     * working day: see `workingMinutesOf`.
     */
    minutes: number;
    /** As written for a reader: `30 minutes`, `1 hour`. */
    text: string;
}

export interface SeverityModel {
    name: string;
    title: string;
    response?: DurationModel;
    resolution?: DurationModel;
    escalation: { after: DurationModel; contact: string; origin: SourceLocation }[];
    /** `clock …` on the severity. */
    clock?: ClockName;
    origin: SourceLocation;
}

/**
 * How the recorded values of a metric give the one value of an evaluation period:
 * - `sum`: counts added up (`target >= 400 per month` over daily counts);
 * - `recorded`: the one value recorded for the period (a monthly percentage);
 * - `average`, `maximum`, `minimum`: of the values recorded in the period;
 * - `ratio`: `good` over `total`, two segments' sums, as a percentage;
 * - `availability`: recorded values are minutes of downtime; the value is the share of the
 *   period's minutes without downtime, as a percentage.
 */
export type PeriodRule =
    | { kind: 'sum' }
    | { kind: 'recorded' }
    | { kind: 'average' }
    | { kind: 'maximum' }
    | { kind: 'minimum' }
    | { kind: 'ratio'; good: string; total: string }
    | { kind: 'availability' };

/** One bound of a credit tier's range: `from 99 %` (inclusive), `above 99 %`, `to below 99.99 %` (exclusive). */
export interface CreditBound {
    value: number;
    inclusive: boolean;
}

/** What a tier credits, or what a cap or minimum allows. */
export type CreditAmount =
    /** A percentage of the schedule's fee for the period. */
    | { kind: 'percent'; value: number }
    /** A fixed amount in the fee's currency (or the one written). */
    | { kind: 'fixed'; value: number; currency?: string }
    /** `10 times downtime fees`: a multiple of the fee for the minutes of downtime. */
    | { kind: 'downtime-multiple'; value: number }
    /** `3 days of service`: the fee of so many days. */
    | { kind: 'service-days'; value: number };

export interface CreditTierModel {
    amount: CreditAmount;
    /** Undefined: no lower bound (`below 95 %`). */
    lower?: CreditBound;
    /** Undefined: no upper bound (`from 99.99 %`). */
    upper?: CreditBound;
    origin: SourceLocation;
}

export interface CreditCapModel {
    /** A percentage of the fee, or a fixed amount. */
    amount: CreditAmount;
    /** The period the cap counts over: a calendar period, or the 12 months ending with the period evaluated. */
    per: CalendarPeriod | 'rolling-12-months';
    origin: SourceLocation;
}

/**
 * A credit schedule: tiers by attainment, how they combine, what bounds them, and the metrics
 * it applies to. `credits Standard of HostingFee { … }` names one; the tiers written the older
 * way (`credit 10 % when below 99.9 % for Availability`) form one schedule per metric they name,
 * with the name `''`, worst tier applying and the remedies' caps.
 */
export interface CreditScheduleModel {
    name: string;
    /** The fee the percentages are of; undefined when the agreement names none. */
    fee?: string;
    /** `worst`: only the tier of the result applies (the default); `cumulative`: every tier the result falls in adds up. */
    combine: 'worst' | 'cumulative';
    tiers: CreditTierModel[];
    caps: CreditCapModel[];
    /** A credit due is at least this much. */
    minimum?: { amount: CreditAmount; origin: SourceLocation };
    /** The metrics it applies to, in the order written. */
    metrics: string[];
    origin: SourceLocation;
}

export interface RemediesModel {
    /** Every credit schedule, the older tier lines included (see `CreditScheduleModel`). */
    schedules: CreditScheduleModel[];
    credits: { credit: number; below: number; metric?: string; origin: SourceLocation }[];
    caps: { value: number; period: string; origin: SourceLocation }[];
    /** Every penalty's and reward's prose, those with a trigger included. */
    penalties: ProseSegment[][];
    rewards: ProseSegment[][];
    /** The penalties and rewards written with `when …`, in the order written. */
    triggers: TriggerModel[];
    earnBack?: { periods: number; unit: DurationUnitName; origin: SourceLocation };
    origin?: SourceLocation;
}

/**
 * `penalty "…" when Availability below target 2 periods in a row`: when a penalty or reward
 * applies, stated so that evaluation can tell (`triggers.ts`).
 */
export interface TriggerModel {
    kind: 'penalty' | 'reward';
    /** The penalty's or reward's prose. */
    text: ProseSegment[];
    /** The metric whose periods it counts (its own series, not a segment's). */
    metric: string;
    /** `missed`: periods below target; `met`: periods at or above it. */
    condition: 'missed' | 'met';
    /** How many such periods fire it: 1 for `when X below target` alone. */
    count: number;
    /** `in N of the last M periods`: M; for `N periods in a row` and a single period it equals `count`. */
    window: number;
    /** Whether the periods must follow each other (`in a row`, or a single period). */
    consecutive: boolean;
    origin: SourceLocation;
}

export interface ReviewModel {
    cadence: string;
    participants: string[];
    origin: SourceLocation;
}

export interface MeetingModel {
    title: string;
    cadence: string;
    participants: string[];
    origin: SourceLocation;
}

export interface TerminationModel {
    notices: { time: DurationModel; by: 'either' | string; origin: SourceLocation }[];
    conditions: ProseSegment[][];
    expiry: ProseSegment[][];
    origin: SourceLocation;
}

export interface DocumentReferenceModel {
    title: string;
    location: string;
    origin: SourceLocation;
}

export interface SectionModel {
    title: string;
    text: ProseSegment[];
    origin: SourceLocation;
}

/** One day's actual result; `segment` is set for a segment's own series. */
export interface MeasurementPoint {
    date: CalendarDate;
    value: number;
    segment?: string;
}

export interface MeasurementSeries {
    metric: string;
    /** The CSV file, relative to the agreement, when the results come from one. */
    file?: string;
    points: MeasurementPoint[];
    /** Problems met while loading: a missing file, an unreadable row… */
    problems: MeasurementProblem[];
    origin: SourceLocation;
}

export interface MeasurementProblem {
    message: string;
    /** One-based CSV row (the header is row 1), when the problem is one row's. */
    row?: number;
}
