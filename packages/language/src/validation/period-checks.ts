import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Agreement, Period, SlaAstType } from '../generated/ast.js';
import { isPeriod } from '../generated/ast.js';
import { compareDates, parseCalendarDate } from 'sla-model';
import { atKeyword, atName, atProperty, lineNumber, report } from './check-utils.js';
import { IssueCodes } from './issue-codes.js';

/**
 * "The SLA must indicate when the agreement begins and expires", and tracking starts on the
 * start date unless otherwise specified.
 * `missing-period`: no `period` clause, or one without an end that is not open-ended.
 * `invalid-period`: a date that is not a real day (`2026-02-30`), an end before the start,
 * tracking that starts outside the period, or a second period clause.
 */
export function periodChecks(): ValidationChecks<SlaAstType> {
    return {
        Agreement: checkHasPeriod,
        Period: checkPeriod
    };
}

function checkHasPeriod(agreement: Agreement, accept: ValidationAcceptor): void {
    const periods = agreement.clauses.filter(isPeriod);
    if (periods.length === 0) {
        report(accept, IssueCodes.MissingPeriod,
            `Agreement '${agreement.name ?? ''}' has no period. Add \`period <start> to <end>\` (dates as YYYY-MM-DD), or \`period <start> open-ended renews every 12 months\`, so it says when it begins and expires.`,
            atName(agreement, 'agreement'),
            { agreement: agreement.name });
        return;
    }
    for (const extra of periods.slice(1)) {
        report(accept, IssueCodes.InvalidPeriod,
            `The agreement already has a period on line ${lineNumber(periods[0])}. Remove this one: an agreement has one period.`,
            atKeyword(extra, 'period'),
            { reason: 'second-period' });
    }
}

const DATE_PROPERTIES = [
    { property: 'start', label: 'start date' },
    { property: 'end', label: 'end date' },
    { property: 'trackingStart', label: 'tracking start' }
] as const;

function checkPeriod(period: Period, accept: ValidationAcceptor): void {
    let impossible = false;
    for (const { property, label } of DATE_PROPERTIES) {
        const text = period[property];
        if (text && !parseCalendarDate(text)) {
            impossible = true;
            report(accept, IssueCodes.InvalidPeriod,
                `The ${label} ${text} is not a day of the calendar. Write a real date as YYYY-MM-DD.`,
                atProperty(period, property, atKeyword(period, 'period')),
                { reason: 'not-a-date', property });
        }
    }
    if (period.start && !period.end && !period.openEnded) {
        report(accept, IssueCodes.MissingPeriod,
            `The period starts on ${period.start} but never ends. Add \`to <YYYY-MM-DD>\`, or \`open-ended renews every 12 months\`, so it says when the agreement expires.`,
            atKeyword(period, 'period'),
            { reason: 'no-end' });
    }
    if (impossible) {
        return;
    }
    const start = parseCalendarDate(period.start);
    const end = period.openEnded ? undefined : parseCalendarDate(period.end);
    const tracking = parseCalendarDate(period.trackingStart);
    if (start && end && compareDates(end, start) < 0) {
        report(accept, IssueCodes.InvalidPeriod,
            `The period ends on ${end.iso}, before it starts on ${start.iso}. Swap the dates or correct the year.`,
            atProperty(period, 'end', atKeyword(period, 'period')),
            { reason: 'end-before-start' });
        return;
    }
    if (tracking && start && (compareDates(tracking, start) < 0 || (end && compareDates(tracking, end) > 0))) {
        const span = end ? `${start.iso} to ${end.iso}` : `from ${start.iso}`;
        report(accept, IssueCodes.InvalidPeriod,
            `Tracking starts on ${tracking.iso}, outside the period (${span}). Start tracking within the period, or remove \`tracking from\` to start on the start date.`,
            atProperty(period, 'trackingStart', atKeyword(period, 'period')),
            { reason: 'tracking-outside' });
    }
}
