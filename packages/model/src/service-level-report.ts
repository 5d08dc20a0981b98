import type { AgreementModel, CalendarPeriod, SourceLocation, TargetModel } from './agreement-model.js';
import type { CalendarDate } from './dates.js';
import { calendarDate, compareDates, daysInMonth, monthKey } from './dates.js';
import type { AgreementEvaluation, CreditResult, EvaluationPeriod, PeriodResult, PeriodStatus, SeriesEvaluation, TriggerEvaluation } from './evaluation-model.js';
import { evaluateAgreement } from './evaluate-agreement.js';
import type { CalendarSpan } from './evaluation-periods.js';
import { calendarSpan, nextSpan } from './evaluation-periods.js';
import { formatCredit } from './credit-text.js';
import { formatDate, formatMonth, formatQuantity, formatTarget } from './format.js';
import { periodList } from './triggers.js';

/**
 * The service level report (seed: the service level manager "will also meet regularly with the
 * customer's representative to discuss performance"): for a chosen month or quarter, or every
 * period so far, each metric's target, result, status, margin and credits due, and the year to
 * date. Plain data that the text, Markdown, HTML and JSON outputs write.
 */
export interface ServiceLevelReport {
    /** The version of this shape in JSON output: `sla-report/1`. */
    schema: typeof REPORT_SCHEMA;
    agreement: { name: string; title: string };
    today: CalendarDate;
    /** What the report covers: `March 2026`, `Q1 2026`, or `Every period up to 15 March 2026`. */
    scope: string;
    /** The days it covers. */
    from?: CalendarDate;
    to?: CalendarDate;
    series: ReportSeries[];
    /** Credits due in the covered periods, per currency (undefined: percentages of the fee). */
    totals: { currency?: string; due: number; text: string }[];
    /**
     * The structured penalties and rewards that fired in the covered periods, by period, in the
     * order written; left out when the agreement has none (added in `sla-report/1`, optional).
     */
    triggers?: ReportTrigger[];
}

/** A penalty or reward that fired in a period of the report. */
export interface ReportTrigger {
    kind: 'penalty' | 'reward';
    metric: string;
    /** The penalty's or reward's prose as plain text. */
    text: string;
    /** `when Availability below target 2 periods in a row`. */
    rule: string;
    /** The period it fired in. */
    period: EvaluationPeriod;
    /** The periods that fired it, oldest first, `period` last. */
    counted: EvaluationPeriod[];
    /** `Penalty "…" in March 2026: when Availability below target 2 periods in a row (February 2026 and March 2026).` */
    summary: string;
    origin: SourceLocation;
}

export const REPORT_SCHEMA = 'sla-report/1';

export interface ReportSeries {
    metric: string;
    segment?: string;
    title: string;
    service: string;
    /** `at least 99.9% per month`. */
    target: string;
    rows: ReportRow[];
    /** The year to date of the covered periods' year: how many periods met, missed, had no data. */
    yearToDate?: { year: number; met: number; missed: number; noData: number; inProgress: number };
    /** Every period of that year, for the chart of actual against target. */
    year: ReportYear;
}

/**
 * A series over the calendar periods of one year (the report's): what its chart plots. A
 * period the agreement does not track yet, or that starts after today, has no status.
 */
export interface ReportYear {
    year: number;
    /** The target's threshold in its unit: the chart's target line. */
    target: number;
    unit: TargetModel['unit'];
    periods: ReportYearPeriod[];
}

export interface ReportYearPeriod {
    /** `2026-03`, as `EvaluationPeriod.key`. */
    key: string;
    /** `March 2026`. */
    label: string;
    /** The axis label: `Mar`, `Q1`, `W10`, `5 Mar`, `2026`. */
    short: string;
    /** Undefined: not evaluated, being outside the tracked period or after today. */
    status?: PeriodStatus;
    value?: number;
    /** Whether the report's month or quarter holds it (every evaluated period, without one). */
    inScope: boolean;
}

export interface ReportRow {
    period: EvaluationPeriod;
    status: PeriodStatus;
    value?: number;
    /** `99.87%`, or `no data`. */
    result: string;
    /** `+0.05%`, `−0.4%`, or empty. */
    margin: string;
    /** `3000 EUR (schedule Standard)`, `earned back`, or empty. */
    credit: string;
    credits: CreditResult[];
    /** Why the data gives no single value, or which days have none. */
    note?: string;
}

export interface ReportScope {
    /** `YYYY-MM`. */
    month?: string;
    /** `YYYY-Qn`. */
    quarter?: string;
}

/** The report of an agreement for a scope, evaluated as of today. */
export function serviceLevelReport(model: AgreementModel, options: { today: CalendarDate } & ReportScope): ServiceLevelReport {
    return reportOfEvaluation(model, evaluateAgreement(model, { today: options.today }), options);
}

/** The report from an evaluation made for `options.today`: several reports of one agreement share one. */
export function reportOfEvaluation(model: AgreementModel, evaluation: AgreementEvaluation, options: { today: CalendarDate } & ReportScope): ServiceLevelReport {
    const span = scopeSpan(options);
    const covers = (period: EvaluationPeriod) => !span || (compareDates(period.end, span.from) >= 0 && compareDates(period.start, span.to) <= 0);
    const series = evaluation.series.map(each => {
        const periods = each.periods.filter(result => covers(result.period));
        const year = span?.from.year ?? options.today.year;
        const ofYear = each.periods.filter(result => result.period.start.year === year && (!span || compareDates(result.period.start, span.to) <= 0));
        const count = (status: PeriodStatus) => ofYear.filter(result => result.status === status).length;
        return {
            metric: each.metric,
            segment: each.segment,
            title: each.title,
            service: each.service,
            target: formatTarget(each.target),
            rows: periods.map(result => reportRow(result, each.target.unit)),
            yearToDate: ofYear.length > 0 ? { year, met: count('met'), missed: count('missed'), noData: count('no-data'), inProgress: count('in-progress') } : undefined,
            year: yearOf(each, year, covers)
        };
    });
    const due = new Map<string | undefined, number>();
    for (const each of evaluation.series) {
        for (const result of each.periods.filter(candidate => covers(candidate.period))) {
            for (const credit of result.credits) {
                due.set(credit.currency, (due.get(credit.currency) ?? 0) + credit.due);
            }
        }
    }
    return {
        schema: REPORT_SCHEMA,
        agreement: { name: model.name, title: model.title },
        today: options.today,
        scope: span?.label ?? `Every period up to ${formatDate(options.today)}`,
        from: span?.from,
        to: span?.to,
        series,
        totals: [...due].map(([currency, amount]) => ({ currency, due: amount, text: formatCredit(amount, currency) })),
        ...evaluation.triggers.length > 0 ? { triggers: firedTriggers(evaluation.triggers, covers) } : {}
    };
}

function firedTriggers(triggers: readonly TriggerEvaluation[], covers: (period: EvaluationPeriod) => boolean): ReportTrigger[] {
    return triggers.flatMap(trigger => trigger.periods
        .filter(each => each.state === 'fired' && covers(each.period))
        .map(each => ({
            kind: trigger.kind,
            metric: trigger.metric,
            text: trigger.text,
            rule: trigger.rule,
            period: each.period,
            counted: each.counted,
            summary: `${trigger.kind === 'penalty' ? 'Penalty' : 'Reward'} "${trigger.text}" in ${each.period.label}: ${trigger.rule} (${periodList(each.counted)}).`,
            origin: trigger.origin
        })))
        .sort((a, b) => compareDates(a.period.start, b.period.start));
}

/** One period of a series as the report words it: result, margin, credit and note. */
export function reportRow(result: PeriodResult, unit: Parameters<typeof formatQuantity>[1]): ReportRow {
    // Every credit a tier gave, also when a cap or an earn-back took it to nothing: the reader sees why.
    const owed = result.credits.filter(credit => credit.tiers.length > 0);
    const credit = owed.map(each => {
        const amount = formatCredit(each.due, each.currency, result.period.kind);
        const why = each.earnBack === 'earned-back' ? ' (earned back)'
            : each.earnBack === 'pending' ? ' (earn-back pending)'
            : each.due < each.gross && each.steps.some(step => step.kind === 'cap') ? ' (capped)' : '';
        return `${amount}${why}`;
    }).join('; ');
    const days = result.missingDays.length;
    return {
        period: result.period,
        status: result.status,
        value: result.value,
        result: result.value === undefined ? 'no data' : formatQuantity(result.value, unit, true),
        margin: result.margin === undefined ? '' : `${result.margin > 0 ? '+' : result.margin < 0 ? '−' : ''}${formatQuantity(Math.abs(result.margin), unit, true)}`,
        credit,
        credits: result.credits,
        note: result.problem ?? (days > 0 ? `${days} ${days === 1 ? 'day' : 'days'} without data` : undefined)
    };
}

/** A period's status in words, as every output of the report writes it. */
export const REPORT_STATUS_WORDS: Record<PeriodStatus, string> = {
    'met': 'met',
    'missed': 'missed',
    'no-data': 'no data',
    'in-progress': 'in progress'
};

/** `2026 to date: 3 met, 1 missed, 0 without data, 1 in progress.` */
export function describeYearToDate(ytd: NonNullable<ReportSeries['yearToDate']>): string {
    return `${ytd.year} to date: ${ytd.met} met, ${ytd.missed} missed, ${ytd.noData} without data${ytd.inProgress > 0 ? `, ${ytd.inProgress} in progress` : ''}.`;
}

/** The report's columns, in every output's tables. */
export const REPORT_COLUMNS = ['Period', 'Result', 'Status', 'Margin', 'Credit due', 'Note'];

/** A row's cells under `REPORT_COLUMNS`. */
export function reportCells(row: ReportRow): string[] {
    return [row.period.label, row.result, REPORT_STATUS_WORDS[row.status], row.margin, row.credit, row.note ?? ''];
}

/** How many months a document's report offers at most: a year's, the latest. */
export const REPORT_MONTHS = 12;

/**
 * The months a rendered agreement's report can be shown for: those holding a day of an
 * evaluated period up to today, the latest twelve, when a target has measurements; else none.
 */
export function reportMonths(model: AgreementModel, evaluation: AgreementEvaluation): string[] {
    const measured = new Set(model.measurements.filter(series => series.points.length > 0).map(series => series.metric));
    const months = new Set<string>();
    for (const series of evaluation.series.filter(each => measured.has(each.metric))) {
        for (const { period } of series.periods) {
            const last = compareDates(period.to, evaluation.today) < 0 ? period.to : evaluation.today;
            for (let month = calendarDate(period.from.year, period.from.month, 1); compareDates(month, last) <= 0;
                month = month.month === 12 ? calendarDate(month.year + 1, 1, 1) : calendarDate(month.year, month.month + 1, 1)) {
                months.add(monthKey(month));
            }
        }
    }
    return [...months].sort().slice(-REPORT_MONTHS);
}

/** The month a report is shown for: the one asked for if offered, else the last finished one, else the latest. */
export function defaultReportMonth(months: string[], today: CalendarDate, asked?: string): string | undefined {
    if (asked !== undefined && months.includes(asked)) {
        return asked;
    }
    const current = monthKey(today);
    return months.filter(month => month < current).at(-1) ?? months.at(-1);
}

/** Every calendar period of the series' kind that has days in `year`, with the evaluated ones' status and value. */
function yearOf(series: SeriesEvaluation, year: number, covers: (period: EvaluationPeriod) => boolean): ReportYear {
    const kind = series.target.period as CalendarPeriod;
    const evaluated = new Map(series.periods.map(result => [result.period.key, result]));
    const last = calendarDate(year, 12, 31);
    const periods: ReportYearPeriod[] = [];
    for (let span = calendarSpan(calendarDate(year, 1, 1), kind); compareDates(span.start, last) <= 0; span = nextSpan(span)) {
        const result = evaluated.get(span.key);
        periods.push({
            key: span.key,
            label: span.label,
            short: shortLabel(span),
            status: result?.status,
            value: result?.value,
            inScope: result !== undefined && covers(result.period)
        });
    }
    return { year, target: series.target.value, unit: series.target.unit, periods };
}

const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A period's name on a chart's axis, where a year's twelve months have some 20 pixels each. */
function shortLabel(span: CalendarSpan): string {
    switch (span.kind) {
        case 'day':
            return `${span.start.day} ${MONTH_ABBREVIATIONS[span.start.month - 1]}`;
        case 'week':
            return span.key.slice(span.key.indexOf('-') + 1);
        case 'month':
            return MONTH_ABBREVIATIONS[span.start.month - 1];
        case 'quarter':
            return span.key.slice(span.key.indexOf('-') + 1);
        case 'year':
            return span.label;
    }
}

/** The days of a `--month` or `--quarter`, with its label. */
function scopeSpan(scope: ReportScope): { from: CalendarDate; to: CalendarDate; label: string } | undefined {
    const month = scope.month && /^(\d{4})-(\d{2})$/.exec(scope.month);
    if (month) {
        const [year, number] = [Number(month[1]), Number(month[2])];
        return span(year, number, number, formatMonth(year, number));
    }
    const quarter = scope.quarter && /^(\d{4})-Q([1-4])$/.exec(scope.quarter);
    if (quarter) {
        const [year, number] = [Number(quarter[1]), Number(quarter[2])];
        return span(year, number * 3 - 2, number * 3, `Q${number} ${year}`);
    }
    return undefined;
}

function span(year: number, first: number, last: number, label: string) {
    return { from: calendarDate(year, first, 1), to: calendarDate(year, last, daysInMonth(year, last)), label };
}

/**
 * How each credit of a series was worked out, a line per period and schedule: the value, the
 * tier, the amount, each cap and the earn-back, in the words of the credit's steps. The text,
 * Markdown and HTML reports and the document's report section list them.
 */
export function creditWorkings(series: ReportSeries): string[] {
    return series.rows.flatMap(row => row.credits
        .filter(credit => credit.tiers.length > 0)
        .map(credit => `${row.period.label}, schedule ${credit.schedule}: ${credit.steps.map(step => step.text).join(' ')}`));
}
