import type { AgreementModel, CreditScheduleModel, DurationModel, MetricModel, PartyModel, ServiceModel, TriggerModel } from './agreement-model.js';
import { ALWAYS_ON_CLOCK } from './agreement-model.js';
import { calendarSummary, clockLabel } from './business-calendar.js';
import type { PaceTarget, Pacing } from './pacing.js';
import { computePacing, paceTargets } from './pacing.js';
import { estimatePages } from './page-estimate.js';
import type { ProseSegment } from './prose.js';
import { isMonthlyCountGoal } from './targets.js';
import type { Block, ChartGroup, DocumentSection, Fact, Inline, ListItem, ReportGroup, ReportMonth, SlaDocument, TableRow } from './document-model.js';
import { documentProse, hasProse, TermAnchors } from './document-prose.js';
import { formatCadence, formatCap, formatCreditAmount, formatDate, formatFee, formatMonth, formatTarget, formatTierRange, formatValue, formatWord } from './format.js';
import type { RenderOptions } from './render-options.js';
import { evaluateAgreement } from './evaluate-agreement.js';
import type { ServiceLevelReport } from './service-level-report.js';
import { creditWorkings, defaultReportMonth, describeYearToDate, REPORT_COLUMNS, reportCells, reportMonths, reportOfEvaluation } from './service-level-report.js';
import { parseMonthKey } from './dates.js';
import { triggerCondition } from './triggers.js';

/**
 * The agreement as a document, in the order of the seeds' building blocks: parties, period,
 * summary and goals, services and their metrics (with pacing charts), deliverables,
 * escalation, remedies, exclusions, reviews, termination, references, the glossary
 * and the signature block. Empty blocks are left out, so a partial agreement still renders what it has.
 * `problems`, the agreement's error count when the caller knows it, marks the document a draft.
 */
export function buildDocument(model: AgreementModel, options: RenderOptions & { problems?: number }): SlaDocument {
    const builder = new DocumentBuilder(model, options);
    const document = { title: model.title, line: model.origin.line, subtitle: subtitle(model), sections: builder.sections() };
    // The estimate reads the document itself, so it counts what prints and nothing else; the
    // service level report changes month by month and is not the agreement the page limit is about.
    const agreement = { ...document, sections: document.sections.filter(section => section.id !== REPORT_SECTION_ID) };
    return {
        ...document,
        pages: estimatePages(agreement),
        ...(agreement.sections.length < document.sections.length ? { withReport: estimatePages(document) } : {}),
        ...(options.problems ? { problems: options.problems } : {})
    };
}

function subtitle(model: AgreementModel): string[] {
    const parts: string[] = [];
    if (model.kind) {
        parts.push(model.kind === 'internal' ? 'Internal agreement' : 'External agreement');
    }
    if (model.model) {
        parts.push(model.model);
    }
    if (model.version !== undefined) {
        parts.push(`version ${model.version}`);
    }
    return parts;
}

/** `party-Marketing`: names are identifiers, so the id is safe; a missing name leaves the prefix. */
function elementId(prefix: string, ...names: (string | undefined)[]): string {
    return [prefix, ...names.map(name => name ?? '')].join('-');
}

/** Closes a sentence with a full stop, unless its last words (`Northwind Ltd.`) have one. */
function endSentence(content: Inline[]): Inline[] {
    const last = content.at(-1);
    const text = last && 'text' in last ? last.text ?? '' : '';
    return text.trimEnd().endsWith('.') ? content : [...content, { kind: 'text', text: '.' }];
}

const ROLE_WORDS: Record<string, string> = { 'provider': 'provider', 'customer': 'customer', 'third-party': 'third party' };

class DocumentBuilder {
    private readonly anchors: TermAnchors;
    private readonly parties: Map<string, PartyModel>;
    private readonly paceTargets: PaceTarget[];
    private readonly usedGroupIds = new Set<string>();

    constructor(private readonly model: AgreementModel, private readonly options: RenderOptions) {
        this.anchors = new TermAnchors(model.terms);
        this.parties = new Map(model.parties.map(party => [party.name, party]));
        this.paceTargets = paceTargets(model);
    }

    sections(): DocumentSection[] {
        return [
            this.partiesSection(),
            this.periodSection(),
            this.summarySection(),
            this.servicesSection(),
            this.reportSection(),
            this.deliverablesSection(),
            this.escalationSection(),
            this.remediesSection(),
            this.indemnificationSection(),
            this.exclusionsSection(),
            this.reviewsSection(),
            this.terminationSection(),
            ...this.freeSections(),
            this.referencesSection(),
            this.glossarySection(),
            this.signaturesSection()
        ].filter((section): section is DocumentSection => section !== undefined);
    }

    private prose(segments: ProseSegment[]) {
        return documentProse(segments, this.anchors);
    }

    /** A party by name, linked to its entry; an unknown name stays text. */
    private party(name: string | undefined): Inline {
        const party = name === undefined ? undefined : this.parties.get(name);
        return party ? { kind: 'ref', text: party.title, anchor: elementId('party', party.name) } : { kind: 'text', text: name ?? '' };
    }

    /** A service by name, linked to its section; an unknown name stays text. */
    private service(name: string): Inline {
        const service = this.model.services.find(candidate => candidate.name === name);
        return service ? { kind: 'ref', text: service.title, anchor: elementId('service', service.name) } : { kind: 'text', text: name };
    }

    /**
     * `4 business-hours, on Office hours`: a severity's time with the clock it names, where the
     * clock decides it (business hours and days), or where it runs around the clock (`24×7`).
     */
    private withClock(text: string, time: DurationModel | undefined, clock: string | undefined): string {
        const matters = time !== undefined && (time.unit === 'business-hours' || time.unit === 'business-days' || clock === ALWAYS_ON_CLOCK);
        return clock && matters ? `${text}, on ${clockLabel(this.model, clock)}` : text;
    }

    /** A severity level by name, linked to its row of the escalation matrix. */
    private severity(name: string): Inline {
        const severity = this.model.severities.find(candidate => candidate.name === name);
        return severity ? { kind: 'ref', text: severity.title, anchor: elementId('severity', severity.name) } : { kind: 'text', text: name };
    }

    private partyList(names: string[]): Inline[] {
        return this.linkedList(names, name => this.party(name));
    }

    /** `A`, `A and B`, `A, B and C`. */
    private linkedList(names: string[], link: (name: string) => Inline): Inline[] {
        return names.flatMap((name, index) => [
            ...(index === 0 ? [] : [{ kind: 'text' as const, text: index === names.length - 1 ? ' and ' : ', ' }]),
            link(name)
        ]);
    }

    private partiesSection(): DocumentSection | undefined {
        if (this.model.parties.length === 0) {
            return undefined;
        }
        const items: ListItem[] = this.model.parties.map(party => {
            const role = party.role === 'third-party'
                ? `third party, ${party.involved ? 'involved in' : 'not involved in'} negotiating this agreement`
                : ROLE_WORDS[party.role] ?? party.role;
            const content: Inline[] = [{ kind: 'strong', text: party.title }, { kind: 'text', text: `${party.name ? ` (${party.name})` : ''}, ${role}.` }];
            if (party.representatives.length > 0) {
                const people = party.representatives.map(rep => `${rep.person}, ${rep.jobRole}`);
                content.push({ kind: 'text', text: ` ${party.representatives.length === 1 ? 'Representative' : 'Representatives'}: ${people.join('; ')}.` });
            }
            return { content, line: party.origin.line, id: elementId('party', party.name) };
        });
        return { id: 'sla-parties', title: 'Parties', line: this.model.parties[0].origin.line, blocks: [{ kind: 'list', items }], sections: [] };
    }

    private periodSection(): DocumentSection | undefined {
        const period = this.model.period;
        if (!period) {
            return undefined;
        }
        let text = period.start ? `From ${formatDate(period.start)}` : 'Start date not given';
        if (period.end) {
            text += ` to ${formatDate(period.end)}`;
        } else if (period.openEnded) {
            text += ', open-ended';
        } else {
            text += ', end date not given';
        }
        if (period.renewal) {
            text += `, renewing every ${period.renewal.text}`;
        }
        text += '.';
        if (period.trackingStart && period.trackingStart.iso !== period.start?.iso) {
            text += ` Tracking starts on ${formatDate(period.trackingStart)}.`;
        }
        return { id: 'sla-period', title: 'Period', line: period.origin.line, blocks: [{ kind: 'paragraph', content: [{ kind: 'text', text }], line: period.origin.line }], sections: [] };
    }

    private summarySection(): DocumentSection | undefined {
        const blocks: Block[] = [];
        const summary = this.prose(this.model.summary);
        if (hasProse(summary)) {
            blocks.push({ kind: 'prose', prose: summary });
        }
        if (this.model.goals.length > 0) {
            blocks.push({
                kind: 'list',
                title: 'Goals',
                items: this.model.goals.map(goal => ({
                    content: endSentence([{ kind: 'strong', text: goal.title }, { kind: 'text', text: ', owned by ' }, this.party(goal.owner)]),
                    prose: this.optionalProse(goal.text),
                    line: goal.origin.line,
                    id: elementId('goal', goal.name)
                }))
            });
        }
        if (blocks.length === 0) {
            return undefined;
        }
        return { id: 'sla-summary', title: 'Summary and goals', line: this.model.goals[0]?.origin.line, blocks, sections: [] };
    }

    private optionalProse(segments: ProseSegment[]) {
        const prose = this.prose(segments);
        return hasProse(prose) ? prose : undefined;
    }

    private servicesSection(): DocumentSection | undefined {
        if (this.model.services.length === 0) {
            return undefined;
        }
        return {
            id: 'sla-services',
            title: this.model.services.length === 1 ? 'Service' : 'Services',
            line: this.model.services[0].origin.line,
            blocks: [],
            sections: this.model.services.map(service => this.serviceSection(service))
        };
    }

    private serviceSection(service: ServiceModel): DocumentSection {
        const facts: Fact[] = [];
        if (service.provider) {
            facts.push({ label: 'Provided by', content: [this.party(service.provider)] });
        }
        if (service.consumers.length > 0) {
            facts.push({ label: 'Provided to', content: this.partyList(service.consumers) });
        }
        if (service.hours !== undefined) {
            facts.push({ label: 'Hours', content: [{ kind: 'text', text: service.hours }] });
        }
        // The calendar the service's clock runs on, under its hours: what business hours and days count.
        const clock = service.clock ?? service.hoursCalendar;
        const calendar = this.model.calendars?.find(candidate => candidate.name === clock);
        if (calendar) {
            facts.push({ label: calendar.title, content: [{ kind: 'text', text: calendarSummary(calendar) }] });
        } else if (clock === ALWAYS_ON_CLOCK) {
            facts.push({ label: 'Clock', content: [{ kind: 'text', text: '24×7: every minute counts' }] });
        }
        if (service.dependsOn.length > 0) {
            facts.push({ label: 'Depends on', content: this.partyList(service.dependsOn) });
        }
        const blocks: Block[] = [];
        if (facts.length > 0) {
            blocks.push({ kind: 'facts', facts });
        }
        const description = this.prose(service.description);
        if (hasProse(description)) {
            blocks.push({ kind: 'prose', prose: description });
        }
        for (const responsibility of service.responsibilities) {
            const owner = this.parties.get(responsibility.party)?.title ?? responsibility.party;
            blocks.push({ kind: 'list', title: `Responsibilities of ${owner}`, items: responsibility.items.map(item => ({ content: [{ kind: 'prose', prose: this.prose(item) }] })) });
        }
        if (service.exclusions.length > 0) {
            blocks.push({ kind: 'list', title: 'Not included', items: service.exclusions.map(item => ({ content: [{ kind: 'prose', prose: this.prose(item) }] })) });
        }
        return {
            id: elementId('service', service.name),
            title: service.title,
            line: service.origin.line,
            blocks,
            sections: service.metrics.map(metric => this.metricSection(metric))
        };
    }

    private metricSection(metric: MetricModel): DocumentSection {
        const facts: Fact[] = [];
        if (metric.counts !== undefined) {
            facts.push({ label: 'Counts', content: [this.thing(metric.counts)] });
        }
        if (metric.times !== undefined) {
            facts.push({ label: 'Times', content: [this.thing(metric.times)] });
        }
        if (metric.target) {
            facts.push({ label: 'Target', content: [{ kind: 'text', text: formatTarget(metric.target) }], line: metric.target.origin.line });
        }
        if (metric.measurement) {
            const content: Inline[] = [{ kind: 'text', text: metric.measurement.source }];
            if (metric.measurement.operator) {
                content.push({ kind: 'text', text: ', operated by ' }, this.party(metric.measurement.operator));
            }
            if (metric.measurement.method !== undefined) {
                content.push({ kind: 'text', text: `, using ${metric.measurement.method}` });
            }
            if (metric.measurement.frequency) {
                content.push({ kind: 'text', text: `, ${formatCadence(metric.measurement.frequency)}` });
            }
            facts.push({ label: 'Measured by', content });
        }
        if (metric.controlledBy) {
            facts.push({ label: 'Controlled by', content: [this.party(metric.controlledBy)] });
        }
        if (metric.severities.length > 0) {
            facts.push({ label: 'Severities', content: this.linkedList(metric.severities, name => this.severity(name)) });
        }
        const blocks: Block[] = [];
        if (facts.length > 0) {
            blocks.push({ kind: 'facts', facts });
        }
        if (metric.segments.length > 0) {
            blocks.push({
                kind: 'list',
                title: 'Segments',
                items: metric.segments.map(segment => ({
                    content: [{ kind: 'strong', text: segment.title }, { kind: 'text', text: segment.target ? `: ${formatTarget(segment.target)}.` : '.' }],
                    line: segment.origin.line,
                    id: elementId('segment', metric.name, segment.name)
                }))
            });
        }
        const targets = this.paceTargets.filter(target => target.metric.name === metric.name);
        if (metric.paced && !isMonthlyCountGoal(metric.target) && targets.length === 0) {
            blocks.push({ kind: 'note', content: [{ kind: 'text', text: 'Pacing needs a target that is a count per month, e.g. at least 400 per month.' }], line: metric.origin.line });
        }
        for (const target of targets) {
            blocks.push({ kind: 'chart', chart: this.chartGroup(target) });
        }
        return { id: elementId('metric', metric.name), title: metric.title, line: metric.origin.line, blocks, sections: [] };
    }

    /** What a metric counts or times: a glossary term when one has that name, else the words. */
    private thing(text: string): Inline {
        const anchor = this.anchors.anchorOf(text);
        return anchor ? { kind: 'term', term: text, anchor } : { kind: 'text', text };
    }

    private chartGroup(target: PaceTarget): ChartGroup {
        let elementId = target.id.replace(/[^\w-]/g, '-');
        for (let index = 2; this.usedGroupIds.has(elementId); index++) {
            elementId = `${target.id.replace(/[^\w-]/g, '-')}-${index}`;
        }
        this.usedGroupIds.add(elementId);
        const first = computePacing(this.model, target, { today: this.options.today, month: this.options.months?.[target.id] });
        const months = [...new Set([...first.months, first.month])].sort();
        const charts: Pacing[] = months.map(month => month === first.month ? first
            : computePacing(this.model, target, { today: this.options.today, month }));
        return {
            id: target.id,
            elementId,
            title: target.segment ? `${target.metric.title} — ${target.segment.title}` : target.metric.title,
            selected: first.month,
            charts,
            line: target.segment?.origin.line ?? target.metric.origin.line
        };
    }

    /** The service level report, for each month with an evaluated period, when a target has measurements. */
    private reportSection(): DocumentSection | undefined {
        const group = reportGroup(this.model, this.options);
        return group && { id: REPORT_SECTION_ID, title: 'Service level report', blocks: [{ kind: 'report', report: group }], sections: [] };
    }

    private deliverablesSection(): DocumentSection | undefined {
        if (this.model.deliverables.length === 0) {
            return undefined;
        }
        const items: ListItem[] = this.model.deliverables.map(deliverable => {
            const content: Inline[] = [{ kind: 'strong', text: deliverable.title }];
            if (deliverable.from) {
                content.push({ kind: 'text', text: ', from ' }, this.party(deliverable.from));
            }
            if (deliverable.to) {
                content.push({ kind: 'text', text: ' to ' }, this.party(deliverable.to));
            }
            content.push({ kind: 'text', text: `, ${formatCadence(deliverable.cadence)}` });
            if (deliverable.service) {
                content.push({ kind: 'text', text: ', about ' }, this.service(deliverable.service));
            }
            content.push({ kind: 'text', text: '.' });
            return { content, prose: this.optionalProse(deliverable.text), line: deliverable.origin.line, id: elementId('deliverable', deliverable.name) };
        });
        return { id: 'sla-deliverables', title: 'Deliverables', line: this.model.deliverables[0].origin.line, blocks: [{ kind: 'list', items }], sections: [] };
    }

    private escalationSection(): DocumentSection | undefined {
        if (this.model.severities.length === 0) {
            return undefined;
        }
        const rows: TableRow[] = this.model.severities.map(severity => ({
            cells: [
                [{ kind: 'strong', text: severity.title }],
                [{ kind: 'text', text: this.withClock(severity.response?.text ?? 'not set', severity.response, severity.clock) }],
                [{ kind: 'text', text: this.withClock(severity.resolution?.text ?? 'not set', severity.resolution, severity.clock) }],
                [{ kind: 'text', text: severity.escalation.length === 0 ? 'none' : severity.escalation.map(step => `after ${step.after.text}: ${step.contact}`).join('; ') }]
            ],
            line: severity.origin.line,
            id: elementId('severity', severity.name)
        }));
        return {
            id: 'sla-escalation',
            title: 'Severity and escalation',
            line: this.model.severities[0].origin.line,
            blocks: [{ kind: 'table', caption: 'Response, resolution and escalation path for each severity level', columns: ['Severity', 'Response within', 'Resolution within', 'Escalation path'], rows }],
            sections: []
        };
    }

    /** A named credit schedule: its fee, the metrics it applies to, its tiers as a table, how they combine, caps and minimum. */
    private scheduleBlocks(schedule: CreditScheduleModel): Block[] {
        const fee = this.model.fees.find(candidate => candidate.name === schedule.fee);
        const metrics = this.model.services.flatMap(service => service.metrics).filter(metric => schedule.metrics.includes(metric.name));
        const unit = metrics.find(metric => metric.target)?.target?.unit ?? 'count';
        const applies: Inline[] = [{ kind: 'text', text: 'For ' }];
        schedule.metrics.forEach((metric, index) => {
            applies.push(...(index === 0 ? [] : [{ kind: 'text' as const, text: index === schedule.metrics.length - 1 ? ' and ' : ', ' }]), this.metricRef(metric));
        });
        if (schedule.metrics.length === 0) {
            applies.push({ kind: 'text', text: 'no metric yet' });
        }
        const terms = [
            fee ? `of the ${fee.name} fee, ${formatFee(fee)}` : undefined,
            schedule.combine === 'cumulative' ? 'every tier the result falls in adds up' : 'only the tier the result falls in applies',
            ...schedule.caps.map(cap => `capped at ${formatCap(cap, fee)}`),
            schedule.minimum ? `at least ${formatCreditAmount(schedule.minimum.amount)} when due` : undefined
        ].filter((term): term is string => term !== undefined);
        applies.push({ kind: 'text', text: `: ${terms.join('; ')}.` });
        return [
            { kind: 'paragraph', content: applies, line: schedule.origin.line },
            {
                kind: 'table',
                caption: `Service credits: ${schedule.name}`,
                columns: ['Service credit', 'When the period\'s result is'],
                rows: schedule.tiers.map(tier => ({
                    cells: [[{ kind: 'text', text: formatCreditAmount(tier.amount) }], [{ kind: 'text', text: formatTierRange(tier, unit) }]],
                    line: tier.origin.line
                }))
            }
        ];
    }

    private remediesSection(): DocumentSection | undefined {
        const remedies = this.model.remedies;
        const blocks: Block[] = [];
        if (this.model.fees.length > 0) {
            blocks.push({
                kind: 'list',
                title: 'Fees',
                items: this.model.fees.map(fee => ({
                    content: [{ kind: 'strong', text: fee.name }, { kind: 'text', text: `: ${formatFee(fee)}${fee.service ? `, for ${this.serviceTitle(fee.service)}` : ''}.` }],
                    line: fee.origin.line
                }))
            });
        }
        if (remedies.credits.length > 0) {
            blocks.push({
                kind: 'table',
                caption: 'Service credits',
                columns: ['Service credit', 'When below', 'Metric'],
                rows: remedies.credits.map(credit => ({
                    cells: [
                        [{ kind: 'text', text: `${formatValue(credit.credit)}%` }],
                        [{ kind: 'text', text: `${formatValue(credit.below)}%` }],
                        [credit.metric ? this.metricRef(credit.metric) : { kind: 'text', text: 'any metric' }]
                    ],
                    line: credit.origin.line
                }))
            });
        }
        for (const schedule of remedies.schedules.filter(candidate => candidate.name !== '')) {
            blocks.push(...this.scheduleBlocks(schedule));
        }
        for (const cap of remedies.caps) {
            blocks.push({ kind: 'paragraph', content: [{ kind: 'text', text: `Credits are capped at ${formatValue(cap.value)}% per ${formatWord(cap.period)}.` }], line: cap.origin.line });
        }
        if (remedies.penalties.length > 0) {
            blocks.push({ kind: 'list', title: 'Penalties', items: remedies.penalties.map(item => this.remedyItem(item, 'penalty')) });
        }
        if (remedies.rewards.length > 0) {
            blocks.push({ kind: 'list', title: 'Rewards', items: remedies.rewards.map(item => this.remedyItem(item, 'reward')) });
        }
        if (remedies.earnBack) {
            const unit = remedies.earnBack.periods === 1 ? formatWord(remedies.earnBack.unit).replace(/s$/, '') : formatWord(remedies.earnBack.unit);
            blocks.push({
                kind: 'paragraph',
                content: [{ kind: 'text', text: `Earn-back: the provider earns credits back after ${formatValue(remedies.earnBack.periods)} ${unit} at or above target.` }],
                line: remedies.earnBack.origin.line
            });
        }
        if (blocks.length === 0) {
            return undefined;
        }
        return { id: 'sla-remedies', title: 'Remedies', line: remedies.origin?.line, blocks, sections: [] };
    }

    /** A penalty or reward, with the condition that triggers it where the agreement states one. */
    private remedyItem(text: ProseSegment[], kind: TriggerModel['kind']): ListItem {
        const content: Inline[] = [{ kind: 'prose', prose: this.prose(text) }];
        const trigger = this.model.remedies.triggers.find(candidate => candidate.kind === kind && JSON.stringify(candidate.text) === JSON.stringify(text));
        if (trigger) {
            content.push({ kind: 'text', text: ' It applies when ' }, this.metricRef(trigger.metric), { kind: 'text', text: ` is ${triggerCondition(trigger)}.` });
        }
        return { content };
    }

    private serviceTitle(name: string): string {
        return this.model.services.find(service => service.name === name)?.title ?? name;
    }

    private metricRef(name: string): Inline {
        const metric = this.model.services.flatMap(service => service.metrics).find(candidate => candidate.name === name);
        return metric ? { kind: 'ref', text: metric.title, anchor: elementId('metric', metric.name) } : { kind: 'text', text: name };
    }

    private indemnificationSection(): DocumentSection | undefined {
        const blocks: Block[] = this.model.indemnification.map(text => ({ kind: 'prose', prose: this.prose(text) }));
        return blocks.length === 0 ? undefined : { id: 'sla-indemnification', title: 'Indemnification', blocks, sections: [] };
    }

    private exclusionsSection(): DocumentSection | undefined {
        if (this.model.exclusions.length === 0) {
            return undefined;
        }
        const items: ListItem[] = this.model.exclusions.map(item => ({ content: [{ kind: 'prose', prose: this.prose(item) }] }));
        return { id: 'sla-exclusions', title: 'Exclusions', blocks: [{ kind: 'list', items }], sections: [] };
    }

    private reviewsSection(): DocumentSection | undefined {
        const items: ListItem[] = [
            ...this.model.reviews.map(review => ({
                content: [
                    { kind: 'strong' as const, text: 'Review' },
                    { kind: 'text' as const, text: ` ${formatCadence(review.cadence)}` },
                    ...this.withParticipants(review.participants)
                ],
                line: review.origin.line
            })),
            ...this.model.meetings.map(meeting => ({
                content: [
                    { kind: 'strong' as const, text: meeting.title },
                    { kind: 'text' as const, text: ` ${formatCadence(meeting.cadence)}` },
                    ...this.withParticipants(meeting.participants)
                ],
                line: meeting.origin.line
            }))
        ];
        if (items.length === 0) {
            return undefined;
        }
        return { id: 'sla-reviews', title: 'Reviews and meetings', line: items[0].line, blocks: [{ kind: 'list', items }], sections: [] };
    }

    private withParticipants(participants: string[]): Inline[] {
        return participants.length === 0
            ? [{ kind: 'text', text: '.' }]
            : endSentence([{ kind: 'text', text: ' with ' }, ...this.partyList(participants)]);
    }

    private terminationSection(): DocumentSection | undefined {
        const termination = this.model.termination;
        if (!termination) {
            return undefined;
        }
        const blocks: Block[] = [];
        if (termination.notices.length > 0) {
            blocks.push({
                kind: 'list',
                title: 'Notice periods',
                items: termination.notices.map(notice => ({
                    content: notice.by === 'either'
                        ? [{ kind: 'text', text: `${notice.time.text} notice by either party.` }]
                        : endSentence([{ kind: 'text', text: `${notice.time.text} notice by ` }, this.party(notice.by)]),
                    line: notice.origin.line
                }))
            });
        }
        if (termination.conditions.length > 0) {
            blocks.push({ kind: 'list', title: 'Conditions', items: termination.conditions.map(item => ({ content: [{ kind: 'prose', prose: this.prose(item) }] })) });
        }
        for (const expiry of termination.expiry) {
            blocks.push({ kind: 'prose', prose: this.prose(expiry) });
        }
        return { id: 'sla-termination', title: 'Termination', line: termination.origin.line, blocks, sections: [] };
    }

    private freeSections(): DocumentSection[] {
        return this.model.sections.map((section, index) => ({
            id: `section-${index + 1}`,
            title: section.title,
            line: section.origin.line,
            blocks: [{ kind: 'prose', prose: this.prose(section.text), line: section.origin.line }],
            sections: []
        }));
    }

    private referencesSection(): DocumentSection | undefined {
        if (this.model.references.length === 0) {
            return undefined;
        }
        const items: ListItem[] = this.model.references.map(reference => ({
            content: [
                { kind: 'strong', text: reference.title },
                { kind: 'text', text: ': ' },
                // Only web addresses become links; anything else is shown as written.
                /^https?:\/\/\S+$/i.test(reference.location.trim())
                    ? { kind: 'url', text: reference.location.trim(), href: reference.location.trim() }
                    : { kind: 'text', text: reference.location }
            ],
            line: reference.origin.line
        }));
        return { id: 'sla-references', title: 'References', line: items[0].line, blocks: [{ kind: 'list', items }], sections: [] };
    }

    /**
     * The signature block, last: one row per representative of each party, in the order the
     * parties and their representatives are written, with the Signature and Date left blank
     * for the signing. Without any representative there is no one to sign, so no section.
     */
    private signaturesSection(): DocumentSection | undefined {
        const rows: TableRow[] = this.model.parties.flatMap(party => party.representatives.map(rep => ({
            cells: [[{ kind: 'text', text: rep.person }], [{ kind: 'text', text: rep.jobRole }], [this.party(party.name)], [], []] satisfies Inline[][],
            line: party.origin.line
        })));
        if (rows.length === 0) {
            return undefined;
        }
        return {
            id: 'sla-signatures',
            title: 'Signatures',
            blocks: [{ kind: 'table', caption: 'Signed for the parties by their representatives', columns: ['Name', 'Role', 'Party', 'Signature', 'Date'], rows }],
            sections: []
        };
    }

    private glossarySection(): DocumentSection | undefined {
        if (this.model.terms.length === 0) {
            return undefined;
        }
        const entries = this.model.terms.map(term => ({
            term: term.name,
            anchor: this.anchors.anchorOfTerm.get(term)!,
            aliases: term.aliases,
            definition: this.prose(term.definition),
            source: term.origin.uri === this.model.origin.uri ? undefined : fileName(term.origin.uri),
            line: term.origin.line
        }));
        const sorted = [...entries].sort((a, b) => (a.term ?? '').localeCompare(b.term ?? ''));
        const local = this.model.terms.find(term => term.origin.uri === this.model.origin.uri);
        return { id: 'sla-glossary', title: 'Glossary', line: local?.origin.line, blocks: [{ kind: 'glossary', entries: sorted }], sections: [] };
    }
}

const REPORT_SECTION_ID = 'sla-report';

/** The report section's months: each month's report, built from one evaluation. */
function reportGroup(model: AgreementModel, options: RenderOptions): ReportGroup | undefined {
    const evaluation = evaluateAgreement(model, { today: options.today });
    const months = reportMonths(model, evaluation);
    const selected = defaultReportMonth(months, options.today, options.month);
    if (selected === undefined) {
        return undefined;
    }
    return {
        id: 'sla-report',
        selected,
        months: months.map(month => {
            const report = reportOfEvaluation(model, evaluation, { today: options.today, month });
            const { year, month: number } = parseMonthKey(month)!;
            return { month, label: formatMonth(year, number), ...reportDocument(report, `sla-report-${month}`) };
        })
    };
}

/**
 * A service level report as document blocks: what it covers and the credits due, then a
 * section per series with its target and year to date, its chart over the year, its results
 * and how each credit was worked out. The document's report section and `sla report --format
 * html` both write it.
 */
export function reportDocument(report: ServiceLevelReport, idPrefix: string): Pick<ReportMonth, 'blocks' | 'sections'> {
    const credits = report.totals.length === 0 ? 'No credits are due.' : `Credits due: ${report.totals.map(total => total.text).join(', ')}.`;
    const blocks: Block[] = [{ kind: 'paragraph', content: [{ kind: 'text', text: `Reported on ${formatDate(report.today)}. ${credits}` }] }];
    const used = new Set<string>();
    const sections = report.series.map(series => {
        let id = `${idPrefix}-${series.metric}${series.segment ? `-${series.segment}` : ''}`;
        for (let index = 2; used.has(id); index++) {
            id = `${idPrefix}-${series.metric}${series.segment ? `-${series.segment}` : ''}-${index}`;
        }
        used.add(id);
        const about = [`Target: ${series.target}.`, ...(series.yearToDate ? [describeYearToDate(series.yearToDate)] : [])].join(' ');
        const seriesBlocks: Block[] = [
            { kind: 'paragraph', content: [{ kind: 'text', text: about }] },
            { kind: 'report-chart', chart: { id: `${id}-chart`, title: series.title, target: series.target, year: series.year } }
        ];
        if (series.rows.length === 0) {
            seriesBlocks.push({ kind: 'paragraph', content: [{ kind: 'text', text: 'No period to report yet.' }] });
        } else {
            seriesBlocks.push({
                kind: 'table',
                caption: `${series.title}: ${report.scope}`,
                columns: REPORT_COLUMNS,
                rows: series.rows.map(row => ({ cells: reportCells(row).map(text => [{ kind: 'text' as const, text }]) }))
            });
        }
        const worked = creditWorkings(series).map(text => ({ content: [{ kind: 'text' as const, text }] }));
        if (worked.length > 0) {
            seriesBlocks.push({ kind: 'list', title: 'How the credits were worked out', items: worked });
        }
        return { id, title: series.title, blocks: seriesBlocks, sections: [] };
    });
    return { blocks, sections };
}

/** `common-glossary.sla` for `file:///work/examples/common-glossary.sla`. */
function fileName(uri: string): string {
    const last = uri.split('/').at(-1) ?? uri;
    try {
        return decodeURIComponent(last);
    } catch {
        return last;
    }
}
