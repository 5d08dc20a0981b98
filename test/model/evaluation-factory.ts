import type {
    AgreementModel, CalendarDate, Comparator, CreditAmount, CreditBound, CreditCapModel, CreditScheduleModel, CreditTierModel,
    DurationUnitName, FeeModel, MeasurementPoint, MeasurementSeries, MetricModel, PeriodModel, PeriodRule, SegmentModel,
    SourceLocation, TargetModel, TriggerModel
} from 'sla-model';
import { parseCalendarDate } from 'sla-model';

/**
 * Typed agreement models for the evaluation's tests, written as data rather than parsed from
 * `.sla`, so they test the evaluation alone. Every element is on line 0 but where a test
 * follows a step back to its clause.
 */

export const at = (line: number): SourceLocation => ({ uri: 'file:///evaluation.sla', line });

export function day(iso: string): CalendarDate {
    const date = parseCalendarDate(iso);
    if (!date) {
        throw new Error(`not a day: ${iso}`);
    }
    return date;
}

/** `>= 99.9 % per month`, `>= 400 per month`, `<= 4 hours per incident`. */
export function target(text: string): TargetModel {
    const match = /^(>=|<=|>|<|=)\s*([\d.]+)\s*(%|[a-z-]+)?\s*(?:per\s+(\w+))?$/.exec(text.trim());
    if (!match) {
        throw new Error(`not a target: ${text}`);
    }
    return {
        comparator: match[1] as Comparator,
        value: Number(match[2]),
        unit: (match[3] ?? 'count') as TargetModel['unit'],
        period: match[4] as TargetModel['period'],
        origin: at(0)
    };
}

export function metric(name: string, targetText: string, options: { computed?: PeriodRule; segments?: SegmentModel[]; title?: string } = {}): MetricModel {
    return {
        name,
        title: options.title ?? name,
        service: 'Hosting',
        target: target(targetText),
        severities: [],
        segments: options.segments ?? [],
        paced: false,
        computed: options.computed && { rule: options.computed, origin: at(0) },
        origin: at(0)
    };
}

export function segment(name: string, targetText?: string): SegmentModel {
    return { name, title: name, target: targetText ? target(targetText) : undefined, origin: at(0) };
}

export function period(start: string | undefined, end: string | undefined, options: { trackingStart?: string; openEnded?: boolean } = {}): PeriodModel {
    return {
        origin: at(0),
        start: start ? day(start) : undefined,
        end: end ? day(end) : undefined,
        openEnded: options.openEnded ?? false,
        trackingStart: options.trackingStart ? day(options.trackingStart) : start ? day(start) : undefined
    };
}

/** `[date, value]` or `[date, value, segment]`. */
export type Row = [string, number] | [string, number, string];

export function measured(metricName: string, rows: Row[]): MeasurementSeries {
    return {
        metric: metricName,
        points: rows.map(([date, value, segmentName]): MeasurementPoint => ({ date: day(date), value, segment: segmentName })),
        problems: [],
        origin: at(0)
    };
}

/** The same value on every day from `from` to `to`. */
export function everyDay(from: string, to: string, value: number, segmentName?: string): Row[] {
    const rows: Row[] = [];
    for (let date = new Date(`${from}T12:00:00Z`); date.toISOString().slice(0, 10) <= to; date.setUTCDate(date.getUTCDate() + 1)) {
        rows.push(segmentName === undefined ? [date.toISOString().slice(0, 10), value] : [date.toISOString().slice(0, 10), value, segmentName]);
    }
    return rows;
}

export const percent = (value: number): CreditAmount => ({ kind: 'percent', value });
export const fixed = (value: number, currency?: string): CreditAmount => ({ kind: 'fixed', value, currency });

export const HOSTING_FEE: FeeModel = { name: 'HostingFee', amount: 12000, currency: 'EUR', period: 'month', origin: at(90) };

/** `{ from: 99 }` inclusive, `{ above: 99 }` exclusive; `{ below: 99.5 }` exclusive, `{ to: 99.5 }` inclusive. */
export function tier(amount: CreditAmount, range: { from?: number; above?: number; to?: number; below?: number }, line = 0): CreditTierModel {
    const bound = (inclusive: number | undefined, exclusive: number | undefined): CreditBound | undefined =>
        inclusive !== undefined ? { value: inclusive, inclusive: true } : exclusive !== undefined ? { value: exclusive, inclusive: false } : undefined;
    return { amount, lower: bound(range.from, range.above), upper: bound(range.to, range.below), origin: at(line) };
}

export function cap(amount: CreditAmount, per: CreditCapModel['per'], line = 0): CreditCapModel {
    return { amount, per, origin: at(line) };
}

export function schedule(options: Partial<CreditScheduleModel> & Pick<CreditScheduleModel, 'tiers' | 'metrics'>): CreditScheduleModel {
    return { name: 'Standard', fee: HOSTING_FEE.name, combine: 'worst', caps: [], origin: at(0), ...options };
}

export interface AgreementParts {
    period?: PeriodModel;
    metrics: MetricModel[];
    measurements?: MeasurementSeries[];
    fees?: FeeModel[];
    schedules?: CreditScheduleModel[];
    earnBack?: { periods: number; unit: DurationUnitName };
    triggers?: TriggerModel[];
}

/** One service, Hosting, holding every metric; the year 2026 unless another period is given. */
export function agreement(parts: AgreementParts): AgreementModel {
    return {
        name: 'Evaluation',
        title: 'Evaluation',
        origin: at(0),
        summary: [],
        period: 'period' in parts ? parts.period : period('2026-01-01', '2026-12-31'),
        parties: [],
        goals: [],
        terms: [],
        services: [{
            name: 'Hosting', title: 'Hosting', consumers: [], description: [], dependsOn: [], exclusions: [], responsibilities: [],
            metrics: parts.metrics, origin: at(0)
        }],
        deliverables: [],
        severities: [],
        remedies: {
            schedules: parts.schedules ?? [],
            credits: [],
            caps: [],
            penalties: [],
            rewards: [],
            triggers: parts.triggers ?? [],
            earnBack: parts.earnBack && { ...parts.earnBack, origin: at(80) }
        },
        indemnification: [],
        exclusions: [],
        reviews: [],
        meetings: [],
        references: [],
        sections: [],
        measurements: parts.measurements ?? [],
        fees: parts.fees ?? [HOSTING_FEE]
    };
}
