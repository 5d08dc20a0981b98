import type { AgreementModel, CalendarPeriod, MetricModel, TargetPeriod } from './agreement-model.js';
import type { CalendarDate } from './dates.js';
import { calendarSpan } from './evaluation-periods.js';
import { segmentsText } from './prose.js';

/**
 * The agreement's promises as OpenSLO v1 objects (github.com/OpenSLO/OpenSLO, README
 * "Specification"), plain data for the CLI to write as YAML: a `Service` for each service, and
 * for each metric whose target OpenSLO can state, an `SLI` (where its values come from) and an
 * `SLO` (the target over calendar-aligned windows of the target's period, in the agreement's time
 * zone). What cannot be stated is listed in `skipped` with the reason.
 */
export interface OpenSloExport {
    objects: OpenSloObject[];
    skipped: { metric: string; reason: string }[];
}

export type OpenSloObject = OpenSloService | OpenSloSli | OpenSloSlo;

export interface OpenSloMetadata {
    /** An RFC 1123 label: at most 63 characters, lowercase letters, digits and `-`, alphanumeric at both ends. */
    name: string;
    displayName: string;
}

export interface OpenSloService {
    apiVersion: 'openslo/v1';
    kind: 'Service';
    metadata: OpenSloMetadata;
    spec: { description?: string };
}

/** `metricSource.spec` is free-form in OpenSLO: here, how the agreement says the metric is measured. */
export interface OpenSloMetricSource {
    metricSource: { spec: Record<string, string> };
}

export interface OpenSloSli {
    apiVersion: 'openslo/v1';
    kind: 'SLI';
    metadata: OpenSloMetadata;
    spec: {
        description?: string;
        ratioMetric: {
            counter: false;
        } & ({ good: OpenSloMetricSource; total: OpenSloMetricSource } | { rawType: 'success' | 'failure'; raw: OpenSloMetricSource });
    };
}

export type OpenSloBudgetingMethod = 'Occurrences' | 'Timeslices';

export interface OpenSloObjective {
    displayName: string;
    /** [0, 1): the share of good events (Occurrences) or good time slices (Timeslices). */
    target: number;
    /** Timeslices only: the share a slice needs to be good. */
    timeSliceTarget?: number;
    /** Timeslices only: a slice's length. */
    timeSliceWindow?: string;
}

export interface OpenSloSlo {
    apiVersion: 'openslo/v1';
    kind: 'SLO';
    metadata: OpenSloMetadata;
    spec: {
        description?: string;
        service: string;
        indicatorRef: string;
        timeWindow: [{ duration: string; calendar: { startTime: string; timeZone: string }; isRolling: false }];
        budgetingMethod: OpenSloBudgetingMethod;
        objectives: [OpenSloObjective];
    };
}

export interface OpenSloOptions {
    /** The IANA time zone the calendar windows start in; the agreement's days are taken in UTC unless one is given. */
    timeZone?: string;
}

/** The duration shorthand of each calendar period's window (`1M`, `1Q`…). */
const WINDOW: Record<CalendarPeriod, string> = { day: '1d', week: '1w', month: '1M', quarter: '1Q', year: '1Y' };
/** OpenSLO allows at most this many characters in a description. */
const DESCRIPTION_LIMIT = 1050;
const NAME_LIMIT = 63;

/** The OpenSLO objects of an agreement; a pure function of the model. */
export function openSloObjects(model: AgreementModel, options: OpenSloOptions = {}): OpenSloExport {
    const timeZone = options.timeZone ?? 'UTC';
    const names = new DnsNames();
    const objects: OpenSloObject[] = [];
    const skipped: OpenSloExport['skipped'] = [];
    const start = model.period?.trackingStart ?? model.period?.start;
    for (const service of model.services) {
        const serviceName = names.take('Service', service.name);
        objects.push({
            apiVersion: 'openslo/v1',
            kind: 'Service',
            metadata: { name: serviceName, displayName: service.title },
            spec: withDescription({}, segmentsText(service.description))
        });
        for (const metric of service.metrics) {
            const reason = unexportable(metric, start);
            if (reason !== undefined) {
                skipped.push({ metric: metric.name, reason });
                continue;
            }
            const name = names.take('SLO', metric.name);
            objects.push(indicator(metric, name), objective(metric, model.title, serviceName, name, start!, timeZone));
        }
    }
    return { objects, skipped };
}

/** Why OpenSLO cannot state a metric's target; undefined when it can. */
function unexportable(metric: MetricModel, start: CalendarDate | undefined): string | undefined {
    const target = metric.target;
    if (!target) {
        return 'it has no target';
    }
    if (!isCalendarPeriod(target.period)) {
        return `its target holds for every ${target.period ?? 'value'}, and an OpenSLO objective is a share below 100 % of events or time`;
    }
    if (target.unit !== '%') {
        return 'its target is an amount per period, not a share of good events or good time, which is all an OpenSLO objective states';
    }
    if (target.comparator === '=') {
        return 'its target is an exact value, and an OpenSLO objective is a lower bound on a share';
    }
    const good = goodShare(target.comparator, target.value);
    if (!(good >= 0 && good < 100)) {
        return `its target asks for ${good} % good, and an OpenSLO target lies from 0 up to below 100 %`;
    }
    if (!start) {
        return 'the agreement has no start date for the calendar windows to begin on';
    }
    return undefined;
}

function isCalendarPeriod(period: TargetPeriod | undefined): period is CalendarPeriod {
    return period === 'day' || period === 'week' || period === 'month' || period === 'quarter' || period === 'year';
}

/**
 * The share of good in percent a target asks for: `>= 99.9 %` asks 99.9 % good, `<= 2 %` (a
 * share of failures) 98 % good. OpenSLO objectives are met at or above their target, so a strict
 * bound (`> 99.9 %`) is stated by its value. Rounded to 10 decimals against 100 − x noise.
 */
function goodShare(comparator: '<' | '<=' | '>' | '>=', value: number): number {
    return comparator === '>' || comparator === '>=' ? value : Number((100 - value).toFixed(10));
}

/**
 * The SLI: where the values come from. A ratio of two segments is `good` over `total`;
 * availability from downtime is the share of downtime (`raw`, `failure`); any other percentage is
 * the recorded share itself, of successes for `>=`, of failures for `<=`.
 */
function indicator(metric: MetricModel, name: string): OpenSloSli {
    const source = (segment?: string): OpenSloMetricSource => ({ metricSource: { spec: measurementSpec(metric, segment) } });
    const rule = metric.computed?.rule;
    const comparator = metric.target!.comparator;
    const ratio: OpenSloSli['spec']['ratioMetric'] = rule?.kind === 'ratio'
        ? { counter: false, good: source(rule.good), total: source(rule.total) }
        : { counter: false, rawType: rule?.kind === 'availability' || comparator === '<' || comparator === '<=' ? 'failure' : 'success', raw: source() };
    return {
        apiVersion: 'openslo/v1',
        kind: 'SLI',
        metadata: { name, displayName: metric.title },
        spec: withDescription({ ratioMetric: ratio }, metric.counts !== undefined ? `Counts ${metric.counts}.` : metric.times !== undefined ? `Times ${metric.times}.` : undefined)
    };
}

/** What the agreement says about measuring the metric, as `metricSource.spec`. */
function measurementSpec(metric: MetricModel, segment: string | undefined): Record<string, string> {
    const measurement = metric.measurement;
    const spec: Record<string, string> = {};
    if (measurement?.source !== undefined) {
        spec.measuredBy = measurement.source;
    }
    if (measurement?.operator !== undefined) {
        spec.operatedBy = measurement.operator;
    }
    if (measurement?.method !== undefined) {
        spec.method = measurement.method;
    }
    if (measurement?.frequency !== undefined) {
        spec.every = measurement.frequency;
    }
    if (segment !== undefined) {
        spec.segment = segment;
    }
    return spec;
}

/**
 * The SLO: the target over calendar windows of its period, starting on the first day of the
 * period that holds the tracking start, at midnight in the time zone. Availability from downtime
 * counts good minutes (Timeslices of one minute, a minute good when it had no downtime); every
 * other share counts good events (Occurrences).
 */
function objective(metric: MetricModel, agreementTitle: string, serviceName: string, name: string, start: CalendarDate, timeZone: string): OpenSloSlo {
    const target = metric.target!;
    const period = target.period as CalendarPeriod;
    const good = goodShare(target.comparator as '<' | '<=' | '>' | '>=', target.value);
    const timeslices = metric.computed?.rule.kind === 'availability';
    const objectiveOf: OpenSloObjective = {
        displayName: `${metric.title}: ${target.comparator} ${target.value} % per ${period}`,
        target: Number((good / 100).toFixed(12)),
        ...(timeslices ? { timeSliceTarget: 1, timeSliceWindow: '1m' } : {})
    };
    return {
        apiVersion: 'openslo/v1',
        kind: 'SLO',
        metadata: { name, displayName: metric.title },
        spec: {
            ...withDescription({}, `As agreed in ${agreementTitle}.`),
            service: serviceName,
            indicatorRef: name,
            timeWindow: [{
                duration: WINDOW[period],
                calendar: { startTime: `${calendarSpan(start, period).start.iso} 00:00:00`, timeZone },
                isRolling: false
            }],
            budgetingMethod: timeslices ? 'Timeslices' : 'Occurrences',
            objectives: [objectiveOf]
        }
    };
}

function withDescription<T extends object>(spec: T, text: string | undefined): T & { description?: string } {
    const description = text?.trim().replace(/\s+/g, ' ') ?? '';
    if (description === '') {
        return spec;
    }
    return { description: description.length > DESCRIPTION_LIMIT ? `${description.slice(0, DESCRIPTION_LIMIT - 1)}…` : description, ...spec };
}

/** `ApiAvailability` → `api-availability`: an RFC 1123 label, unique per kind. */
export function dnsLabel(identifier: string): string {
    const label = identifier
        .normalize('NFKD').replace(/\p{M}/gu, '')
        .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, NAME_LIMIT)
        .replace(/-+$/, '');
    return label === '' ? 'x' : label;
}

/** Labels handed out per kind, a clash made unique with `-2`, `-3`… */
class DnsNames {
    private readonly taken = new Map<string, Set<string>>();

    take(kind: string, identifier: string): string {
        const used = this.taken.get(kind) ?? new Set<string>();
        this.taken.set(kind, used);
        const base = dnsLabel(identifier);
        let name = base;
        for (let n = 2; used.has(name); n++) {
            const suffix = `-${n}`;
            name = `${base.slice(0, NAME_LIMIT - suffix.length).replace(/-+$/, '')}${suffix}`;
        }
        used.add(name);
        return name;
    }
}
