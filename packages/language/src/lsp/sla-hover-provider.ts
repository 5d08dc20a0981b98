import type { AstNode, LangiumDocument, MaybePromise } from 'langium';
import { AstUtils, CstUtils, GrammarAST, UriUtils } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import type { Metric, Party, Prose, Segment, Service, Severity, Term } from '../generated/ast.js';
import {
    isAgreement, isCounts, isDeliverable, isGoal, isMetric, isParty, isProvision, isSegment, isService, isSeverity, isSharedGlossary, isSlaFile,
    isTarget, isTerm, isTimes
} from '../generated/ast.js';
import {
    calendarDateOf, computePacing, dailyPaceOf, describeProjection, describeStanding, findPaceTarget, formatMonth, metricStandings
} from 'sla-model';
import { proseSegments, proseText } from '../model/prose.js';
import type { AgreementModel, MetricModel } from 'sla-model';
import type { SlaServices } from '../sla-module.js';
import type { SlaSettings } from '../sla-settings.js';
import type { SlaModelProvider } from '../model/sla-model-provider.js';
import { isValueKeyword, keywordMarkdown, keywordRuleName } from './keyword-docs.js';
import { plainMarkdown, proseMarkdown } from './prose-markdown.js';
import { termOccurrenceAt } from './term-occurrences.js';

const ROLE_TEXT: Record<string, string> = { 'provider': 'provider', 'customer': 'customer', 'third-party': 'third party' };

/**
 * Hover for `.sla`: a term shows its definition and where it is defined; a metric its
 * target, measurement, controlling party, the daily pace of a monthly goal and, once results
 * exist, whether it is ahead or behind; a party its role and representatives; every keyword
 * what it is for, in the words of the seeds' guidance.
 */
export class SlaHoverProvider extends AstNodeHoverProvider {
    private readonly models: SlaModelProvider;
    private readonly settings: SlaSettings;

    constructor(services: SlaServices) {
        super(services);
        this.models = services.sla.ModelProvider;
        this.settings = services.sla.Settings;
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const root = document.parseResult.value.$cstNode;
        if (!root) {
            return undefined;
        }
        const offset = document.textDocument.offsetAt(params.position);
        const occurrence = termOccurrenceAt(document, offset);
        if (occurrence) {
            const value = occurrence.term ? this.termHover(occurrence.term, document) : undefinedTermHover(occurrence.written);
            return markdown(value);
        }
        // Symbols such as `>=` are keywords too, so look at the token under the cursor first.
        const token = CstUtils.findLeafNodeAtOffset(root, offset);
        if (token && GrammarAST.isKeyword(token.grammarSource)) {
            const keyword = token.grammarSource;
            const value = keywordMarkdown(keyword.value, keywordRuleName(keyword), isValueKeyword(keyword));
            return value ? markdown(value) : undefined;
        }
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, offset, this.grammarConfig.nameRegexp);
        if (!leaf || leaf.end <= offset) {
            return undefined;
        }
        const target = this.references.findDeclarations(leaf)[0];
        const value = target ? await this.getAstNodeHoverContent(target) : undefined;
        return value ? markdown(value) : undefined;
    }

    protected getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        if (isTerm(node)) {
            return this.termHover(node, AstUtils.getDocument(node));
        }
        const model = this.modelOfNode(node);
        if (isMetric(node)) {
            return this.metricHover(node, model);
        }
        if (isSegment(node)) {
            return this.segmentHover(node, model);
        }
        if (isParty(node)) {
            return partyHover(node);
        }
        if (isService(node)) {
            return serviceHover(node);
        }
        if (isSeverity(node)) {
            return severityHover(node, model);
        }
        if (isGoal(node)) {
            const owner = node.owner?.$refText;
            return joinBlocks(heading(node.name, node.title, `goal${owner ? ` of ${owner}` : ''}`), proseMarkdown(proseSegments(node.text)));
        }
        if (isDeliverable(node)) {
            return heading(node.name, node.title,
                `deliverable from ${node.source?.$refText ?? '?'} to ${node.recipient?.$refText ?? '?'} every ${node.cadence ?? '?'}`);
        }
        if (isAgreement(node)) {
            return heading(node.name, node.title, 'agreement');
        }
        return undefined;
    }

    private modelOfNode(node: AstNode): AgreementModel | undefined {
        return this.models.modelOf(AstUtils.getDocument(node));
    }

    private termHover(term: Term, from: LangiumDocument): string {
        const aliases = term.aliases.length > 0 ? ` (also ${term.aliases.map(alias => `[${plainMarkdown(alias)}]`).join(', ')})` : '';
        const home = AstUtils.getDocument(term);
        const line = (term.$cstNode?.range.start.line ?? 0) + 1;
        let where: string;
        if (home.uri.toString() === from.uri.toString()) {
            where = `Defined on line ${line}.`;
        } else {
            const root = home.parseResult.value;
            const glossary = isSlaFile(root) && isSharedGlossary(root.glossary) ? ` (glossary ${root.glossary.name})` : '';
            const file = UriUtils.relative(UriUtils.dirname(from.uri), home.uri);
            where = `Defined in ${file.includes('`') ? plainMarkdown(file) : `\`${file}\``}${glossary}, line ${line}.`;
        }
        return joinBlocks(`**[${plainMarkdown(term.name)}]**${aliases}`, proseMarkdown(proseSegments(term.definition)), `*${where}*`);
    }

    private metricHover(metric: Metric, model: AgreementModel | undefined): string {
        const service = AstUtils.getContainerOfType(metric, isService);
        const data = metricModel(model, metric);
        const lines: string[] = [];
        const counted = metric.clauses.find(clause => isCounts(clause) || isTimes(clause));
        if (isCounts(counted) || isTimes(counted)) {
            const what = counted.term ? `[${plainMarkdown(counted.term.$refText)}]` : `"${plainMarkdown(proseText(counted.what))}"`;
            lines.push(`- **${isCounts(counted) ? 'Counts' : 'Times'}** ${what}`);
        }
        const target = metric.clauses.find(isTarget);
        if (target) {
            const pace = model && data ? dailyPaceOf(model, data, data.target, undefined, this.today()) : undefined;
            lines.push(`- **Target** ${targetText(target)}${pace ? ` (${pace.label})` : ''}`);
        }
        if (data?.measurement) {
            const { source, operator, method, frequency } = data.measurement;
            lines.push(`- **Measured by** "${source}"${operator ? `, operated by ${operator}` : ''}${method ? `, using "${method}"` : ''}${frequency ? `, every ${frequency}` : ''}`);
        }
        if (data?.controlledBy) {
            lines.push(`- **Controlled by** ${data.controlledBy}`);
        }
        for (const segment of metric.clauses.filter(isSegment)) {
            lines.push(`- **Segment** ${segment.name}${segment.target ? `: ${targetText(segment.target)}` : ''}`);
        }
        const pace = model && data ? this.paceText(model, data) : undefined;
        if (pace) {
            lines.push(`- **Pace** ${pace}`);
        }
        const kept = model && data ? this.lastPeriodText(model, data) : undefined;
        if (kept) {
            lines.push(`- **Last period** ${kept}`);
        }
        return joinBlocks(heading(metric.name, metric.title, `metric${service ? ` of ${service.name}` : ''}`), lines.join('\n'));
    }

    private segmentHover(segment: Segment, model: AgreementModel | undefined): string {
        const metric = AstUtils.getContainerOfType(segment, isMetric);
        const lines: string[] = [];
        if (segment.target) {
            const data = metricModel(model, metric);
            const segmentData = data?.segments.find(candidate => candidate.name === segment.name);
            const pace = model && data ? dailyPaceOf(model, data, segmentData?.target, segmentData, this.today()) : undefined;
            lines.push(`- **Target** ${targetText(segment.target)}${pace ? ` (${pace.label})` : ''}`);
            const status = model && data ? this.paceText(model, data, segment.name) : undefined;
            if (status) {
                lines.push(`- **Pace** ${status}`);
            }
        }
        return joinBlocks(heading(segment.name, segment.title, `segment of ${metric?.name ?? '?'}`), lines.join('\n'));
    }

    /** `March 2026: Behind pace by 21.5 (−11.1%) on day 15: 172 against a cumulative target of 193.5. Projected month end: …` */
    private paceText(model: AgreementModel, metric: MetricModel, segment?: string): string | undefined {
        const target = findPaceTarget(model, metric.name, segment);
        if (!target) {
            return undefined;
        }
        const pacing = computePacing(model, target, { today: this.today() });
        if (!pacing.status) {
            return undefined;
        }
        return [`${formatMonth(pacing.year, pacing.monthNumber)}: ${describeStanding(pacing)}`, describeProjection(pacing)].filter(Boolean).join(' ');
    }

    /** `February 2026: 68.5% · missed (at least 70% per month) · credit 600 EUR`: the last finished period. */
    private lastPeriodText(model: AgreementModel, metric: MetricModel): string | undefined {
        return metricStandings(model, { today: this.today() }).find(standing => standing.metric === metric.name)?.last?.text;
    }

    private today() {
        return calendarDateOf(this.settings.now());
    }
}

function markdown(value: string): Hover {
    return { contents: { kind: 'markdown', value } };
}

function undefinedTermHover(written: string): string {
    const name = plainMarkdown(written);
    return `**[${name}]** is not defined. Define it in a glossary, \`term [${written.replace(/`/g, '\'')}] = "…"\`, or import a shared glossary that defines it.`;
}

function partyHover(party: Party): string {
    const role = ROLE_TEXT[party.role] ?? party.role;
    const involvement = party.role === 'third-party'
        ? (party.involved ? ', involved in the negotiations' : ', not involved in the negotiations')
        : '';
    const representatives = party.representatives.map(rep => `- **Representative** ${plainMarkdown(proseText(rep.person))}, ${plainMarkdown(proseText(rep.jobRole))}`);
    return joinBlocks(heading(party.name, party.title, `${role}${involvement}`), representatives.join('\n'));
}

function serviceHover(service: Service): string {
    const lines: string[] = [];
    const provision = service.clauses.find(isProvision);
    if (provision) {
        const consumers = provision.consumers.map(consumer => consumer.$refText);
        lines.push(`- **Provided by** ${provision.provider?.$refText ?? '?'}${consumers.length > 0 ? ` to ${consumers.join(', ')}` : ''}`);
    }
    const metrics = service.clauses.filter(isMetric).map(metric => metric.name);
    lines.push(`- **Metrics** ${metrics.length > 0 ? metrics.join(', ') : 'none'}`);
    return joinBlocks(heading(service.name, service.title, 'service'), lines.join('\n'));
}

function severityHover(severity: Severity, model: AgreementModel | undefined): string {
    const data = model?.severities.find(candidate => candidate.name === severity.name);
    const lines: string[] = [];
    if (data?.response) {
        lines.push(`- **Response** within ${data.response.text}`);
    }
    if (data?.resolution) {
        lines.push(`- **Resolution** within ${data.resolution.text}`);
    }
    for (const step of data?.escalation ?? []) {
        lines.push(`- **Escalate** after ${step.after.text} to "${plainMarkdown(step.contact)}"`);
    }
    return joinBlocks(heading(severity.name, severity.title, 'severity'), lines.join('\n'));
}

function metricModel(model: AgreementModel | undefined, metric: Metric | undefined): MetricModel | undefined {
    return metric ? model?.services.flatMap(service => service.metrics).find(candidate => candidate.name === metric.name) : undefined;
}

/** `**LeadsDelivered** — Qualified leads delivered (metric of LeadGeneration)` */
function heading(name: string | undefined, titleProse: Prose | undefined, what: string): string {
    const title = proseMarkdown(proseSegments(titleProse));
    return `**${name ?? '?'}**${title ? ` — ${title}` : ''} (${what})`;
}

/** The target as written, e.g. `>= 400 per month`. */
function targetText(target: AstNode): string {
    return (target.$cstNode?.text ?? '').replace(/^target\s+/, '').replace(/\s+/g, ' ').trim();
}

function joinBlocks(...blocks: string[]): string {
    return blocks.filter(block => block.length > 0).join('\n\n');
}
