import type { CalendarPeriod, CreditAmount, CreditScheduleModel, FeeModel } from './agreement-model.js';
import { formatCredit, PERIOD_ADJECTIVES } from './credit-text.js';
import { formatCreditAmount, formatMoney } from './format.js';
import { formatNumber } from './durations.js';
import type { EvaluationPeriod } from './evaluation-model.js';
import { calendarSpan, dayCount, MINUTES_PER_DAY } from './evaluation-periods.js';

/**
 * What a credit amount comes to for one evaluation period: a percentage of the schedule's
 * fee, a fixed amount, the fee of the minutes of downtime, or the fee of some days.
 */

/** An amount charged per calendar period: a fee, or 100 (percent) of the fee for the period evaluated. */
interface FeeBase {
    amount: number;
    period: CalendarPeriod;
}

/** How one schedule's amounts are reckoned for one evaluation period. */
export interface CreditBasis {
    /** The schedule's fee, when the agreement has it. */
    fee?: FeeModel;
    /** The fee's currency; undefined when amounts are percentages of the fee for the period evaluated. */
    currency?: string;
    /** What a percentage is of: the fee, or 100 per period evaluated when amounts are percentages. */
    base: FeeBase;
    period: EvaluationPeriod;
    /** Minutes of downtime in the period, under `availability`. */
    downtime?: number;
    /** Why the amounts are percentages: no fee, or one charged per a period that does not fit. */
    note?: string;
}

/** An amount for a basis; `problem` says why it could not be computed (the amount is then 0). */
export interface Reckoned {
    amount: number;
    /** How it came about, before its result: `25% of the monthly fee of 12000 EUR`. */
    working?: string;
    problem?: string;
}

const MONTHS: Partial<Record<CalendarPeriod, number>> = { month: 1, quarter: 3, year: 12 };

/**
 * A fee charged per one period, over another: the same period, or a whole number of the
 * fee's periods in it (a monthly fee over a quarter: 3 ×). Undefined otherwise: pro rata
 * shares of a week or of a part of a month are not computed.
 */
export function feeOver(base: FeeBase, period: CalendarPeriod): { amount: number; times: number } | undefined {
    if (base.period === period) {
        return { amount: base.amount, times: 1 };
    }
    const [from, to] = [MONTHS[base.period], MONTHS[period]];
    return from !== undefined && to !== undefined && to > from ? { amount: base.amount * to / from, times: to / from } : undefined;
}

export function creditBasis(schedule: CreditScheduleModel, fees: readonly FeeModel[], period: EvaluationPeriod, downtime: number | undefined): CreditBasis {
    const fee = schedule.fee === undefined ? undefined : fees.find(each => each.name === schedule.fee);
    if (fee && feeOver(fee, period.kind)) {
        return { fee, currency: fee.currency, base: fee, period, downtime };
    }
    const percent = `the credit is given in percent of the fee for the ${period.kind}`;
    const note = schedule.fee === undefined ? `${schedule.name ? `Schedule ${schedule.name}` : 'The credit lines'} name no fee: ${percent}.`
        : !fee ? `The agreement has no fee ${schedule.fee}: ${percent}.`
        : `The fee ${fee.name} is charged per ${fee.period}, and a credit for a ${period.kind} is not worked out from it: ${percent}.`;
    return { fee, base: { amount: 100, period: period.kind }, period, downtime, note };
}

/**
 * An amount for a basis. A percentage is of the fee for `over` (the period evaluated, or a
 * cap's period, the rolling 12 months being a year's fee).
 */
export function reckon(amount: CreditAmount, basis: CreditBasis, over: CalendarPeriod | 'rolling-12-months' = basis.period.kind): Reckoned {
    if (amount.kind === 'percent') {
        return percentOf(amount.value, basis, over);
    }
    if (!basis.fee || !basis.currency) {
        return { amount: 0, problem: `${formatCreditAmount(amount)} cannot be given in percent of the fee` };
    }
    switch (amount.kind) {
        case 'fixed':
            return amount.currency && amount.currency !== basis.currency
                ? { amount: 0, problem: `${formatCreditAmount(amount)} is not in ${basis.currency}, the fee's currency` }
                : { amount: amount.value };
        case 'downtime-multiple': {
            if (basis.downtime === undefined) {
                return { amount: 0, problem: `${formatCreditAmount(amount)} needs the minutes of downtime, which only \`computed as availability\` records` };
            }
            const minutes = feeDays(basis.fee, basis.period) * MINUTES_PER_DAY;
            return {
                amount: amount.value * basis.fee.amount / minutes * basis.downtime,
                working: `${formatNumber(amount.value)} × ${formatMoney(basis.fee.amount)} ${basis.currency} / ${minutes} minutes × ${formatNumber(basis.downtime)} minutes of downtime`
            };
        }
        case 'service-days': {
            const days = feeDays(basis.fee, basis.period);
            return {
                amount: basis.fee.amount * amount.value / days,
                working: `${formatMoney(basis.fee.amount)} ${basis.currency} × ${formatNumber(amount.value)} / ${days} days`
            };
        }
    }
}

/** The days of the fee's calendar period that holds the period evaluated: 31 for March under a monthly fee. */
function feeDays(fee: FeeModel, period: EvaluationPeriod): number {
    const span = calendarSpan(period.start, fee.period);
    return dayCount(span.start, span.end);
}

function percentOf(value: number, basis: CreditBasis, over: CalendarPeriod | 'rolling-12-months'): Reckoned {
    const fee = feeOver(basis.base, over === 'rolling-12-months' ? 'year' : over);
    const span = over === 'rolling-12-months' ? '12 months' : `the ${over}`;
    if (!fee) {
        return { amount: 0, problem: `${formatNumber(value)}% of the fee for ${span} is not worked out from a fee per ${basis.base.period}` };
    }
    const amount = fee.amount * value / 100;
    const unit = basis.currency ? `${formatMoney(basis.base.amount)} ${basis.currency}` : `the fee for the ${basis.period.kind}`;
    if (fee.times === 1) {
        // A percentage of the period's fee needs no working when the credit is itself in percent of it.
        return basis.currency ? { amount, working: `${formatNumber(value)}% of the ${PERIOD_ADJECTIVES[basis.base.period]} fee of ${unit}` } : { amount };
    }
    return { amount, working: `${formatNumber(value)}% of the fee for ${span}, ${formatNumber(fee.times)} × ${unit}` };
}

/** `25% of the monthly fee of 12000 EUR = 3000 EUR`, or why it could not be computed. */
export function formatReckoned(reckoned: Reckoned, basis: CreditBasis): string {
    const result = formatCredit(reckoned.amount, basis.currency, basis.period.kind);
    return reckoned.problem ? `${reckoned.problem}, so it counts 0` : reckoned.working ? `${reckoned.working} = ${result}` : result;
}
