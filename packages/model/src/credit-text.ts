import type { CalendarPeriod, CreditScheduleModel, CreditTierModel, TargetModel } from './agreement-model.js';
import { formatNumber } from './durations.js';
import { formatCreditAmount, formatMoney, formatTierRange } from './format.js';

/** How a credit's steps word amounts, tiers and schedules; plain text, as in format.ts. */

export const PERIOD_ADJECTIVES: Record<CalendarPeriod, string> = {
    day: 'daily',
    week: 'weekly',
    month: 'monthly',
    quarter: 'quarterly',
    year: 'yearly'
};

/**
 * A credit in its unit: `3000 EUR`, or without a currency a percentage of the fee for the
 * period evaluated, `25% of the fee for the month`.
 */
export function formatCredit(amount: number, currency: string | undefined, period?: CalendarPeriod): string {
    return currency ? `${formatMoney(amount)} ${currency}` : `${formatNumber(amount)}% of the fee${period ? ` for the ${period}` : ''}`;
}

/** `25% from 99% to below 99.5%`, `10% below 99.9%`, `5% at or below 4 hours`. */
export function formatTier(tier: CreditTierModel, unit: TargetModel['unit']): string {
    return `${formatCreditAmount(tier.amount)} ${formatTierRange(tier, unit)}`;
}

/** `schedule Standard`; the schedule of the older tier lines has no name. */
export function formatSchedule(schedule: Pick<CreditScheduleModel, 'name'>): string {
    return schedule.name ? `schedule ${schedule.name}` : 'the credit lines';
}
