import type { CreditCapModel, CreditScheduleModel } from './agreement-model.js';
import type { CreditBasis } from './credit-amounts.js';
import { reckon } from './credit-amounts.js';
import { formatCredit, formatSchedule } from './credit-text.js';
import { formatCreditAmount } from './format.js';
import type { CalendarDate } from './dates.js';
import { compareDates } from './dates.js';
import type { CreditResult } from './evaluation-model.js';
import { calendarSpan, shiftBy, shiftDays } from './evaluation-periods.js';
import { formatDate } from './format.js';
import { TOLERANCE } from './target-comparison.js';

/**
 * A schedule's caps, in the order written, over every credit of the schedule: a cap counts
 * the credits of all its metrics within its calendar period (or the 12 months ending with
 * the period evaluated). Credits are allocated in time, and within one period in the order
 * the schedule lists its metrics, so the first metrics are credited first.
 */

/** One credit of a schedule before its caps. */
export interface UncappedCredit {
    credit: CreditResult;
    basis: CreditBasis;
    /** The position of its metric in the schedule's `metrics`. */
    metricOrder: number;
}

interface Allocated {
    end: CalendarDate;
    currency?: string;
    due: number;
}

/** The credits with their caps applied, in the order given. */
export function applyCaps(schedule: CreditScheduleModel, credits: readonly UncappedCredit[]): CreditResult[] {
    const order = credits.map((_, index) => index).sort((a, b) =>
        compareDates(credits[a].basis.period.end, credits[b].basis.period.end) || credits[a].metricOrder - credits[b].metricOrder);
    const capped: CreditResult[] = [...credits.map(each => each.credit)];
    const allocated: Allocated[] = [];
    for (const index of order) {
        const { credit, basis } = credits[index];
        let due = credit.due;
        const steps = [...credit.steps];
        for (const cap of schedule.caps) {
            if (due <= 0) {
                break;
            }
            const limit = reckon(cap.amount, basis, cap.per);
            if (limit.problem) {
                steps.push({ kind: 'cap', text: `The cap of ${formatCreditAmount(cap.amount)} per ${capPeriodWords(cap)} does not apply: ${limit.problem}.`, amount: due, origin: cap.origin });
                continue;
            }
            const window = capWindow(cap, basis.period.end);
            const used = allocated
                .filter(each => each.currency === basis.currency && compareDates(each.end, window.from) >= 0 && compareDates(each.end, window.to) <= 0)
                .reduce((sum, each) => sum + each.due, 0);
            const room = Math.max(0, limit.amount - used);
            if (due <= room + TOLERANCE) {
                continue;
            }
            due = room;
            const credited = (amount: number) => formatCredit(amount, basis.currency, basis.period.kind);
            const per = cap.amount.kind === 'fixed' ? ` per ${capPeriodWords(cap)}` : '';
            const text = used <= TOLERANCE
                ? `Capped at ${limit.working ? `${limit.working}: ` : ''}${credited(limit.amount)}${per}.`
                : `${windowCredits(cap, window.to, schedule)} reached ${schedule.name ? 'its' : 'their'} cap of ${credited(limit.amount)}: `
                    + (room > 0 ? `${credited(room)} of this credit remain.` : 'none of this credit remains.');
            steps.push({ kind: 'cap', text, amount: due, origin: cap.origin });
        }
        allocated.push({ end: basis.period.end, currency: basis.currency, due });
        capped[index] = { ...credit, due, steps };
    }
    return capped;
}

/** The days a cap counts over for a period ending on `end`: its calendar period, or the 12 months ending then. */
function capWindow(cap: CreditCapModel, end: CalendarDate): { from: CalendarDate; to: CalendarDate } {
    if (cap.per === 'rolling-12-months') {
        return { from: shiftBy(shiftDays(end, 1), -12, 'months'), to: end };
    }
    const span = calendarSpan(end, cap.per);
    return { from: span.start, to: span.end };
}

function capPeriodWords(cap: CreditCapModel): string {
    return cap.per === 'rolling-12-months' ? '12 months' : cap.per;
}

/** `The month's credits of schedule Standard`, `The credits of schedule Standard over the 12 months to 31 March 2027`. */
function windowCredits(cap: CreditCapModel, to: CalendarDate, schedule: CreditScheduleModel): string {
    return cap.per === 'rolling-12-months'
        ? `The credits of ${formatSchedule(schedule)} over the 12 months to ${formatDate(to)}`
        : `The ${cap.per}'s credits of ${formatSchedule(schedule)}`;
}
