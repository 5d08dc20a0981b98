import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Measurements, SlaAstType } from '../generated/ast.js';
import { isMeasurements, isMetric, isSegment, isService } from '../generated/ast.js';
import type { CalendarDate, MeasurementPoint, MeasurementSeries, PeriodModel } from 'sla-model';
import { compareDates, parseCalendarDate } from 'sla-model';
import { proseText } from '../model/prose.js';
import type { SlaServices } from '../sla-module.js';
import { agreementOf, atKeyword, atProperty, joinAnd, modelOf, report } from './check-utils.js';
import { IssueCodes } from './issue-codes.js';

/** At most this many dates are quoted when many CSV rows share one problem. */
const QUOTED_DATES = 5;

/**
 * At most this many unknown segments get a diagnostic each, and at most this many dates go in
 * a diagnostic's data; a file naming thousands of them says the rest in one line (issue #15).
 */
const LISTED = 20;

function listedDates(points: MeasurementPoint[]): string[] {
    return points.slice(0, LISTED).map(point => point.date.iso);
}

/**
 * `invalid-measurements`: actual results that cannot be charted.
 * - From a CSV file (on the file name): a missing or unreadable file, a bad header, and each
 *   bad row with its number, as the model found them; rows of a segment the metric does not
 *   have; rows dated outside the agreement's tracked period.
 * - Inline rows (on the row): a date that is not a real day; a date outside the period.
 * - Either way: results for a metric that does not exist.
 * `measurements-not-trusted` (on the file name): in Restricted Mode the file is not read.
 */
export function measurementChecks(services: SlaServices): ValidationChecks<SlaAstType> {
    return {
        Measurements: (measurements, accept) => checkMeasurements(services, measurements, accept)
    };
}

/** The tracked span of the agreement: from the tracking start to the end, if it ends. */
interface Span {
    from?: CalendarDate;
    to?: CalendarDate;
    text: string;
}

function spanOf(period: PeriodModel | undefined): Span | undefined {
    const from = period?.trackingStart ?? period?.start;
    const to = period?.openEnded ? undefined : period?.end;
    if (!from && !to) {
        return undefined;
    }
    const text = from && to ? `${from.iso} to ${to.iso}` : from ? `from ${from.iso}` : `until ${to!.iso}`;
    return { from, to, text };
}

function outside(date: CalendarDate, span: Span | undefined): boolean {
    return !!span && ((!!span.from && compareDates(date, span.from) < 0) || (!!span.to && compareDates(date, span.to) > 0));
}

function quoteDates(points: MeasurementPoint[]): string {
    const dates = points.slice(0, QUOTED_DATES).map(point => point.date.iso);
    return points.length > QUOTED_DATES ? `${dates.join(', ')}…` : joinAnd(dates);
}

function checkMeasurements(services: SlaServices, measurements: Measurements, accept: ValidationAcceptor): void {
    const agreement = agreementOf(measurements);
    const model = modelOf(services, measurements);
    const metricName = measurements.metric?.$refText ?? '';
    const metric = measurements.metric?.ref;
    if (!metric && metricName) {
        const known = (agreement?.clauses.filter(isService) ?? [])
            .flatMap(service => service.clauses.filter(isMetric)).map(each => each.name).filter(Boolean);
        report(accept, IssueCodes.InvalidMeasurements,
            `These results are for '${metricName}', but no metric of this agreement has that name, so they cannot be charted. ${known.length > 0 ? `Use one of: ${known.join(', ')}.` : 'Declare the metric in a service first.'}`,
            atProperty(measurements, 'metric', atKeyword(measurements, 'measurements')),
            { metric: metricName, metrics: known });
    }
    const index = agreement ? agreement.clauses.filter(isMeasurements).indexOf(measurements) : -1;
    const series: MeasurementSeries | undefined = index >= 0 ? model?.measurements[index] : undefined;
    const span = spanOf(model?.period);
    if (measurements.file && services.sla.Settings.restricted) {
        report(accept, IssueCodes.MeasurementsNotTrusted,
            'Measurements are not read in Restricted Mode; trust the workspace to read them.',
            atProperty(measurements, 'file', atKeyword(measurements, 'measurements')),
            { file: proseText(measurements.file) });
    } else if (measurements.file) {
        checkFile(measurements, series, metric ? metric.clauses.filter(isSegment).map(segment => segment.name) : undefined, span, accept);
    } else {
        checkRows(measurements, span, accept);
    }
}

function checkFile(measurements: Measurements, series: MeasurementSeries | undefined, segments: string[] | undefined, span: Span | undefined, accept: ValidationAcceptor): void {
    const file = proseText(measurements.file);
    const metric = measurements.metric?.$refText ?? '';
    const where = atProperty(measurements, 'file', atKeyword(measurements, 'measurements'));
    for (const problem of series?.problems ?? []) {
        const row = problem.row !== undefined && !problem.message.startsWith('Row ') ? ` (row ${problem.row})` : '';
        report(accept, IssueCodes.InvalidMeasurements,
            `Measurements file '${file}': ${problem.message}${row}`,
            where, { file, metric, row: problem.row });
    }
    const unreal = (series?.points ?? []).filter(point => !parseCalendarDate(point.date.iso));
    if (unreal.length > 0) {
        report(accept, IssueCodes.InvalidMeasurements,
            `Measurements file '${file}': ${unreal.length === 1 ? 'the row' : `${unreal.length} rows`} dated ${quoteDates(unreal)} ${unreal.length === 1 ? 'is not a day' : 'are not days'} of the calendar. Correct ${unreal.length === 1 ? 'its date' : 'their dates'}.`,
            where, { file, metric, dates: listedDates(unreal) });
    }
    const points = (series?.points ?? []).filter(point => parseCalendarDate(point.date.iso) !== undefined);
    if (segments) {
        // Rows are grouped in one pass: copying the group on every row was quadratic (issue #15).
        const known = new Set(segments);
        const bySegment = new Map<string, MeasurementPoint[]>();
        for (const point of points) {
            if (point.segment && !known.has(point.segment)) {
                const rows = bySegment.get(point.segment);
                if (rows) {
                    rows.push(point);
                } else {
                    bySegment.set(point.segment, [point]);
                }
            }
        }
        const has = segments.length > 0 ? `its segments are ${joinAnd(segments)}` : 'it has no segments';
        const unknown = [...bySegment];
        for (const [segment, rows] of unknown.slice(0, LISTED)) {
            report(accept, IssueCodes.InvalidMeasurements,
                `Measurements file '${file}': ${rows.length === 1 ? 'the row' : `${rows.length} rows`} dated ${quoteDates(rows)} name the segment '${segment}', which metric '${metric}' does not have (${has}). Fix the segment column, or add \`segment ${segment}\` to the metric.`,
                where, { file, metric, segment, dates: listedDates(rows) });
        }
        const rest = unknown.slice(LISTED);
        if (rest.length > 0) {
            const rows = rest.reduce((sum, [, each]) => sum + each.length, 0);
            const names = rest.slice(0, QUOTED_DATES).map(([segment]) => `'${segment}'`);
            report(accept, IssueCodes.InvalidMeasurements,
                `Measurements file '${file}': ${rest.length} more ${rest.length === 1 ? 'segment' : 'segments'} that metric '${metric}' does not have ${rest.length === 1 ? 'is' : 'are'} named in ${rows} ${rows === 1 ? 'row' : 'rows'} (${rest.length > QUOTED_DATES ? `${names.join(', ')}…` : joinAnd(names)}). Fix the segment column.`,
                where, { file, metric, segments: rest.slice(0, LISTED).map(([segment]) => segment), more: rest.length });
        }
    }
    const late = points.filter(point => outside(point.date, span));
    if (late.length > 0 && span) {
        report(accept, IssueCodes.InvalidMeasurements,
            `Measurements file '${file}': ${late.length === 1 ? 'the row' : `${late.length} rows`} dated ${quoteDates(late)} ${late.length === 1 ? 'is' : 'are'} outside the tracked period (${span.text}). Remove ${late.length === 1 ? 'it or correct its date' : 'them or correct their dates'}.`,
            where, { file, metric, dates: listedDates(late) });
    }
}

function checkRows(measurements: Measurements, span: Span | undefined, accept: ValidationAcceptor): void {
    for (const row of measurements.rows) {
        if (!row.date) {
            continue;
        }
        const date = parseCalendarDate(row.date);
        if (!date) {
            report(accept, IssueCodes.InvalidMeasurements,
                `${row.date} is not a day of the calendar. Write the row's date as a real YYYY-MM-DD date.`,
                { node: row },
                { date: row.date, reason: 'not-a-date' });
        } else if (outside(date, span)) {
            report(accept, IssueCodes.InvalidMeasurements,
                `This row is dated ${date.iso}, outside the tracked period (${span!.text}). Remove it or correct the date.`,
                { node: row },
                { date: date.iso, reason: 'outside-period' });
        }
    }
}
