import type { TargetModel } from './agreement-model.js';
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
