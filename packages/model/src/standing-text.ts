import type { AgreementModel } from './agreement-model.js';
import type { CalendarDate } from './dates.js';
import { evaluateAgreement } from './evaluate-agreement.js';
import type { AgreementEvaluation, PeriodResult, SeriesEvaluation } from './evaluation-model.js';
import { formatAmount, formatTarget } from './format.js';
import type { ReportRow } from './service-level-report.js';
import { reportRow } from './service-level-report.js';
import { satisfies } from './target-comparison.js';

/**
 * How a metric stands as of today, in the one wording that hover, the code lens above a metric
 * and the `missed-last-period` check share: its last finished period (result, status against the
 * target, credit due) and the running one (the result so far and its pace).
 */
export interface MetricStanding {
    metric: string;
    series: SeriesEvaluation;
    /** Whether any recorded value went into a period so far. */
    hasData: boolean;
    /** The last finished period, with data or without. */
    last?: PeriodStanding;
    /** The period today lies in. */
    running?: PeriodStanding;
}

export interface PeriodStanding {
    result: PeriodResult;
    row: ReportRow;
    /** `February 2026: 68.5% · missed (at least 70% per month) · credit 600 EUR`. */
    text: string;
}

/** The standing of every metric with a target per calendar period (not its segments), in model order. */
export function metricStandings(model: AgreementModel, options: { today: CalendarDate }): MetricStanding[] {
    return standingsOf(evaluateAgreement(model, options));
}

/** The same, from an evaluation already made. */
export function standingsOf(evaluation: AgreementEvaluation): MetricStanding[] {
    return evaluation.series.filter(series => series.segment === undefined).map(series => {
        const last = series.periods.filter(result => result.status !== 'in-progress').at(-1);
        const running = series.periods.find(result => result.status === 'in-progress');
        return {
            metric: series.metric,
            series,
            hasData: series.periods.some(result => result.recorded > 0),
            last: last && standing(series, last, describeFinished),
            running: running && standing(series, running, describeRunning)
        };
    });
}

function standing(series: SeriesEvaluation, result: PeriodResult, describe: (series: SeriesEvaluation, result: PeriodResult, row: ReportRow) => string): PeriodStanding {
    const row = reportRow(result, series.target.unit);
    return { result, row, text: describe(series, result, row) };
}

/** `February 2026: 68.5% · missed (at least 70% per month) · credit 600 EUR`; `February 2026: no data`. */
function describeFinished(series: SeriesEvaluation, result: PeriodResult, row: ReportRow): string {
    const parts = [`${result.period.label}: ${row.result}`];
    if (result.status !== 'no-data') {
        parts.push(`${result.status} (${formatTarget(series.target)})`);
    }
    if (row.credit) {
        parts.push(`credit ${row.credit}`);
    }
    return parts.join(' · ');
}

/**
 * `March 2026 so far: 90 · ahead of pace by 70 (at least 310 per month)` for a paced count;
 * `December 2026 so far: 99.95% · on target (at least 99.9% per month)` for a value that can
 * already be compared; a count without a pace only says how far it has come.
 */
function describeRunning(series: SeriesEvaluation, result: PeriodResult, row: ReportRow): string {
    const target = formatTarget(series.target);
    const head = `${result.period.label} so far: ${row.result}`;
    const pace = result.pace;
    if (pace) {
        const by = formatAmount(Math.abs(pace.difference));
        const words = pace.standing === 'on-pace' ? 'on pace' : `${pace.standing === 'ahead' ? 'ahead of' : 'behind'} pace by ${by}`;
        return `${head} · ${words} (${target})`;
    }
    if (result.value === undefined || series.target.unit === 'count') {
        return `${head} (${target})`;
    }
    const on = satisfies(result.value, series.target.comparator, series.target.value);
    return `${head} · ${on ? 'on target' : 'off target'} (${target})`;
}

/**
 * `FirstContactResolution missed its target in February 2026, the last complete period: 68.5%
 * against at least 70% per month; credit due 600 EUR.`
 */
export function describeMissedPeriod(standing: MetricStanding): string | undefined {
    const last = standing.last;
    if (!last || last.result.status !== 'missed') {
        return undefined;
    }
    const credit = last.row.credit ? `; credit due ${last.row.credit}` : '; no credit is due';
    return `${standing.metric} missed its target in ${last.result.period.label}, the last complete period: ${last.row.result} against ${formatTarget(standing.series.target)}${credit}.`;
}
