import type { AstNode, AstNodeDescription, IndexManager, LangiumDocument, MaybePromise, ReferenceInfo, ScopeProvider } from 'langium';
import { AstUtils, CstUtils, GrammarUtils, URI, UriUtils } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command, Diagnostic, TextEdit } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import { importedUris } from '../references/imports.js';
import type { Agreement, Party, Segment, Service, SharedGlossary, Target } from '../generated/ast.js';
import {
    isAgreement, isControl, isCounts, isEarnBack, isEscalationStep, isExclusions, isGlossaryBlock,
    isMeasurement, isMetric, isNotice, isPace, isParty, isPeriod, isProvision, isRemedies, isResolution,
    isResponse, isSegment, isService, isSeverity, isSharedGlossary, isSlaFile, isTarget, isTerm, isTermination, isTimes,
    Mention, Term as TermType
} from '../generated/ast.js';
import { termNameOf } from '../parser/sla-value-converter.js';
import { proseText } from '../model/prose.js';
import type { SlaServices } from '../sla-module.js';
import type { SlaSettings } from '../sla-settings.js';
import { IssueCodes } from '../validation/issue-codes.js';
import { deleteLines, insertAt, insertClause, rangeOf } from './clause-placement.js';
import type { TemplateContext } from './clause-templates.js';
import {
    CREDIT_TEMPLATE, EXCLUSIONS_TEMPLATE, metricSnippet, PERIOD_TEMPLATE, REVIEW_TEMPLATE, snippetToText, TERMINATION_TEMPLATE
} from './clause-templates.js';
import { nearMisses } from './near-misses.js';

/** A clause to insert into a block, by the type that decides its place. */
interface NewClause {
    type: string;
    text: string;
}

/**
 * Quick-fixes for the diagnostics, switched on their stable code. Each inserts a complete,
 * formatted clause at its conventional place (see `clause-placement.ts`) with placeholder
 * values that parse and satisfy the check, or edits the one token at fault. What is missing
 * is computed from the AST, so a fix works whatever details the diagnostic carries.
 */
export class SlaCodeActionProvider implements CodeActionProvider {
    private readonly scopeProvider: ScopeProvider;
    private readonly indexManager: IndexManager;
    private readonly settings: SlaSettings;

    constructor(services: SlaServices) {
        this.scopeProvider = services.references.ScopeProvider;
        this.indexManager = services.shared.workspace.IndexManager;
        this.settings = services.sla.Settings;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            actions.push(...this.fixes(document, diagnostic));
        }
        return actions;
    }

    private fixes(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const node = nodeAt(document, diagnostic);
        const agreement = agreementOf(document);
        const fix = (title: string, edits: Array<TextEdit | undefined>, isPreferred = true): CodeAction[] =>
            quickFix(document, diagnostic, title, edits, isPreferred);
        switch (diagnostic.code ?? (diagnostic.data as { code?: string } | undefined)?.code) {
            case IssueCodes.MissingPeriod:
                return this.fixPeriod(document, agreement, node, fix);
            case IssueCodes.MissingTermination:
                return agreement
                    ? fix('Add a termination clause', [insertClause(document, agreement, 'Termination', snippetToText(TERMINATION_TEMPLATE.snippet({})))])
                    : [];
            case IssueCodes.MissingNoticePeriod:
                return this.fixNotice(document, agreement, node, fix);
            case IssueCodes.MissingEscalation:
                return this.fixSeverity(document, node, fix);
            case IssueCodes.MissingExclusions:
                return this.fixExclusions(document, agreement, fix);
            case IssueCodes.MissingReview:
                return agreement
                    ? fix('Add a yearly review', [insertClause(document, agreement, 'Review', snippetToText(REVIEW_TEMPLATE.snippet(this.templateContext(agreement))))])
                    : [];
            case IssueCodes.UnmeasurableMetric:
                return this.fixUnmeasurable(document, node, fix);
            case IssueCodes.UncontrolledMetric:
                return this.fixUncontrolled(document, agreement, node, fix);
            case IssueCodes.ServiceWithoutMetric:
                return this.fixServiceWithoutMetric(document, agreement, node, fix);
            case IssueCodes.ThirdPartyNotInvolved:
                return this.fixThirdParty(document, agreement, node, diagnostic, fix);
            case IssueCodes.EarnBackWithoutCredits:
                return this.fixEarnBack(document, agreement, node, fix);
            case IssueCodes.PacingNeedsCountGoal:
                return this.fixPacing(document, node, fix);
            case IssueCodes.UndefinedTerm:
                return this.fixUndefinedTerm(document, agreement, diagnostic);
            case IssueCodes.UnusedTerm:
                return this.fixUnusedTerm(document, node, fix);
            default:
                return [];
        }
    }

    private fixPeriod(document: LangiumDocument, agreement: Agreement | undefined, node: AstNode | undefined, fix: FixFactory): CodeAction[] {
        const period = (node && AstUtils.getContainerOfType(node, isPeriod)) ?? agreement?.clauses.find(isPeriod);
        if (period) {
            const start = GrammarUtils.findNodeForProperty(period.$cstNode, 'start');
            if (!start || period.end || period.openEnded) {
                return [];
            }
            const year = /^\d{4}/.exec(period.start)?.[0] ?? String(this.settings.now().getFullYear());
            return fix('Add an end date to the period', [insertAt(document, start.end, ` to ${year}-12-31`)]);
        }
        if (!agreement) {
            return [];
        }
        const text = snippetToText(PERIOD_TEMPLATE.snippet(this.templateContext(agreement)));
        return fix('Add the period of the agreement', [insertClause(document, agreement, 'Period', text)]);
    }

    private fixNotice(document: LangiumDocument, agreement: Agreement | undefined, node: AstNode | undefined, fix: FixFactory): CodeAction[] {
        const termination = (node && AstUtils.getContainerOfType(node, isTermination)) ?? agreement?.clauses.find(isTermination);
        if (!termination) {
            return [];
        }
        const notices = termination.clauses.filter(isNotice);
        if (notices.length === 0 || notices.some(notice => notice.either)) {
            return fix('Add a notice period for either party', [insertClause(document, termination, 'Notice', 'notice 30 days by either party')]);
        }
        const covered = new Set(notices.map(notice => notice.party?.$refText));
        const uncovered = (agreement?.clauses.filter(isParty) ?? [])
            .filter(party => (party.role === 'provider' || party.role === 'customer') && !covered.has(party.name));
        if (uncovered.length === 0) {
            return [];
        }
        const text = uncovered.map(party => `notice 30 days by ${party.name}`).join('\n');
        return fix(`Add a notice period for ${uncovered.map(party => party.name).join(' and ')}`, [insertClause(document, termination, 'Notice', text)]);
    }

    private fixSeverity(document: LangiumDocument, node: AstNode | undefined, fix: FixFactory): CodeAction[] {
        const severity = node && AstUtils.getContainerOfType(node, isSeverity);
        if (!severity) {
            return [];
        }
        const response = severity.clauses.find(isResponse);
        const clauses: NewClause[] = [];
        if (!response) {
            clauses.push({ type: 'Response', text: 'response within 1 hour' });
        }
        if (!severity.clauses.some(isResolution)) {
            clauses.push({ type: 'Resolution', text: 'resolution within 8 hours' });
        }
        if (!severity.clauses.some(isEscalationStep)) {
            // Escalate when the response time passes without a response.
            const after = response?.time?.$cstNode?.text.replace(/\s+/g, ' ') ?? '1 hour';
            clauses.push({ type: 'EscalationStep', text: `escalate after ${after} to "Service Level Manager"` });
        }
        const what = clauses.map(clause => SEVERITY_PARTS[clause.type]);
        return clauses.length > 0 ? fix(`Add ${joinAnd(what)} to ${severity.name}`, insertClauses(document, severity, clauses)) : [];
    }

    private fixExclusions(document: LangiumDocument, agreement: Agreement | undefined, fix: FixFactory): CodeAction[] {
        if (!agreement) {
            return [];
        }
        const empty = agreement.clauses.find(isExclusions);
        const text = snippetToText(EXCLUSIONS_TEMPLATE.snippet({}));
        if (empty) {
            const item = text.split('\n')[1].trim();
            return fix('Add an exclusion', [insertClause(document, empty, 'Prose', item)]);
        }
        return fix('Add an exclusions clause', [insertClause(document, agreement, 'Exclusions', text)]);
    }

    private fixUnmeasurable(document: LangiumDocument, node: AstNode | undefined, fix: FixFactory): CodeAction[] {
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

    private fixUncontrolled(document: LangiumDocument, agreement: Agreement | undefined, node: AstNode | undefined, fix: FixFactory): CodeAction[] {
        const metric = node && AstUtils.getContainerOfType(node, isMetric);
        const provider = metric ? providerOf(AstUtils.getContainerOfType(metric, isService), agreement) : undefined;
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

    private fixServiceWithoutMetric(document: LangiumDocument, agreement: Agreement | undefined, node: AstNode | undefined, fix: FixFactory): CodeAction[] {
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
        const text = snippetToText(metricSnippet(name, title, providerOf(service, agreement)));
        return fix(`Add a metric to ${service.name}`, [insertClause(document, service, 'Metric', text)]);
    }

    private fixThirdParty(document: LangiumDocument, agreement: Agreement | undefined, node: AstNode | undefined, diagnostic: Diagnostic, fix: FixFactory): CodeAction[] {
        const named = (diagnostic.data as { party?: unknown } | undefined)?.party;
        const parties = agreement?.clauses.filter(isParty) ?? [];
        const party = parties.find(candidate => candidate.name === named) ?? referencedThirdParty(document, diagnostic, node);
        const role = party && !party.involved ? GrammarUtils.findNodeForProperty(party.$cstNode, 'role') : undefined;
        if (!party || !role) {
            return [];
        }
        return fix(`Mark ${party.name} as involved in the negotiations`, [insertAt(document, role.end, ' involved')]);
    }

    private fixEarnBack(document: LangiumDocument, agreement: Agreement | undefined, node: AstNode | undefined, fix: FixFactory): CodeAction[] {
        const earnBack = node && AstUtils.getContainerOfType(node, isEarnBack);
        const remedies = earnBack && isRemedies(earnBack.$container) ? earnBack.$container : undefined;
        if (!remedies || !agreement) {
            return [];
        }
        const text = snippetToText(CREDIT_TEMPLATE.snippet(this.templateContext(agreement)));
        return fix('Add a service credit tier', [insertClause(document, remedies, 'CreditTier', text)]);
    }

    private fixPacing(document: LangiumDocument, node: AstNode | undefined, fix: FixFactory): CodeAction[] {
        const segment = node && AstUtils.getContainerOfType(node, isSegment);
        if (segment) {
            return this.fixPacedSegment(document, segment, fix);
        }
        const metric = node && AstUtils.getContainerOfType(node, isMetric);
        const pace = metric?.clauses.find(isPace);
        if (!metric || !pace?.$cstNode) {
            return [];
        }
        const target = metric.clauses.find(isTarget);
        if (!target) {
            return fix(`Give ${metric.name} a monthly goal`, insertClauses(document, metric, [{ type: 'Target', text: 'target >= 100 per month' }]));
        }
        const perMonth = monthlyPeriodEdit(document, target);
        if (perMonth) {
            return fix(`Count ${metric.name} per month`, [perMonth]);
        }
        return fix('Remove pace daily', [deleteLines(document, pace.$cstNode)]);
    }

    private fixPacedSegment(document: LangiumDocument, segment: Segment, fix: FixFactory): CodeAction[] {
        const target = segment.target;
        if (!target?.$cstNode) {
            return [];
        }
        const perMonth = monthlyPeriodEdit(document, target);
        if (perMonth) {
            return fix(`Count ${segment.name} per month`, [perMonth]);
        }
        const metric = AstUtils.getContainerOfType(segment, isMetric);
        const whole = metric?.clauses.find(isTarget);
        // A part of the metric's own monthly goal keeps the segment below the whole.
        const goal = whole && isCountGoal(whole) && whole.period === 'month' ? Math.max(1, Math.round(whole.value / 4)) : 100;
        return fix(`Give ${segment.name} a monthly goal`, [{
            range: target.$cstNode.range,
            newText: `target >= ${goal} per month`
        }]);
    }

    private fixUndefinedTerm(document: LangiumDocument, agreement: Agreement | undefined, diagnostic: Diagnostic): CodeAction[] {
        const root = document.parseResult.value;
        const leaf = root.$cstNode ? CstUtils.findLeafNodeAtOffset(root.$cstNode, document.textDocument.offsetAt(diagnostic.range.start)) : undefined;
        if (!leaf || leaf.tokenType.name !== 'MENTION') {
            return [];
        }
        const written = termNameOf(leaf.text);
        const actions: CodeAction[] = [];
        const known = this.termsInScope(leaf.astNode);
        for (const [index, name] of nearMisses(written, known.map(description => description.name)).entries()) {
            actions.push(...quickFix(document, diagnostic, `Did you mean [${name}]?`, [{ range: leaf.range, newText: `[${name}]` }], index === 0));
        }
        const glossary = glossaryFor(document, agreement);
        const definition = `term [${written}] = "What ${written} means in this agreement."`;
        if (isGlossaryBlock(glossary) || isSharedGlossary(glossary)) {
            actions.push(...quickFix(document, diagnostic, `Define [${written}] in the glossary`, [insertClause(document, glossary, 'Term', definition)], actions.length === 0));
        } else if (agreement) {
            const block = `glossary {\n    ${definition}\n}`;
            actions.push(...quickFix(document, diagnostic, `Define [${written}] in a new glossary`, [insertClause(document, agreement, 'GlossaryBlock', block)], actions.length === 0));
        }
        actions.push(...this.importFixes(document, diagnostic, written));
        return actions;
    }

    /** `import "…"` of a workspace glossary that defines the term but is not imported yet. */
    private importFixes(document: LangiumDocument, diagnostic: Diagnostic, written: string): CodeAction[] {
        const root = document.parseResult.value;
        if (!isSlaFile(root)) {
            return [];
        }
        const folder = UriUtils.dirname(document.uri);
        const imported = new Set(importedUris(document).map(uri => uri.toString()));
        const sources = new Set(this.indexManager.allElements(TermType.$type)
            .filter(description => description.name === written && !imported.has(description.documentUri.toString())
                && description.documentUri.toString() !== document.uri.toString())
            .map(description => description.documentUri.toString()));
        return [...sources].sort().flatMap(source => {
            const path = UriUtils.relative(folder, URI.parse(source));
            const last = root.imports.at(-1)?.$cstNode;
            const edit = last ? insertAt(document, last.end, `\nimport "${path}"`) : insertAt(document, 0, `import "${path}"\n\n`);
            return quickFix(document, diagnostic, `Import [${written}] from ${path}`, [edit], false);
        });
    }

    private fixUnusedTerm(document: LangiumDocument, node: AstNode | undefined, fix: FixFactory): CodeAction[] {
        const term = node && AstUtils.getContainerOfType(node, isTerm);
        if (!term?.$cstNode) {
            return [];
        }
        const block = term.$container;
        const onlyTerm = isGlossaryBlock(block) && block.terms.length === 1 && block.$cstNode
            && !CstUtils.streamCst(block.$cstNode).some(cst => cst.hidden);
        const removed = onlyTerm ? block.$cstNode! : term.$cstNode;
        return fix(`Remove the unused term [${term.name}]`, [deleteLines(document, removed)]);
    }

    /** Every term name and alias a mention here could refer to. */
    private termsInScope(container: AstNode): AstNodeDescription[] {
        const synthetic = { $type: Mention.$type, $container: container } as AstNode;
        const info: ReferenceInfo = { reference: { $refText: '', ref: undefined }, container: synthetic, property: 'term' };
        return this.scopeProvider.getScope(info).getAllElements().toArray();
    }

    private templateContext(agreement: Agreement): TemplateContext {
        const parties = agreement.clauses.filter(isParty);
        const metric = AstUtils.streamAllContents(agreement).find(isMetric);
        return {
            provider: parties.find(party => party.role === 'provider')?.name,
            customer: parties.find(party => party.role === 'customer')?.name,
            metric: metric?.name,
            year: this.settings.now().getFullYear()
        };
    }
}

type FixFactory = (title: string, edits: Array<TextEdit | undefined>, isPreferred?: boolean) => CodeAction[];

const SEVERITY_PARTS: Record<string, string> = {
    Response: 'a response time',
    Resolution: 'a resolution time',
    EscalationStep: 'an escalation step'
};

function quickFix(document: LangiumDocument, diagnostic: Diagnostic, title: string, edits: Array<TextEdit | undefined>, isPreferred: boolean): CodeAction[] {
    const changes = edits.filter((edit): edit is TextEdit => edit !== undefined);
    if (changes.length === 0) {
        return [];
    }
    return [{
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred,
        edit: { changes: { [document.textDocument.uri]: changes } }
    }];
}

/**
 * Inserts several clauses into one block. Clauses that land in the same place are written
 * together, in order, so the edits never overlap.
 */
function insertClauses(document: LangiumDocument, block: AstNode, clauses: NewClause[]): TextEdit[] {
    const groups = new Map<string, NewClause[]>();
    for (const clause of clauses) {
        const edit = insertClause(document, block, clause.type, clause.text);
        if (edit) {
            const key = JSON.stringify(edit.range);
            groups.set(key, [...groups.get(key) ?? [], clause]);
        }
    }
    return [...groups.values()].flatMap(group => {
        const edit = insertClause(document, block, group[0].type, group.map(clause => clause.text).join('\n'));
        return edit ? [edit] : [];
    });
}

/** `per week` → `per month` on a count goal, or `per month` added when the period is missing. */
function monthlyPeriodEdit(document: LangiumDocument, target: Target): TextEdit | undefined {
    if (!isCountGoal(target) || target.period === 'month' || !target.$cstNode) {
        return undefined;
    }
    const period = GrammarUtils.findNodeForProperty(target.$cstNode, 'period');
    return period ? { range: period.range, newText: 'month' } : insertAt(document, target.$cstNode.end, ' per month');
}

/** A count (no unit) to reach, not a limit. */
function isCountGoal(target: Target): boolean {
    return !target.unit && (target.comparator === '>=' || target.comparator === '>' || target.comparator === '=');
}

function nodeAt(document: LangiumDocument, diagnostic: Diagnostic): AstNode | undefined {
    const root = document.parseResult.value.$cstNode;
    const offset = document.textDocument.offsetAt(diagnostic.range.start);
    return root ? CstUtils.findLeafNodeAtOffset(root, offset)?.astNode : undefined;
}

function agreementOf(document: LangiumDocument): Agreement | undefined {
    const root = document.parseResult.value;
    return isSlaFile(root) && isAgreement(root.agreement) ? root.agreement : undefined;
}

/** Where a new term goes: the agreement's glossary block, or the shared glossary of a glossary file. */
function glossaryFor(document: LangiumDocument, agreement: Agreement | undefined): AstNode | SharedGlossary | undefined {
    const root = document.parseResult.value;
    if (isSlaFile(root) && isSharedGlossary(root.glossary)) {
        return root.glossary;
    }
    return agreement?.clauses.find(isGlossaryBlock);
}

/** The provider of a service, else the agreement's only provider. */
function providerOf(service: Service | undefined, agreement: Agreement | undefined): string | undefined {
    const provision = service?.clauses.find(isProvision);
    const named = provision?.provider?.ref?.name ?? provision?.provider?.$refText;
    if (named) {
        return named;
    }
    const providers = agreement?.clauses.filter(isParty).filter(party => party.role === 'provider') ?? [];
    return providers.length === 1 ? providers[0].name : undefined;
}

/** The uninvolved third party a diagnostic's range refers to. */
function referencedThirdParty(document: LangiumDocument, diagnostic: Diagnostic, node: AstNode | undefined): Party | undefined {
    if (!node) {
        return undefined;
    }
    const offset = document.textDocument.offsetAt(diagnostic.range.start);
    for (const { reference } of AstUtils.streamReferences(node)) {
        const target = 'ref' in reference ? reference.ref : undefined;
        const cst = reference.$refNode;
        if (isParty(target) && target.role === 'third-party' && !target.involved && cst && cst.offset <= offset && offset <= cst.end) {
            return target;
        }
    }
    return undefined;
}

function joinAnd(items: string[]): string {
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
