import type { AstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import { AstUtils, UriUtils, URI } from 'langium';
import type { Agreement, Metric, SharedGlossary, SlaAstType, Term } from '../generated/ast.js';
import {
    isDeliverable, isGoal, isMetric, isParty, isSegment, isService, isSeverity
} from '../generated/ast.js';
import { collectTerms } from '../model/build-model.js';
import type { SlaServices } from '../sla-module.js';
import { atName, atProperty, lineNumber, report } from './check-utils.js';
import { IssueCodes } from './issue-codes.js';

interface Named extends AstNode {
    name: string;
}

/**
 * `duplicate-definition`: two declarations of one kind share a name. Parties, services,
 * metrics (across all services, since `measurements for` and credit tiers name them from the
 * top of the agreement), severities, goals and deliverables are compared by exact name;
 * segments within their metric; glossary terms by name and every alias, ignoring case and
 * repeated white space, also against the terms of imported shared glossaries. The second
 * occurrence is reported, on its name.
 */
export function duplicateChecks(services: SlaServices): ValidationChecks<SlaAstType> {
    return {
        Agreement: (agreement, accept) => {
            checkNames(agreement, accept);
            checkTerms(collectTerms(agreement), importedTermNames(services, agreement), accept);
        },
        Metric: (metric, accept) => checkSegments(metric, accept),
        SharedGlossary: (glossary: SharedGlossary, accept) => checkTerms(glossary.terms, new Map(), accept)
    };
}

function checkNames(agreement: Agreement, accept: ValidationAcceptor): void {
    const clauses = agreement.clauses;
    const services = clauses.filter(isService);
    const kinds: { label: string; keyword: string; nodes: Named[] }[] = [
        { label: 'Party', keyword: 'party', nodes: clauses.filter(isParty) },
        { label: 'Service', keyword: 'service', nodes: services },
        { label: 'Metric', keyword: 'metric', nodes: services.flatMap(service => service.clauses.filter(isMetric)) },
        { label: 'Severity', keyword: 'severity', nodes: clauses.filter(isSeverity) },
        { label: 'Goal', keyword: 'goal', nodes: clauses.filter(isGoal) },
        { label: 'Deliverable', keyword: 'deliverable', nodes: clauses.filter(isDeliverable) }
    ];
    for (const kind of kinds) {
        reportDuplicates(kind.nodes, kind.label, kind.keyword, accept);
    }
}

function checkSegments(metric: Metric, accept: ValidationAcceptor): void {
    reportDuplicates(metric.clauses.filter(isSegment), 'Segment', 'segment', accept, ` of metric '${metric.name}'`);
}

function reportDuplicates(nodes: Named[], label: string, keyword: string, accept: ValidationAcceptor, within = ''): void {
    const first = new Map<string, Named>();
    for (const node of nodes) {
        if (!node.name) {
            continue;
        }
        const earlier = first.get(node.name);
        if (!earlier) {
            first.set(node.name, node);
            continue;
        }
        report(accept, IssueCodes.DuplicateDefinition,
            `${label} '${node.name}'${within} is already defined on line ${lineNumber(earlier)}. Rename this one or remove it: each name must say one thing.`,
            atName(node, keyword),
            { name: node.name, kind: keyword, firstLine: lineNumber(earlier) - 1 });
    }
}

/** A term's name or alias, compared without regard to case or repeated spaces. */
function termKey(name: string): string {
    return name.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Where each name and alias of the imported shared glossaries comes from, by key. */
function importedTermNames(services: SlaServices, agreement: Agreement): Map<string, string> {
    const result = new Map<string, string>();
    let document;
    try {
        document = AstUtils.getDocument(agreement);
    } catch {
        return result;
    }
    const glossaries = new Set<AstNode>();
    for (const term of services.sla.ModelProvider.importedTerms(document)) {
        const glossary = term.$container;
        if (!glossary || glossaries.has(glossary)) {
            continue;
        }
        glossaries.add(glossary);
        for (const [key, file] of glossaryNames(glossary, AstUtils.getDocument(term).uri.toString())) {
            if (!result.has(key)) {
                result.set(key, file);
            }
        }
    }
    return result;
}

/** The names of one shared glossary by key, with its file name; kept while the glossary is. */
const namesByGlossary = new WeakMap<AstNode, Map<string, string>>();

function glossaryNames(glossary: AstNode & { terms?: Term[] }, source: string): Map<string, string> {
    let names = namesByGlossary.get(glossary);
    if (!names) {
        names = new Map();
        const file = UriUtils.basename(URI.parse(source));
        for (const term of glossary.terms ?? []) {
            for (const name of [term.name, ...term.aliases]) {
                if (name && !names.has(termKey(name))) {
                    names.set(termKey(name), file);
                }
            }
        }
        namesByGlossary.set(glossary, names);
    }
    return names;
}

function checkTerms(terms: Term[], imported: Map<string, string>, accept: ValidationAcceptor): void {
    const seen = new Map<string, { term: Term; asAlias: boolean }>();
    for (const term of terms) {
        const names: { name: string; index?: number }[] = [
            { name: term.name },
            ...term.aliases.map((alias, index) => ({ name: alias, index }))
        ];
        for (const { name, index } of names) {
            if (!name) {
                continue;
            }
            const key = termKey(name);
            const where = index === undefined ? atName(term, 'term') : atProperty(term, 'aliases', atName(term, 'term'), index);
            const data = { name, kind: 'term' };
            const earlier = seen.get(key);
            if (earlier) {
                const what = earlier.term === term
                    ? `is repeated in the definition of '${term.name}'`
                    : `is already defined${earlier.asAlias ? ` as an alias of '${earlier.term.name}'` : ''} on line ${lineNumber(earlier.term)}`;
                report(accept, IssueCodes.DuplicateDefinition,
                    `The term '${name}' ${what}. Remove this one or rename it: each term must have one definition.`,
                    where, { ...data, firstLine: lineNumber(earlier.term) - 1 });
                continue;
            }
            const file = imported.get(key);
            if (file) {
                report(accept, IssueCodes.DuplicateDefinition,
                    `The term '${name}' is already defined in the imported glossary '${file}'. Remove this definition and use the shared one, or give this term another name.`,
                    where, { ...data, glossary: file });
            }
            seen.set(key, { term, asAlias: index !== undefined });
        }
    }
}
