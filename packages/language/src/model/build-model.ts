import type { AstNode } from 'langium';
import { AstUtils } from 'langium';
import type * as ast from '../generated/ast.js';
import {
    isCalendar, isClock, isHoliday, isHolidayRegion, isTimeZone, isWorkingHours,
    isComputation, isCondition, isControl, isCreditSchedule, isFee, isScheduleCap, isScheduleCombination,
    isScheduleMinimum, isScheduleTier, isCounts, isCreditCap, isCreditTier, isDeliverable, isDependency, isDescription,
    isEarnBack, isEscalationStep, isExclusions, isExpiry, isGlossaryBlock, isGoal, isHours, isIndemnification,
    isKind, isMeasurement, isMeasurements, isMeeting, isMetric, isModel, isNotice, isPace, isParty, isPenalty,
    isPeriod, isProvision, isReferences, isRemedies, isResolution, isResponse, isResponsibilities, isReview,
    isReward, isSection, isSegment, isService, isSeverity, isSeverityScope, isSummary, isTarget, isTerm, isTermination, isTimes,
    isVersion
} from '../generated/ast.js';
import type {
    AgreementModel, CalendarModel, ClockName, CreditAmount, Weekday, WorkingSpanModel, CreditCapModel, CreditScheduleModel, CreditTierModel, DurationModel, FeeModel, PeriodRule, MeasurementData, MeasurementRequest, MeasurementSeries, MetricModel, PeriodModel,
    RemediesModel, ServiceModel, SeverityModel, SourceLocation, TargetModel, TermModel, TerminationModel, TriggerModel
} from 'sla-model';
import { ALWAYS_ON_CLOCK, duration, durationUnitName, parseCalendarDate, schedulesOfCreditLines, WEEK_ORDER } from 'sla-model';
import { regionHolidaysOf } from 'sla-model/holiday-regions';
import { proseSegments, proseText } from './prose.js';

export interface ModelContext {
    /** The recorded data of each `measurements … from "file"` clause, loaded beforehand (see `measurementRequest`). */
    measurements?: (request: MeasurementRequest) => MeasurementData | undefined;
    /** Terms imported from shared glossary files. */
    importedTerms?: ast.Term[];
}

/** The zero-based line a node starts on. */
export function lineOf(node: AstNode | undefined): number {
    return node?.$cstNode?.range.start.line ?? 0;
}

/** Where a node was written: its document's URI (an imported term's is its glossary's) and line. */
export function originOf(node: AstNode): SourceLocation {
    let uri = '';
    try {
        uri = AstUtils.getDocument(node).uri.toString();
    } catch {
        // A node built outside a document (tests, synthetic trees) has no URI.
    }
    return { uri, line: lineOf(node) };
}

/** Computes the semantic model of an agreement from its AST. Pure: recorded data and imported terms come in `context`. */
export function buildAgreementModel(agreement: ast.Agreement, context: ModelContext = {}): AgreementModel {
    const clauses = agreement.clauses;
    const services = clauses.filter(isService).map(buildService);
    const localTerms = collectTerms(agreement).map(buildTerm);
    const imported = (context.importedTerms ?? []).map(buildTerm);
    const remediesNodes = clauses.filter(isRemedies);
    const terminationNode = clauses.find(isTermination);
    const timeZone = proseTextOrUndefined(clauses.find(isTimeZone)?.zone);
    return {
        name: agreement.name ?? '',
        title: proseText(agreement.title) || (agreement.name ?? ''),
        origin: originOf(agreement),
        version: proseTextOrUndefined(clauses.find(isVersion)?.value),
        kind: clauses.find(isKind)?.value,
        model: clauses.find(isModel)?.value,
        summary: proseSegments(clauses.find(isSummary)?.text),
        period: buildPeriod(clauses.find(isPeriod)),
        parties: clauses.filter(isParty).map(party => ({
            name: party.name ?? '',
            title: proseText(party.title) || (party.name ?? ''),
            role: party.role,
            involved: party.involved,
            representatives: party.representatives.map(rep => ({ person: proseText(rep.person), jobRole: proseText(rep.jobRole) })),
            origin: originOf(party)
        })),
        goals: clauses.filter(isGoal).map(goal => ({
            name: goal.name ?? '',
            title: proseText(goal.title) || (goal.name ?? ''),
            owner: goal.owner?.ref?.name ?? goal.owner?.$refText,
            text: proseSegments(goal.text),
            origin: originOf(goal)
        })),
        terms: [...localTerms, ...imported],
        services,
        deliverables: clauses.filter(isDeliverable).map(deliverable => ({
            name: deliverable.name ?? '',
            title: proseText(deliverable.title) || (deliverable.name ?? ''),
            from: deliverable.source?.$refText,
            to: deliverable.recipient?.$refText,
            cadence: deliverable.cadence,
            service: deliverable.service?.$refText,
            text: proseSegments(deliverable.text),
            origin: originOf(deliverable)
        })),
        severities: clauses.filter(isSeverity).map(buildSeverity),
        remedies: buildRemedies(agreement, remediesNodes, services.flatMap(service => service.metrics)),
        indemnification: clauses.filter(isIndemnification).map(clause => proseSegments(clause.text)),
        exclusions: clauses.filter(isExclusions).flatMap(block => block.items.map(proseSegments)),
        reviews: clauses.filter(isReview).map(review => ({
            cadence: review.cadence,
            participants: review.participants.map(participant => participant.$refText),
            origin: originOf(review)
        })),
        meetings: clauses.filter(isMeeting).map(meeting => ({
            title: proseText(meeting.title),
            cadence: meeting.cadence,
            participants: meeting.participants.map(participant => participant.$refText),
            origin: originOf(meeting)
        })),
        termination: terminationNode ? buildTermination(terminationNode) : undefined,
        references: clauses.filter(isReferences).flatMap(block => block.documents.map(document => ({
            title: proseText(document.title),
            location: proseText(document.location),
            origin: originOf(document)
        }))),
        sections: clauses.filter(isSection).map(section => ({
            title: proseText(section.title),
            text: proseSegments(section.text),
            origin: originOf(section)
        })),
        measurements: clauses.filter(isMeasurements).map(clause => buildMeasurements(clause, context)),
        fees: [
            ...clauses.filter(isFee).flatMap(fee => buildFee(fee)),
            ...clauses.filter(isService).flatMap(service => service.clauses.filter(isFee).flatMap(fee => buildFee(fee, service.name)))
        ],
        timeZone,
        calendars: clauses.filter(isCalendar).map(calendar => buildCalendar(calendar, timeZone, holidayYears(clauses.find(isPeriod)))),
        clock: clockName(clauses.find(isClock))
    };
}

/** Every term defined in the agreement: in glossary blocks and inline in any clause. */
export function collectTerms(agreement: ast.Agreement): ast.Term[] {
    const terms: ast.Term[] = [];
    for (const clause of agreement.clauses) {
        if (isTerm(clause)) {
            terms.push(clause);
        } else if (isGlossaryBlock(clause)) {
            terms.push(...clause.terms);
        } else if (isService(clause)) {
            for (const serviceClause of clause.clauses) {
                if (isTerm(serviceClause)) {
                    terms.push(serviceClause);
                } else if (isMetric(serviceClause)) {
                    terms.push(...serviceClause.clauses.filter(isTerm));
                }
            }
        }
    }
    return terms;
}

function buildTerm(term: ast.Term): TermModel {
    return {
        name: term.name ?? '',
        aliases: [...term.aliases],
        definition: proseSegments(term.definition),
        origin: originOf(term)
    };
}

/** A duration, unless error recovery left out its number or unit (`response within hours`). */
function durationOf(node: ast.Duration | undefined): DurationModel | undefined {
    return node && typeof node.value === 'number' && node.unit ? duration(node.value, node.unit) : undefined;
}

function proseTextOrUndefined(prose: ast.Prose | undefined): string | undefined {
    return prose ? proseText(prose) : undefined;
}

function buildPeriod(period: ast.Period | undefined): PeriodModel | undefined {
    if (!period) {
        return undefined;
    }
    const start = parseCalendarDate(period.start);
    return {
        origin: originOf(period),
        start,
        end: parseCalendarDate(period.end),
        openEnded: period.openEnded,
        renewal: durationOf(period.renewal),
        trackingStart: parseCalendarDate(period.trackingStart) ?? start
    };
}

function buildService(service: ast.Service): ServiceModel {
    const provision = service.clauses.find(isProvision);
    return {
        name: service.name ?? '',
        title: proseText(service.title) || (service.name ?? ''),
        provider: provision?.provider?.$refText,
        consumers: provision?.consumers.map(consumer => consumer.$refText) ?? [],
        hours: proseTextOrUndefined(service.clauses.find(isHours)?.text),
        hoursCalendar: service.clauses.find(isHours)?.calendar?.$refText,
        clock: clockName(service.clauses.find(isClock)),
        description: proseSegments(service.clauses.find(isDescription)?.text),
        dependsOn: service.clauses.filter(isDependency).flatMap(dependency => dependency.parties.map(party => party.$refText)),
        exclusions: service.clauses.filter(isExclusions).flatMap(block => block.items.map(proseSegments)),
        responsibilities: service.clauses.filter(isResponsibilities).map(block => ({
            party: block.party?.$refText ?? '',
            items: block.items.map(proseSegments)
        })),
        metrics: service.clauses.filter(isMetric).map(metric => buildMetric(metric, service.name ?? '')),
        origin: originOf(service)
    };
}

export function buildTarget(target: ast.Target): TargetModel {
    const unit = target.unit === '%' ? '%' : target.unit ? durationUnitName(target.unit) : 'count';
    return { comparator: target.comparator, value: target.value, unit, period: target.period, origin: originOf(target) };
}

/** The target, unless error recovery left out its comparator or number (`target >= per month`). */
function completeTarget(target: ast.Target | undefined): TargetModel | undefined {
    return target && target.comparator && typeof target.value === 'number' ? buildTarget(target) : undefined;
}

function buildMetric(metric: ast.Metric, service: string): MetricModel {
    const counts = metric.clauses.find(isCounts);
    const times = metric.clauses.find(isTimes);
    const target = metric.clauses.find(isTarget);
    const measurement = metric.clauses.find(isMeasurement);
    return {
        name: metric.name ?? '',
        title: proseText(metric.title) || (metric.name ?? ''),
        service,
        counts: counts ? (counts.term?.$refText ?? proseText(counts.what)) : undefined,
        times: times ? (times.term?.$refText ?? proseText(times.what)) : undefined,
        target: completeTarget(target),
        measurement: measurement ? {
            source: proseText(measurement.source),
            operator: measurement.operator?.$refText,
            method: proseTextOrUndefined(measurement.method),
            frequency: measurement.frequency
        } : undefined,
        controlledBy: metric.clauses.find(isControl)?.party?.$refText,
        severities: metric.clauses.filter(isSeverityScope).flatMap(scope => scope.severities.map(severity => severity.$refText)),
        segments: metric.clauses.filter(isSegment).map(segment => ({
            name: segment.name ?? '',
            title: proseText(segment.title) || (segment.name ?? ''),
            target: completeTarget(segment.target),
            origin: originOf(segment)
        })),
        paced: metric.clauses.some(isPace),
        pacedOverWorkingDays: metric.clauses.some(clause => isPace(clause) && clause.workingDays) || undefined,
        clock: clockName(metric.clauses.find(isClock)),
        computed: computationOf(metric.clauses.find(isComputation)),
        origin: originOf(metric)
    };
}

function buildSeverity(severity: ast.Severity): SeverityModel {
    const response = severity.clauses.find(isResponse)?.time;
    const resolution = severity.clauses.find(isResolution)?.time;
    return {
        name: severity.name ?? '',
        title: proseText(severity.title) || (severity.name ?? ''),
        response: durationOf(response),
        resolution: durationOf(resolution),
        escalation: severity.clauses.filter(isEscalationStep)
            .flatMap(step => {
                const after = durationOf(step.after);
                return after ? [{ after, contact: proseText(step.contact), origin: originOf(step) }] : [];
            }),
        clock: clockName(severity.clauses.find(isClock)),
        origin: originOf(severity)
    };
}

/** `clock OfficeHours` → `OfficeHours`, `clock 24x7` → `24x7`; undefined when absent or half-written. */
function clockName(clock: ast.Clock | undefined): ClockName | undefined {
    return clock?.alwaysOn ? ALWAYS_ON_CLOCK : clock?.calendar?.$refText || undefined;
}

/** `07:30` → 450 minutes after midnight; undefined for text error recovery left incomplete. */
export function minuteOfDay(time: string | undefined): number | undefined {
    const match = /^(\d{1,2}):(\d{2})$/.exec(time ?? '');
    return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/** The weekdays of `monday to friday` (wrapping: `saturday to monday` is three days), or of `sunday`. */
export function weekdaysOf(range: ast.DayRange): Weekday[] {
    const first = WEEK_ORDER.indexOf(range.first as Weekday);
    if (first < 0) {
        return [];
    }
    const last = range.last === undefined ? first : WEEK_ORDER.indexOf(range.last as Weekday);
    if (last < 0) {
        return [];
    }
    const count = ((last - first + 7) % 7) + 1;
    return Array.from({ length: count }, (_, index) => WEEK_ORDER[(first + index) % 7]!);
}

/**
 * The years whose public holidays a calendar carries: the period's, and one either side; 10
 * from the start of an open-ended one; 2020 to 2040 for an agreement without a start date
 * (the model is pure: it never reads today's date).
 */
function holidayYears(period: ast.Period | undefined): [number, number] {
    const start = parseCalendarDate(period?.start)?.year;
    if (start === undefined) {
        return [2020, 2040];
    }
    const end = parseCalendarDate(period?.end)?.year ?? start + 10;
    return [start - 1, Math.min(Math.max(end, start), start + 50) + 1];
}

function buildCalendar(calendar: ast.Calendar, agreementZone: string | undefined, [firstYear, lastYear]: [number, number]): CalendarModel {
    const holidayRegions = calendar.clauses.filter(isHolidayRegion).map(clause => ({ region: proseText(clause.region), origin: originOf(clause) }));
    const hours: WorkingSpanModel[] = calendar.clauses.filter(isWorkingHours).flatMap(line => {
        const days = line.days.flatMap(weekdaysOf);
        return line.spans.flatMap(span => {
            const start = minuteOfDay(span.start);
            const end = minuteOfDay(span.end);
            return start === undefined || end === undefined ? [] : days.map(day => ({ day, start, end, origin: originOf(span) }));
        });
    });
    return {
        name: calendar.name ?? '',
        title: proseText(calendar.title) || (calendar.name ?? ''),
        timeZone: proseTextOrUndefined(calendar.zone) ?? agreementZone ?? 'UTC',
        hours,
        holidayRegions,
        regionHolidays: holidayRegions.length > 0 ? regionHolidaysOf({ holidayRegions }, firstYear, lastYear) : undefined,
        holidays: calendar.clauses.filter(isHoliday).flatMap(holiday => {
            const date = parseCalendarDate(holiday.date);
            return date ? [{ date, title: proseTextOrUndefined(holiday.title), origin: originOf(holiday) }] : [];
        }),
        origin: originOf(calendar)
    };
}

function buildRemedies(agreement: ast.Agreement, blocks: ast.Remedies[], metrics: MetricModel[]): RemediesModel {
    const clauses = blocks.flatMap(block => block.clauses);
    const earnBack = clauses.find(isEarnBack);
    // Error recovery can leave out a number; such a half-written clause is not in the model.
    const credits = clauses.filter(isCreditTier)
        .filter(tier => typeof tier.credit === 'number' && typeof tier.threshold === 'number')
        .map(tier => ({ credit: tier.credit, below: tier.threshold, metric: tier.metric?.$refText, origin: originOf(tier) }));
    const caps = clauses.filter(isCreditCap)
        .filter(cap => typeof cap.value === 'number' && cap.period)
        .map(cap => ({ value: cap.value, period: cap.period, origin: originOf(cap) }));
    return {
        schedules: [...buildSchedules(agreement, blocks), ...schedulesOfCreditLines({ credits, caps }, metrics)],
        credits,
        caps,
        penalties: clauses.filter(isPenalty).map(penalty => proseSegments(penalty.text)),
        rewards: clauses.filter(isReward).map(reward => proseSegments(reward.text)),
        triggers: clauses.flatMap(clause => isPenalty(clause) || isReward(clause) ? buildTrigger(clause) : []),
        earnBack: earnBack && typeof earnBack.periods === 'number' && earnBack.unit
            ? { periods: earnBack.periods, unit: durationUnitName(earnBack.unit), origin: originOf(earnBack) }
            : undefined,
        origin: blocks.length > 0 ? originOf(blocks[0]) : undefined
    };
}

/** The trigger of `penalty "…" when …`, unless error recovery left out its metric or a number. */
function buildTrigger(clause: ast.Penalty | ast.Reward): TriggerModel[] {
    const trigger = clause.trigger;
    if (!trigger?.metric?.$refText || (trigger.window !== undefined && trigger.count === undefined)) {
        return [];
    }
    const count = trigger.count ?? 1;
    const window = trigger.window ?? count;
    return [{
        kind: isPenalty(clause) ? 'penalty' : 'reward',
        text: proseSegments(clause.text),
        metric: trigger.metric.$refText,
        condition: trigger.met ? 'met' : 'missed',
        count,
        window,
        consecutive: trigger.window === undefined,
        origin: originOf(clause)
    }];
}

/** A fee, unless error recovery left out its amount, currency or period. */
function buildFee(fee: ast.Fee, service?: string): FeeModel[] {
    if (typeof fee.amount !== 'number' || !fee.currency || !fee.period) {
        return [];
    }
    return [{ name: fee.name ?? '', amount: fee.amount, currency: fee.currency, period: fee.period, service, origin: originOf(fee) }];
}

function computationOf(computation: ast.Computation | undefined): MetricModel['computed'] {
    if (!computation) {
        return undefined;
    }
    const rule: PeriodRule | undefined = computation.ratio
        ? (computation.good && computation.total ? { kind: 'ratio', good: computation.good.$refText, total: computation.total.$refText } : undefined)
        : computation.availability ? { kind: 'availability' }
        : computation.rule ? { kind: computation.rule } : undefined;
    return rule ? { rule, origin: originOf(computation) } : undefined;
}

/** The schedules written as `credits Name of Fee for A, B { … }`, on the agreement or in remedies. */
function buildSchedules(agreement: ast.Agreement, blocks: ast.Remedies[]): CreditScheduleModel[] {
    const clauses = [...agreement.clauses, ...blocks.flatMap(block => block.clauses)];
    return clauses.filter(isCreditSchedule).map(schedule => {
        const parts = schedule.clauses;
        const minimum = parts.find(isScheduleMinimum);
        const minimumAmount = creditAmountOf(minimum?.amount);
        return {
            name: schedule.name ?? '',
            fee: schedule.fee?.$refText,
            combine: parts.find(isScheduleCombination)?.combine === 'cumulative' ? 'cumulative' : 'worst',
            tiers: parts.filter(isScheduleTier).flatMap(tier => creditTierOf(tier) ?? []),
            caps: parts.filter(isScheduleCap).flatMap(cap => creditCapOf(cap) ?? []),
            minimum: minimum && minimumAmount ? { amount: minimumAmount, origin: originOf(minimum) } : undefined,
            metrics: [...new Set(schedule.metrics.map(metric => metric.$refText))],
            origin: originOf(schedule)
        };
    });
}

/** A tier of a schedule, unless error recovery left out its amount or both bounds. */
export function creditTierOf(tier: ast.ScheduleTier): CreditTierModel | undefined {
    const amount = creditAmountOf(tier.amount);
    if (!amount || (typeof tier.lower !== 'number' && typeof tier.upper !== 'number')) {
        return undefined;
    }
    return {
        amount,
        lower: typeof tier.lower === 'number' ? { value: tier.lower, inclusive: !tier.lowerOpen } : undefined,
        upper: typeof tier.upper === 'number' ? { value: tier.upper, inclusive: !tier.upperOpen } : undefined,
        origin: originOf(tier)
    };
}

export function creditCapOf(cap: ast.ScheduleCap): CreditCapModel | undefined {
    const amount = creditAmountOf(cap.amount);
    const per = cap.rolling ? 'rolling-12-months' as const : cap.period;
    return amount && per ? { amount, per, origin: originOf(cap) } : undefined;
}

export function creditAmountOf(amount: ast.CreditAmount | undefined): CreditAmount | undefined {
    if (!amount || typeof amount.value !== 'number') {
        return undefined;
    }
    return amount.percent ? { kind: 'percent', value: amount.value }
        : amount.downtime ? { kind: 'downtime-multiple', value: amount.value }
        : amount.serviceDays ? { kind: 'service-days', value: amount.value }
        : { kind: 'fixed', value: amount.value, currency: amount.currency };
}

function buildTermination(termination: ast.Termination): TerminationModel {
    return {
        notices: termination.clauses.filter(isNotice).flatMap(notice => {
            const time = durationOf(notice.time);
            return time ? [{ time, by: notice.either ? 'either' : notice.party?.$refText ?? '', origin: originOf(notice) }] : [];
        }),
        conditions: termination.clauses.filter(isCondition).map(condition => proseSegments(condition.text)),
        expiry: termination.clauses.filter(isExpiry).map(expiry => proseSegments(expiry.text)),
        origin: originOf(termination)
    };
}

function buildMeasurements(clause: ast.Measurements, context: ModelContext): MeasurementSeries {
    const metric = clause.metric?.$refText ?? '';
    const origin = originOf(clause);
    const request = measurementRequest(clause);
    if (!request) {
        const points = clause.rows.flatMap(row => {
            const date = parseCalendarDate(row.date);
            if (!date || typeof row.value !== 'number') {
                return [];
            }
            return [row.segment ? { date, value: row.value, segment: row.segment.$refText } : { date, value: row.value }];
        });
        return { metric, points, problems: [], origin };
    }
    const data = context.measurements?.(request) ?? { points: [], problems: [{ message: 'Files cannot be read here.' }] };
    return { metric, file: request.file, points: data.points, problems: data.problems, origin };
}

/** What a `measurements … from "file"` clause asks a measurement source to load; undefined for inline rows. */
export function measurementRequest(clause: ast.Measurements): MeasurementRequest | undefined {
    if (!clause.file) {
        return undefined;
    }
    const origin = originOf(clause);
    return { metric: clause.metric?.$refText ?? '', file: proseText(clause.file), agreementUri: origin.uri, origin };
}
