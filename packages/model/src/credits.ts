import type { CreditScheduleModel, CreditTierModel, TargetModel } from './agreement-model.js';
import type { CreditBasis } from './credit-amounts.js';
import { formatReckoned, reckon } from './credit-amounts.js';
import { formatCredit, formatSchedule, formatTier } from './credit-text.js';
import { formatQuantity } from './format.js';
import type { CreditResult, CreditStep } from './evaluation-model.js';
import { rangeContains } from './credit-ranges.js';

/**
 * The credit a schedule gives for one missed period, before its caps: the tiers the value
 * falls in, what they come to, and the schedule's minimum.
 */

/** Whether a value lies in a tier's range; a bound compares within the tolerance of a target. */
export function isInTier(value: number, tier: CreditTierModel): boolean {
    return rangeContains(tier, value);
}

/** What was measured, for the steps: `Availability 99.2%`. */
export interface CreditSubject {
    title: string;
    value: number;
    unit: TargetModel['unit'];
}

export function tierCredit(schedule: CreditScheduleModel, basis: CreditBasis, subject: CreditSubject): CreditResult {
    const measured = `${subject.title} ${formatQuantity(subject.value, subject.unit, true)}`;
    const inTiers = schedule.tiers.map((tier, index) => ({ tier, index }))
        .filter(each => isInTier(subject.value, each.tier))
        .map(each => ({ ...each, reckoned: reckon(each.tier.amount, basis) }));
    // Under `worst` the largest credit of the tiers the value is in applies: with the older
    // open `below` lines, a value below two thresholds is in both.
    const applied = schedule.combine === 'cumulative' ? inTiers
        : inTiers.reduce<typeof inTiers>((largest, each) => largest.length === 0 || each.reckoned.amount > largest[0].reckoned.amount ? [each] : largest, []);
    const steps: CreditStep[] = [];
    let amount = 0;
    for (const { tier, reckoned } of applied) {
        amount += reckoned.amount;
        const among = schedule.combine === 'worst' && inTiers.length > 1 ? ` (the largest of the ${inTiers.length} tiers it is in)` : '';
        const sum = steps.length > 0 ? `; ${formatCredit(amount, basis.currency, basis.period.kind)} in all` : '';
        steps.push({ kind: 'tier', text: `${measured} is in the tier "${formatTier(tier, subject.unit)}"${among}: ${formatReckoned(reckoned, basis)}${sum}.`, amount, origin: tier.origin });
    }
    if (applied.length === 0) {
        steps.push({ kind: 'tier', text: `${measured} is in no tier of ${formatSchedule(schedule)}: no credit.`, amount: 0, origin: schedule.origin });
    }
    if (basis.note) {
        steps.push({ kind: 'amount', text: basis.note, amount, origin: basis.fee?.origin ?? schedule.origin });
    }
    const gross = amount;
    const minimum = schedule.minimum;
    if (minimum && amount > 0) {
        const least = reckon(minimum.amount, basis);
        if (least.problem) {
            steps.push({ kind: 'minimum', text: `The minimum credit does not apply: ${least.problem}.`, amount, origin: minimum.origin });
        } else if (least.amount > amount) {
            amount = least.amount;
            steps.push({ kind: 'minimum', text: `Raised to the minimum credit${least.working ? `, ${least.working}` : ''}: ${formatCredit(amount, basis.currency, basis.period.kind)}.`, amount, origin: minimum.origin });
        }
    }
    return {
        schedule: schedule.name,
        fee: schedule.fee,
        currency: basis.currency,
        tiers: applied.map(each => each.index),
        gross,
        due: amount,
        steps
    };
}
