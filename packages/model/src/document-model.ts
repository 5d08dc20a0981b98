import type { Pacing } from './pacing.js';
import type { ReportYear } from './service-level-report.js';

/**
 * The rendered agreement as typed data: what `buildDocument` computes from the semantic
 * model and every output format (HTML, Markdown) writes. Text here is raw user text; the
 * writers escape it.
 */
export interface SlaDocument {
    title: string;
    line: number;
    /** Kind, model and version, e.g. `Internal agreement · service-based · version 2026.1`. */
    subtitle: string[];
    sections: DocumentSection[];
    /** The estimated length in pages of the agreement, without its service level report (see `estimatePages`). */
    pages: number;
    /** With a service level report section: the length with it, as the page prints. */
    withReport?: number;
    /** The agreement's errors, when it has any: the document is a draft (`Draft — 2 problems`). */
    problems?: number;
}

export interface DocumentSection {
    /** The element id, unique in the document: `sla-parties`, `service-LeadGeneration`… */
    id: string;
    title: string;
    /** The source line of the clause it shows, when it shows one. */
    line?: number;
    blocks: Block[];
    sections: DocumentSection[];
}

/** Prose whose mentions are resolved to glossary anchors; an undefined term has no anchor. */
export type DocumentProse = ProsePiece[];

export type ProsePiece =
    | { kind: 'text'; text: string }
    | { kind: 'mention'; term: string; anchor?: string };

/** A run of inline content written by the renderer around user text. */
export type Inline =
    | { kind: 'text'; text: string }
    | { kind: 'strong'; text: string }
    /** A link to another element of the document: a party, a metric, a glossary entry. */
    | { kind: 'ref'; text: string; anchor: string }
    /** A term named outside prose (`counts [Qualified Lead]`). */
    | { kind: 'term'; term: string; anchor?: string }
    /** A link out of the document; only http(s) addresses become one. */
    | { kind: 'url'; text: string; href: string }
    | { kind: 'prose'; prose: DocumentProse };

export interface Fact {
    label: string;
    content: Inline[];
    line?: number;
}

export interface ListItem {
    content: Inline[];
    /** Prose paragraphs below the item's first line. */
    prose?: DocumentProse;
    line?: number;
    id?: string;
}

export interface TableRow {
    cells: Inline[][];
    line?: number;
    id?: string;
}

export type Block =
    | { kind: 'prose'; prose: DocumentProse; line?: number }
    /** A sentence the renderer writes, e.g. the period. */
    | { kind: 'paragraph'; content: Inline[]; line?: number }
    | { kind: 'facts'; facts: Fact[] }
    | { kind: 'list'; title?: string; items: ListItem[] }
    | { kind: 'table'; caption: string; columns: string[]; rows: TableRow[] }
    /** A glossary: each term with its anchor, aliases, definition and origin. */
    | { kind: 'glossary'; entries: GlossaryEntry[] }
    | { kind: 'chart'; chart: ChartGroup }
    /** The service level report, one month at a time behind a month picker. */
    | { kind: 'report'; report: ReportGroup }
    /** A series' results over the report's year against its target. */
    | { kind: 'report-chart'; chart: ReportChart }
    /** Something the reader should know about the data, e.g. measurements left out. */
    | { kind: 'note'; content: Inline[]; line?: number };

export interface GlossaryEntry {
    term: string;
    anchor: string;
    aliases: string[];
    definition: DocumentProse;
    /** The shared glossary file it comes from, when imported. */
    source?: string;
    line: number;
}

/** The pacing charts of one series (a metric's total or a segment), one per month. */
export interface ChartGroup {
    /** `LeadsDelivered` or `LeadsDelivered.DecisionMakers`: the key of `RenderOptions.months`. */
    id: string;
    /** A prefix for element ids that is safe in any id: `LeadsDelivered-DecisionMakers`. */
    elementId: string;
    /** The metric's title, and the segment's after a dash. */
    title: string;
    /** The month shown first, `YYYY-MM`. */
    selected: string;
    /** One pacing per month the picker offers, in month order; the selected one among them. */
    charts: Pacing[];
    line: number;
}

/** The service level report section's months: one shown, the others behind the month picker. */
export interface ReportGroup {
    /** The month picker's group, `sla-report`: no metric's id has a dash. */
    id: string;
    /** `YYYY-MM`. */
    selected: string;
    months: ReportMonth[];
}

export interface ReportMonth {
    /** `YYYY-MM`. */
    month: string;
    /** `February 2026`. */
    label: string;
    /** What the month's report says before its series: the scope and the credits due. */
    blocks: Block[];
    /** One section per series: its target, chart, results, credits and year to date. */
    sections: DocumentSection[];
}

export interface ReportChart {
    /** Unique in the document; the prefix of the chart's title and description ids. */
    id: string;
    /** The series' title. */
    title: string;
    /** `at least 70% per month`. */
    target: string;
    year: ReportYear;
}
