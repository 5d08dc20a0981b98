import type { CreditAmount, CreditCapModel, CreditTierModel, FeeModel, TargetModel } from './agreement-model.js';
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

/** `10% of the fee`, `500 EUR`, `10 × the fees for the downtime`, `3 days of service`. */
export function formatCreditAmount(amount: CreditAmount, fee?: FeeModel): string {
    switch (amount.kind) {
        case 'percent':
            return `${formatValue(amount.value)}% of ${fee ? `the ${fee.name} fee` : 'the fee'}`;
        case 'fixed':
            return `${formatValue(amount.value)} ${amount.currency ?? fee?.currency ?? ''}`.trimEnd();
        case 'downtime-multiple':
            return `${formatValue(amount.value)} × the fees for the downtime`;
        case 'service-days':
            return `${formatValue(amount.value)} ${amount.value === 1 ? 'day' : 'days'} of service`;
    }
}

/** `from 99% to below 99.9%`, `above 95% to 99%`, `below 95%`, `at or below 90%`, `99.99% or more`. */
export function formatTierRange(tier: Pick<CreditTierModel, 'lower' | 'upper'>, unit: string): string {
    const value = (bound: { value: number }) => `${formatValue(bound.value)}${unit}`;
    const { lower, upper } = tier;
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
    return `${formatCreditAmount(cap.amount, fee)} per ${per}`;
}

/** `12000 EUR per month`. */
export function formatFee(fee: FeeModel): string {
    return `${formatValue(fee.amount)} ${fee.currency} per ${fee.period}`;
}
