import { AstUtils, GrammarUtils } from 'langium';
import type { CodeAction, TextEdit } from 'vscode-languageserver';
import type { Agreement, Service } from '../../generated/ast.js';
import { isControl, isCounts, isMeasurement, isMetric, isParty, isService, isTarget, isTimes } from '../../generated/ast.js';
import { proseText } from '../../model/prose.js';
import { joinAnd, providerOf } from '../../validation/check-utils.js';
import type { NewClause } from '../clause-placement.js';
import { insertAt, insertClause, insertClauses, rangeOf } from '../clause-placement.js';
import { metricSnippet, snippetToText } from '../clause-templates.js';
import type { FixContext } from './fix-context.js';

/** `unmeasurable-metric`: what it counts, a target, the target's period and a measurement source, as far as missing. */
export function fixUnmeasurableMetric({ document, node, fix }: FixContext): CodeAction[] {
    const metric = node && AstUtils.getContainerOfType(node, isMetric);
    if (!metric) {
        return [];
    }
    const target = metric.clauses.find(isTarget);
    const timed = metric.clauses.some(isTimes);
    const clauses: NewClause[] = [];
    const edits: Array<TextEdit | undefined> = [];
    const parts: string[] = [];
    if (!metric.clauses.some(clause => isCounts(clause) || isTimes(clause)) && !target?.unit) {
        clauses.push({ type: 'Counts', text: 'counts "what is counted"' });
        parts.push('what it counts');
    }
    if (!target) {
        clauses.push({ type: 'Target', text: timed ? 'target <= 4 hours per incident' : 'target >= 100 per month' });
        parts.push('a target');
    } else if (!target.period && target.$cstNode) {
        const duration = target.unit !== undefined && target.unit !== '%';
        edits.push(insertAt(document, target.$cstNode.end, duration ? ' per incident' : ' per month'));
        parts.push('the target\'s period');
    }
    const measurement = metric.clauses.find(isMeasurement);
    if (!measurement) {
        clauses.push({ type: 'Measurement', text: 'measured by "the tool that tracks it" every day' });
        parts.push('a measurement source');
    } else if (proseText(measurement.source).trim() === '' && measurement.source?.$cstNode) {
        const source = measurement.source.$cstNode;
        edits.push({ range: rangeOf(document, source.offset, source.end), newText: '"the tool that tracks it"' });
        parts.push('a measurement source');
    }
    edits.push(...insertClauses(document, metric, clauses));
    return parts.length > 0 ? fix(`Add ${joinAnd(parts)} to ${metric.name}`, edits) : [];
}

/** `uncontrolled-metric`: controlled by the provider of the metric's service. */
export function fixUncontrolledMetric({ document, node, agreement, fix }: FixContext): CodeAction[] {
    const metric = node && AstUtils.getContainerOfType(node, isMetric);
    const provider = metric ? providerOrOnlyProvider(AstUtils.getContainerOfType(metric, isService), agreement) : undefined;
    if (!metric || !provider) {
        return [];
    }
    const control = metric.clauses.find(isControl);
    const party = control ? GrammarUtils.findNodeForProperty(control.$cstNode, 'party') : undefined;
    if (party) {
        return fix(`Controlled by ${provider}, the provider`, [{ range: party.range, newText: provider }]);
    }
    return fix(`Add controlled by ${provider}`, [insertClause(document, metric, 'Control', `controlled by ${provider}`)]);
}

/** `service-without-metric`: a metric under a name no other metric has. */
export function fixServiceWithoutMetric({ document, node, agreement, fix }: FixContext): CodeAction[] {
    const service = node && AstUtils.getContainerOfType(node, isService);
    if (!service) {
        return [];
    }
    const taken = new Set(agreement ? AstUtils.streamAllContents(agreement).filter(isMetric).map(metric => metric.name).toArray() : []);
    let name = `${service.name}Metric`;
    for (let index = 2; taken.has(name); index++) {
        name = `${service.name}Metric${index}`;
    }
    const title = `${proseText(service.title) || service.name} metric`;
    const text = snippetToText(metricSnippet(name, title, providerOrOnlyProvider(service, agreement)));
    return fix(`Add a metric to ${service.name}`, [insertClause(document, service, 'Metric', text)]);
}

/** The provider of a service, else the agreement's only provider. */
function providerOrOnlyProvider(service: Service | undefined, agreement: Agreement | undefined): string | undefined {
    const named = providerOf(service);
    if (named) {
        return named;
    }
    const providers = agreement?.clauses.filter(isParty).filter(party => party.role === 'provider') ?? [];
    return providers.length === 1 ? providers[0].name : undefined;
}
