import type { CreditAmount, CreditBound, CreditCapModel, FeeModel, TargetModel } from './agreement-model.js';
import type { CalendarDate } from './dates.js';
import { formatNumber } from './durations.js';

/** How the document words values for a reader; plain text, escaped by the writers. */

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
    'October', 'November', 'December'];

/** `1 March 2026`: unambiguous in every locale, unlike 03/01/2026. */
export function formatDate(date: CalendarDate): string {
    return `${date.day} ${MONTH_NAMES[date.month - 1]} ${date.year}`;
}

/** `March 2026` for `2026-03`. */
export function formatMonth(year: number, month: number): string {
    return `${MONTH_NAMES[month - 1]} ${year}`;
}

const COMPARATOR_WORDS: Record<string, string> = {
    '>=': 'at least',
    '>': 'more than',
    '<=': 'at most',
    '<': 'less than',
    '=': 'exactly'
};

/** A number from the model; `?` where a half-typed clause has none yet. */
export function formatValue(value: number | undefined): string {
    return typeof value === 'number' && Number.isFinite(value) ? formatNumber(value) : '?';
}

/** A word from the model (a cadence, a period); `?` where a half-typed clause has none yet. */
export function formatWord(word: string | undefined): string {
    return word || '?';
}

/** `at least 400 per month`, `at least 70% per month`, `at most 4 hours per incident`. */
export function formatTarget(target: TargetModel): string {
    const value = formatValue(target.value);
    const amount = target.unit === 'count' || target.unit === undefined ? value
        : target.unit === '%' ? `${value}%`
        : `${value} ${target.value === 1 ? target.unit.replace(/s$/, '') : target.unit}`;
    const period = target.period ? ` per ${target.period}` : '';
    return `${COMPARATOR_WORDS[target.comparator] ?? formatWord(target.comparator)} ${amount}${period}`;
}

/** A pacing amount: whole numbers as they are, others to one decimal (12.9, 193.5). */
export function formatAmount(value: number): string {
    const rounded = Math.round(value * 10) / 10;
    return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/** One decimal always, for table columns that line up: `129.0`, `12.9`. */
export function formatFixed(value: number): string {
    const text = (Math.round(value * 10) / 10).toFixed(1);
    return text === '-0.0' ? '0.0' : text;
}

/** A signed amount, `+6.7` or `−20`, with a true minus sign; `fixed` keeps one decimal. */
export function formatSigned(value: number, fixed = false): string {
    const text = fixed ? formatFixed(Math.abs(value)) : formatAmount(Math.abs(value));
    return /^0(\.0)?$/.test(text) ? text : value > 0 ? `+${text}` : `−${text}`;
}

/** `every week`, `every quarter`. */
export function formatCadence(cadence: string | undefined): string {
    return `every ${formatWord(cadence)}`;
}

/** Money to the cent, without trailing zeros for whole amounts: `3000`, `1161.29`. */
export function formatMoney(amount: number): string {
    const cents = Math.round(amount * 100) / 100;
    return Number.isInteger(cents) ? String(cents) : cents.toFixed(2);
}

/**
 * A value in a target's unit, as `formatTarget` writes it: `99.2%`, `400`, `4 hours`. A written
 * figure keeps every digit; a measured one (`measured`) is given to four decimals, `99.8656%`.
 */
export function formatQuantity(value: number, unit: TargetModel['unit'], measured = false): string {
    const number = measured && !Number.isInteger(value) ? String(Number(value.toFixed(4))) : formatNumber(value);
    return unit === 'count' ? number : unit === '%' ? `${number}%` : `${number} ${value === 1 ? unit.replace(/s$/, '') : unit}`;
}

/** `25%`, `500 EUR`, `10 times downtime fees`, `3 days of service`: what a tier says it credits, as written. */
export function formatCreditAmount(amount: CreditAmount): string {
    switch (amount.kind) {
        case 'percent': return `${formatNumber(amount.value)}%`;
        case 'fixed': return amount.currency ? `${formatMoney(amount.value)} ${amount.currency}` : formatMoney(amount.value);
        case 'downtime-multiple': return `${formatNumber(amount.value)} times downtime fees`;
        case 'service-days': return `${formatNumber(amount.value)} ${amount.value === 1 ? 'day' : 'days'} of service`;
    }
}

/** The results a tier holds, as the language writes them: `from 99% to below 99.9%`, `above 95% to 99%`, `below 95%`, `at or below 90%`, `99.99% or more`. */
export function formatTierRange(range: { lower?: CreditBound; upper?: CreditBound }, unit: TargetModel['unit']): string {
    const value = (bound: CreditBound) => formatQuantity(bound.value, unit);
    const { lower, upper } = range;
    if (lower && upper) {
        return `${lower.inclusive ? 'from' : 'above'} ${value(lower)} to ${upper.inclusive ? '' : 'below '}${value(upper)}`;
    }
    if (lower) {
        return lower.inclusive ? `${value(lower)} or more` : `above ${value(lower)}`;
    }
    return upper ? `${upper.inclusive ? 'at or below' : 'below'} ${value(upper)}` : 'any result';
}

/** `100% of the HostingFee fee per month`, `50000 EUR per rolling 12 months`. */
export function formatCap(cap: CreditCapModel, fee?: FeeModel): string {
    const per = cap.per === 'rolling-12-months' ? 'rolling 12 months' : cap.per;
    const of = cap.amount.kind === 'percent' ? ` of ${fee ? `the ${fee.name} fee` : 'the fee'}` : '';
    return `${formatCreditAmount(cap.amount)}${of} per ${per}`;
}

/** `12000 EUR per month`. */
export function formatFee(fee: FeeModel): string {
    return `${formatValue(fee.amount)} ${fee.currency} per ${fee.period}`;
}
