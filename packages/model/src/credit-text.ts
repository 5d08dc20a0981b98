import type { CalendarPeriod, CreditAmount, CreditBound, CreditScheduleModel, CreditTierModel, TargetModel } from './agreement-model.js';
import { formatNumber } from './durations.js';

/** How a credit's steps word amounts, tiers and schedules; plain text, as in format.ts. */

export const PERIOD_ADJECTIVES: Record<CalendarPeriod, string> = {
    day: 'daily',
    week: 'weekly',
    month: 'monthly',
    quarter: 'quarterly',
    year: 'yearly'
};

/** Money to the cent, without trailing zeros for whole amounts: `3000`, `1161.29`. */
export function formatMoney(amount: number): string {
    const cents = Math.round(amount * 100) / 100;
    return Number.isInteger(cents) ? String(cents) : cents.toFixed(2);
}

/**
 * A credit in its unit: `3000 EUR`, or without a currency a percentage of the fee for the
 * period evaluated, `25% of the fee for the month`.
 */
export function formatCredit(amount: number, currency: string | undefined, period: CalendarPeriod): string {
    return currency ? `${formatMoney(amount)} ${currency}` : `${formatNumber(amount)}% of the fee for the ${period}`;
}

/** A value in a target's unit, as `formatTarget` writes it: `99.2%`, `400`, `4 hours`. */
export function formatQuantity(value: number, unit: TargetModel['unit']): string {
    const number = formatNumber(value);
    return unit === 'count' ? number : unit === '%' ? `${number}%` : `${number} ${value === 1 ? unit.replace(/s$/, '') : unit}`;
}

/** `25%`, `500 EUR`, `10 times downtime fees`, `3 days of service`: what a tier says it credits. */
export function formatCreditAmount(amount: CreditAmount): string {
    switch (amount.kind) {
        case 'percent': return `${formatNumber(amount.value)}%`;
        case 'fixed': return amount.currency ? `${formatMoney(amount.value)} ${amount.currency}` : formatMoney(amount.value);
        case 'downtime-multiple': return `${formatNumber(amount.value)} times downtime fees`;
        case 'service-days': return `${formatNumber(amount.value)} ${amount.value === 1 ? 'day' : 'days'} of service`;
    }
}

/** `25% from 99% to below 99.5%`, `10% below 99.9%`, `5% up to 4 hours`. */
export function formatTier(tier: CreditTierModel, unit: TargetModel['unit']): string {
    const bound = (each: CreditBound) => formatQuantity(each.value, unit);
    const lower = tier.lower && `${tier.lower.inclusive ? 'from' : 'above'} ${bound(tier.lower)}`;
    const upper = tier.upper && (lower
        ? `to ${tier.upper.inclusive ? '' : 'below '}${bound(tier.upper)}`
        : `${tier.upper.inclusive ? 'up to' : 'below'} ${bound(tier.upper)}`);
    const range = [lower, upper].filter(Boolean).join(' ') || 'for any result';
    return `${formatCreditAmount(tier.amount)} ${range}`;
}

/** `schedule Standard`; the schedule of the older tier lines has no name. */
export function formatSchedule(schedule: Pick<CreditScheduleModel, 'name'>): string {
    return schedule.name ? `schedule ${schedule.name}` : 'the credit lines';
}
