import type { AgreementModel } from './agreement-model.js';
import type { CalendarDate } from './dates.js';
import { calendarDate, compareDates, daysInMonth } from './dates.js';
import type { CreditResult, EvaluationPeriod, PeriodResult, PeriodStatus } from './evaluation-model.js';
import { evaluateAgreement } from './evaluate-agreement.js';
import { formatCredit } from './credit-text.js';
import { formatDate, formatMonth, formatQuantity, formatTarget } from './format.js';

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
    const evaluation = evaluateAgreement(model, { today: options.today });
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
            yearToDate: ofYear.length > 0 ? { year, met: count('met'), missed: count('missed'), noData: count('no-data'), inProgress: count('in-progress') } : undefined
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
        totals: [...due].map(([currency, amount]) => ({ currency, due: amount, text: formatCredit(amount, currency) }))
    };
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
