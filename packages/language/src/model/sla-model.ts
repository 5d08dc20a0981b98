import type { ProseSegment } from './prose.js';
import type { CalendarDate } from './dates.js';
import type { Comparator, PartyRole, TargetPeriod } from '../generated/ast.js';

/**
 * The semantic model of one agreement: plain data computed from the AST by pure functions,
 * with no LSP or VS Code types. Checks, renderers, the CLI and the preview all read it.
 * Every element carries `line`, the zero-based source line it was written on, so a renderer
 * can tag its output for scroll sync.
 */
export interface AgreementModel {
    name: string;
    title: string;
    line: number;
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
}

export interface PeriodModel {
    line: number;
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
    line: number;
}

export interface GoalModel {
    name: string;
    title: string;
    owner?: string;
    text: ProseSegment[];
    line: number;
}

export interface TermModel {
    name: string;
    aliases: string[];
    definition: ProseSegment[];
    /** Where it is defined: this agreement's file, or the URI of an imported glossary. */
    source: 'local' | string;
    line: number;
}

export interface ServiceModel {
    name: string;
    title: string;
    provider?: string;
    consumers: string[];
    hours?: string;
    description: ProseSegment[];
    dependsOn: string[];
    exclusions: ProseSegment[][];
    responsibilities: { party: string; items: ProseSegment[][] }[];
    metrics: MetricModel[];
    line: number;
}

export interface TargetModel {
    comparator: Comparator;
    value: number;
    /** `%`, a duration unit normalized to its plural (`minutes`, `hours`, …), or `count`. */
    unit: 'count' | '%' | DurationUnitName;
    period?: TargetPeriod;
    line: number;
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
    line: number;
}

export interface SegmentModel {
    name: string;
    title: string;
    target?: TargetModel;
    line: number;
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
    line: number;
}

export type DurationUnitName = 'minutes' | 'hours' | 'business-days' | 'days' | 'weeks' | 'months' | 'years';

export interface DurationModel {
    value: number;
    unit: DurationUnitName;
    /** The duration in minutes (a business day counts 8 hours, a month 30 days, a year 365). */
    minutes: number;
    /** As written for a reader: `30 minutes`, `1 hour`. */
    text: string;
}

export interface SeverityModel {
    name: string;
    title: string;
    response?: DurationModel;
    resolution?: DurationModel;
    escalation: { after: DurationModel; contact: string; line: number }[];
    line: number;
}

export interface RemediesModel {
    credits: { credit: number; below: number; metric?: string; line: number }[];
    caps: { value: number; period: string; line: number }[];
    penalties: ProseSegment[][];
    rewards: ProseSegment[][];
    earnBack?: { periods: number; unit: DurationUnitName; line: number };
    line?: number;
}

export interface ReviewModel {
    cadence: string;
    participants: string[];
    line: number;
}

export interface MeetingModel {
    title: string;
    cadence: string;
    participants: string[];
    line: number;
}

export interface TerminationModel {
    notices: { time: DurationModel; by: 'either' | string; line: number }[];
    conditions: ProseSegment[][];
    expiry: ProseSegment[][];
    line: number;
}

export interface DocumentReferenceModel {
    title: string;
    location: string;
    line: number;
}

export interface SectionModel {
    title: string;
    text: ProseSegment[];
    line: number;
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
    line: number;
}

export interface MeasurementProblem {
    message: string;
    /** One-based CSV row (the header is row 1), when the problem is one row's. */
    row?: number;
}
