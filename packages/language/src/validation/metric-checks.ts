import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Agreement, Metric, Service, SlaAstType } from '../generated/ast.js';
import { isControl, isCounts, isMeasurement, isMetric, isService, isTarget, isTimes } from '../generated/ast.js';
import { proseText } from '../model/prose.js';
import type { SlaServices } from '../sla-module.js';
import { atName, atProperty, containsSyntaxError, hasUnresolvedProvider, joinAnd, providerOf, report } from './check-utils.js';
import { IssueCodes } from './issue-codes.js';

/** What a metric can lack to be measurable, as `data.missing` names it for quick-fixes. */
export type MetricField = 'target' | 'period' | 'unit' | 'source';

const LACKS: Record<MetricField, { what: string; fix: string }> = {
    target: { what: 'no target', fix: '`target >= <value> per month`' },
    period: { what: 'a target without a period', fix: '`per month` (or `per week`, `per incident`…) to its target' },
    unit: { what: 'no unit or counted thing', fix: '`counts [<Term>]` (or a unit such as `%` or `hours` on its target)' },
    source: { what: 'no measurement source', fix: '`measured by "<tool or report>" every day`' }
};

/**
 * Metric checks: `unmeasurable-metric` (a target with comparator, value and period; a unit or
 * a `counts`/`times` clause; a `measured by` source), `uncontrolled-metric` (controlled by the
 * provider of its service), `service-without-metric` and `too-many-metrics`.
 */
export function metricChecks(services: SlaServices): ValidationChecks<SlaAstType> {
    return {
        Metric: [checkMeasurable, checkControlled],
        Service: checkServiceHasMetric,
        Agreement: (agreement, accept) => checkMetricCount(agreement, accept, services.sla.Settings.values.maxMetrics)
    };
}

/** The fields a metric lacks to be measurable, in the order a metric is written. */
export function missingMetricFields(metric: Metric): MetricField[] {
    const missing: MetricField[] = [];
    const target = metric.clauses.find(isTarget);
    if (!target || !target.comparator || target.value === undefined) {
        missing.push('target');
    } else if (!target.period) {
        missing.push('period');
    }
    const counted = metric.clauses.some(clause => isCounts(clause) || isTimes(clause));
    if (!counted && !target?.unit) {
        missing.push('unit');
    }
    const measurement = metric.clauses.find(isMeasurement);
    if (!measurement || proseText(measurement.source).trim() === '') {
        missing.push('source');
    }
    return missing;
}

function checkMeasurable(metric: Metric, accept: ValidationAcceptor): void {
    const missing = missingMetricFields(metric);
    if (missing.length === 0 || containsSyntaxError(metric)) {
        return;
    }
    const name = metric.name ?? '';
    report(accept, IssueCodes.UnmeasurableMetric,
        `Metric '${name}' has ${joinAnd(missing.map(field => LACKS[field].what))}. Add ${joinAnd(missing.map(field => LACKS[field].fix))} so it can be tracked before it is accepted.`,
        atName(metric, 'metric'),
        { metric: name, missing });
}

function checkControlled(metric: Metric, accept: ValidationAcceptor): void {
    const service = isService(metric.$container) ? metric.$container : undefined;
    const provider = providerOf(service);
    const control = metric.clauses.find(isControl);
    const name = metric.name ?? '';
    if (!control) {
        if (containsSyntaxError(metric)) {
            return;
        }
        report(accept, IssueCodes.UncontrolledMetric,
            `Metric '${name}' does not say who controls it. Add \`controlled by ${provider ?? '<Provider>'}\`: a measure should reflect only what the provider of the service controls.`,
            atName(metric, 'metric'),
            { metric: name, provider, controlledBy: undefined });
        return;
    }
    const party = control.party?.ref;
    if (!party?.name) {
        // An unresolved name is reported by linking.
        return;
    }
    // Whether the metric's service provides it waits until the provider's name resolves.
    if (party.name === provider || hasUnresolvedProvider(service)) {
        return;
    }
    const serviceName = service?.name ?? '';
    const message = provider
        ? `Metric '${name}' is controlled by ${party.name}, but its service '${serviceName}' is provided by ${provider}. Measure only what the provider controls: write \`controlled by ${provider}\`, or move the metric to a service that ${party.name} provides.`
        : `Metric '${name}' is controlled by ${party.name}, but its service '${serviceName}' does not say who provides it. Add \`provided by ${party.name} to <Customer>\` to the service, so the controlling party is its provider.`;
    report(accept, IssueCodes.UncontrolledMetric, message,
        atProperty(control, 'party', { node: control }),
        { metric: name, provider, controlledBy: party.name });
}

function checkServiceHasMetric(service: Service, accept: ValidationAcceptor): void {
    if (service.clauses.some(isMetric)) {
        return;
    }
    const name = service.name ?? '';
    report(accept, IssueCodes.ServiceWithoutMetric,
        `Service '${name}' has no metric, so there is no objective way to judge it. Add a metric with a target and a measurement source, e.g. \`metric <Name> "<title>" { counts [<Term>] target >= <value> per month measured by "<tool>" every day controlled by <Provider> }\`.`,
        atName(service, 'service'),
        { service: name });
}

function checkMetricCount(agreement: Agreement, accept: ValidationAcceptor, limit: number): void {
    const count = agreement.clauses.filter(isService).reduce((sum, service) => sum + service.clauses.filter(isMetric).length, 0);
    if (count <= limit) {
        return;
    }
    report(accept, IssueCodes.TooManyMetrics,
        `The agreement has ${count} metrics, more than the limit of ${limit}. Keep the few that show whether the service is delivered: excessive measures produce large amounts of data that nobody reads.`,
        atName(agreement, 'agreement'),
        { count, limit });
}
