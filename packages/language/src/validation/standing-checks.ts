import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { PeriodResult, PeriodRule, SeriesEvaluation } from 'sla-model';
import { calendarDateOf, describeMissedPeriod, evaluateAgreement, standingsOf } from 'sla-model';
import type { Agreement, Metric, SlaAstType } from '../generated/ast.js';
import { isMetric, isSegment, isService } from '../generated/ast.js';
import type { SlaServices } from '../sla-module.js';
import { atName, joinAnd, modelOf, report } from './check-utils.js';
import { IssueCodes } from './issue-codes.js';

/** At most this many periods are named when many share one problem. */
const NAMED_PERIODS = 3;

/**
 * Checks on how the recorded results stand, evaluated as of the settings' today (as hover
 * and the code lens are):
 * - `missed-last-period`: a metric whose last complete period missed its target, with the
 *   value, the target and the credit due, in the words of `describeMissedPeriod`;
 * - `ambiguous-period-value`: measurements that give a period no single value, several where
 *   its rule reads one value a period, or two rows for one day where it adds one a day.
 */
export function standingChecks(services: SlaServices): ValidationChecks<SlaAstType> {
    return {
        Agreement: (agreement, accept) => checkStanding(services, agreement, accept)
    };
}

function checkStanding(services: SlaServices, agreement: Agreement, accept: ValidationAcceptor): void {
    const model = modelOf(services, agreement);
    if (!model) {
        return;
    }
    const evaluation = evaluateAgreement(model, { today: calendarDateOf(services.sla.Settings.now()) });
    const metrics = new Map<string, Metric>();
    for (const metric of agreement.clauses.filter(isService).flatMap(service => service.clauses.filter(isMetric))) {
        if (metric.name && !metrics.has(metric.name)) {
            metrics.set(metric.name, metric);
        }
    }
    for (const standing of standingsOf(evaluation)) {
        const message = describeMissedPeriod(standing);
        const metric = metrics.get(standing.metric);
        if (message && metric && standing.last) {
            report(accept, IssueCodes.MissedLastPeriod, message, atName(metric, 'metric'), { period: standing.last.result.period.key });
        }
    }
    for (const series of evaluation.series) {
        const metric = metrics.get(series.metric);
        if (metric) {
            checkAmbiguity(series, metric, accept);
        }
    }
}

function checkAmbiguity(series: SeriesEvaluation, metric: Metric, accept: ValidationAcceptor): void {
    const segment = series.segment === undefined ? undefined : metric.clauses.filter(isSegment).find(each => each.name === series.segment);
    const where = segment ? atName(segment, 'segment') : atName(metric, 'metric');
    const name = segment ? `${metric.name}.${segment.name}` : metric.name;
    const per = series.target.period;
    const perPeriod = series.periods.filter(result => result.ambiguity === 'period');
    if (perPeriod.length > 0) {
        const counts = named(perPeriod, result => `${result.recorded} values in ${result.period.label}`);
        const takes = series.ruleWritten ? 'its rule `computed as recorded` takes'
            : `without a \`computed as\` rule ${series.target.unit === '%' ? 'a percentage' : 'a duration'} target takes`;
        report(accept, IssueCodes.AmbiguousPeriodValue,
            `${name} has ${counts}, but ${takes} one value per ${per}, so ${noResult(perPeriod)}. `
            + `State how they combine on the metric, e.g. \`computed as average\` (or \`maximum\`, \`minimum\`), or record one value per ${per}.`,
            where, { ambiguity: 'period', metric: metric.name });
    }
    const perDay = series.periods.filter(result => result.ambiguity === 'day');
    if (perDay.length > 0) {
        const problems = named(perDay, result => `${result.period.label} (${(result.problem ?? '').replace(/; a day has one value\.$/, '')})`);
        report(accept, IssueCodes.AmbiguousPeriodValue,
            `${name} has two or more rows for one day in ${problems}, but ${ruleWords(series.rule, series.ruleWritten)} adds up one value a day, so ${noResult(perDay)}. `
            + 'Record one row per day, with the day\'s values added up into it.',
            where, { ambiguity: 'day', metric: metric.name });
    }
}

/** `March 2026 has no result`, `those periods have no result`. */
function noResult(results: PeriodResult[]): string {
    return results.length === 1 ? `${results[0].period.label} has no result` : 'those periods have no result';
}

/** `2 values in March 2026 and 3 values in April 2026`; past three, `… and 4 more periods`. */
function named(results: PeriodResult[], word: (result: PeriodResult) => string): string {
    const listed = results.slice(0, NAMED_PERIODS).map(word);
    const rest = results.length - listed.length;
    return rest > 0 ? `${listed.join(', ')} and ${rest} more ${rest === 1 ? 'period' : 'periods'}` : joinAnd(listed);
}

/** `its rule (`computed as availability from downtime`)`, `its rule (`sum`, the default for a count)`. */
function ruleWords(rule: PeriodRule, written: boolean): string {
    const text = rule.kind === 'availability' ? 'availability from downtime'
        : rule.kind === 'ratio' ? `ratio of ${rule.good} over ${rule.total}`
        : rule.kind;
    return written ? `its rule (\`computed as ${text}\`)` : `its rule (\`${text}\`, the default for a count)`;
}
