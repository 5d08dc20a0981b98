import type { AstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import { GrammarUtils } from 'langium';
import type { CreditTierModel, TargetModel } from 'sla-model';
import {
    formatQuantity, formatTarget, formatTierRange, formatValue, isBelow, isEmptyRange, metRange, missedRange, rangeOf, rangesOverlap, uncoveredRanges
} from 'sla-model';
import type { Agreement, CreditSchedule, CreditTier, Metric, ScheduleCap, ScheduleTier, SlaAstType } from '../generated/ast.js';
import { isCreditCap, isCreditTier, isFee, isMetric, isRemedies, isScheduleCap, isScheduleCombination, isScheduleTier, isService, isTarget } from '../generated/ast.js';
import { buildTarget, creditCapOf, creditTierOf } from '../model/build-model.js';
import { agreementOf, atKeyword, atName, report } from './check-utils.js';
import { IssueCodes } from './issue-codes.js';

/**
 * Whether the credit schedules say one thing: a tier that credits a met target, tiers that
 * overlap or leave misses uncredited, a worse result credited less, a cap below a tier, a credit
 * above the whole fee, percentages with no fee. Checked on the schedules as written and on the
 * older tier lines (`credit 10 % when below 99.9 % for Availability`).
 */
export function creditChecks(): ValidationChecks<SlaAstType> {
    return {
        CreditSchedule: checkSchedule,
        Agreement: checkTierLines
    };
}

interface WrittenTier {
    node: ScheduleTier | CreditTier;
    tier: CreditTierModel;
}

function checkSchedule(schedule: CreditSchedule, accept: ValidationAcceptor): void {
    const tiers = schedule.clauses.filter(isScheduleTier).flatMap(node => {
        const tier = creditTierOf(node);
        return tier ? [{ node, tier }] : [];
    });
    // A metric that tiers in % cannot be compared with is `percent-credit-on-duration` alone.
    const percentBounds = checkPercentBounds(schedule, tiers, accept);
    const targets = schedule.metrics.flatMap(reference => {
        const metric = reference.ref;
        const target = metric ? targetOf(metric) : undefined;
        return metric && target && !percentBounds.includes(metric) ? [{ metric, target }] : [];
    });
    for (const { metric, target } of targets) {
        checkTiersAgainstTarget(tiers, metric, target, accept);
    }
    checkFullFee(tiers, accept);
    const worstTier = !schedule.clauses.some(clause => isScheduleCombination(clause) && clause.combine === 'cumulative');
    checkOverlaps(tiers, accept, !worstTier);
    const target = targets[0]?.target;
    if (target && (target.comparator === '>=' || target.comparator === '>')) {
        checkWorseSmaller(tiers, accept);
        const gaps = tiers.length > 0 ? uncoveredRanges(missedRange(target)!, tiers.map(({ tier }) => rangeOf(tier))) : [];
        if (gaps.length > 0) {
            report(accept, IssueCodes.CreditTierGap,
                `Results ${gaps.map(gap => formatTierRange(gap, target.unit)).join(' and ')} miss ${targets[0].metric.name}'s target (${formatTarget(target)}) but fall in no tier of '${schedule.name}'. Add a tier for them, or widen the tier next to them.`,
                atName(schedule, 'credits'));
        }
    }
    const caps = schedule.clauses.filter(isScheduleCap).flatMap(node => {
        const cap = creditCapOf(node);
        return cap?.amount.kind === 'percent' ? [{ node, percent: cap.amount.value }] : [];
    });
    checkCaps(tiers, caps, accept);
    const percent = tiers.some(({ tier }) => tier.amount.kind === 'percent') || caps.length > 0;
    if (percent && !schedule.fee) {
        const fees = declaredFees(schedule);
        report(accept, IssueCodes.CreditsWithoutFee,
            `The credits of '${schedule.name}' are percentages of a fee, but the schedule names none, so no amount can be computed. Write \`credits ${schedule.name} of ${fees[0] ?? '<Fee>'}\`${fees.length === 0 ? ' after declaring the fee (`fee <Name> 12000 EUR per month`)' : ''}.`,
            atName(schedule, 'credits'));
    }
}

/** The older tier lines: per metric they name (or every percentage metric), checked like a worst-tier schedule. */
function checkTierLines(agreement: Agreement, accept: ValidationAcceptor): void {
    const clauses = agreement.clauses.filter(isRemedies).flatMap(block => block.clauses);
    const lines = clauses.filter(isCreditTier).filter(line => typeof line.credit === 'number' && typeof line.threshold === 'number');
    if (lines.length === 0) {
        return;
    }
    const metrics = agreement.clauses.filter(isService).flatMap(service => service.clauses.filter(isMetric));
    const written = (line: CreditTier): WrittenTier => ({
        node: line,
        tier: { amount: { kind: 'percent', value: line.credit }, upper: { value: line.threshold, inclusive: false }, origin: { uri: '', line: 0 } }
    });
    for (const metric of metrics) {
        const target = targetOf(metric);
        const own = lines.filter(line => line.metric?.ref === metric || (line.metric === undefined && target?.unit === '%'));
        if (!target || own.length === 0) {
            continue;
        }
        if (target.unit !== '%') {
            // `when below 95 %` on a count or a duration: the same mismatch as a schedule's `%` tiers.
            for (const line of own) {
                report(accept, IssueCodes.PercentCreditOnDuration,
                    percentBoundsMessage(`The threshold and credit of '${lineText(line)}'`, metric, target, line.threshold),
                    { node: line, property: 'metric' }, { metric: metric.name });
            }
            continue;
        }
        const tiers = own.map(written);
        checkTiersAgainstTarget(tiers, metric, target, accept);
        checkLineOrder(tiers, accept);
    }
    checkFullFee(lines.map(written), accept);
    const caps = clauses.filter(isCreditCap).filter(cap => typeof cap.value === 'number').map(node => ({ node, percent: node.value }));
    checkCaps(lines.map(written), caps, accept);
}

/** `credit-tier-while-met`: a tier whose range holds results that meet the target. */
function checkTiersAgainstTarget(tiers: WrittenTier[], metric: Metric, target: TargetModel, accept: ValidationAcceptor): void {
    const met = metRange(target);
    for (const { node, tier } of tiers) {
        if (rangesOverlap(rangeOf(tier), met)) {
            report(accept, IssueCodes.CreditTierWhileMet,
                `This tier credits results ${formatTierRange(tier, target.unit)}, but ${metric.name}'s target (${formatTarget(target)}) is met by some of them. Let the tier end where the target is missed, e.g. \`to below ${formatQuantity(target.value, target.unit)}\`.`,
                tierWhere(node));
        }
    }
}

/**
 * `percent-credit-on-duration`: a schedule whose tier bounds are written in `%`, for a metric
 * whose target is a duration or a count: its results, in hours or items, cannot be compared
 * with percentages. Reported at each such metric's name in `for`.
 */
function checkPercentBounds(schedule: CreditSchedule, tiers: WrittenTier[], accept: ValidationAcceptor): Metric[] {
    const inPercent = tiers.find(({ node }) => node.$cstNode && GrammarUtils.findNodesForKeyword(node.$cstNode, '%').length > 0);
    if (!inPercent) {
        return [];
    }
    const reported: Metric[] = [];
    schedule.metrics.forEach((reference, index) => {
        const metric = reference.ref;
        const target = metric ? targetOf(metric) : undefined;
        if (metric && target && target.unit !== '%') {
            const bound = inPercent.tier.upper?.value ?? inPercent.tier.lower?.value ?? 0;
            report(accept, IssueCodes.PercentCreditOnDuration,
                percentBoundsMessage(`The tiers of '${schedule.name}' (line ${lineOf(inPercent.node)})`, metric, target, bound),
                { node: schedule, property: 'metrics', index }, { metric: metric.name });
            reported.push(metric);
        }
    });
    return reported;
}

/** `credit 5 % when below 95 %`, as the line reads. */
function lineText(line: CreditTier): string {
    return `credit ${formatValue(line.credit)} % when below ${formatValue(line.threshold)} %`;
}

/** The message of `percent-credit-on-duration`. */
function percentBoundsMessage(what: string, metric: Metric, target: TargetModel, bound: number): string {
    const unit = target.unit === 'count' ? 'a count' : `in ${target.unit}`;
    return `${what} are bounded in % (${formatValue(bound)}%), but ${metric.name}'s target (${formatTarget(target)}) is ${unit}, so its results cannot be compared with them. `
        + `Credit ${metric.name} in a schedule whose bounds are in its target's unit, written without \`%\` (e.g. \`10 % above ${formatValue(target.value)}\`), or leave it out here.`;
}

/**
 * `overlapping-credit-tiers`: two tiers of a worst-tier schedule that share results; and in
 * any schedule a tier that repeats another, which a cumulative schedule would credit twice.
 */
function checkOverlaps(tiers: WrittenTier[], accept: ValidationAcceptor, duplicatesOnly: boolean): void {
    tiers.forEach(({ node, tier }, index) => {
        const earlier = tiers.slice(0, index).find(other => rangesOverlap(rangeOf(other.tier), rangeOf(tier)) && (!duplicatesOnly || sameTier(other.tier, tier)));
        if (earlier && sameTier(earlier.tier, tier)) {
            report(accept, IssueCodes.OverlappingCreditTiers,
                `This tier is a duplicate of the tier on line ${lineOf(earlier.node)}: the same credit for the same results${duplicatesOnly ? ', which a cumulative schedule adds twice' : ''}. Remove one of them.`,
                tierWhere(node), { duplicate: true });
        } else if (earlier) {
            report(accept, IssueCodes.OverlappingCreditTiers,
                `This tier shares results with the tier on line ${lineOf(earlier.node)}, so which credit is owed for them is unclear. Make the ranges meet without overlapping, e.g. \`to below\` in one where the other says \`from\`.`,
                tierWhere(node));
        }
    });
}

/** Whether two tiers credit the same amount for the same results: one is a repeat of the other. */
export function sameTier(a: CreditTierModel, b: CreditTierModel): boolean {
    const bound = (x: CreditTierModel['lower'], y: CreditTierModel['lower']) => x?.value === y?.value && x?.inclusive === y?.inclusive;
    const amount = (x: CreditTierModel['amount'], y: CreditTierModel['amount']) => x.kind === y.kind && x.value === y.value
        && (x.kind !== 'fixed' || y.kind !== 'fixed' || x.currency === y.currency);
    return amount(a.amount, b.amount) && bound(a.lower, b.lower) && bound(a.upper, b.upper);
}

/** `smaller-credit-for-worse-result`: among percentage tiers, one for worse results credits less. */
function checkWorseSmaller(tiers: WrittenTier[], accept: ValidationAcceptor): void {
    for (const { node, tier } of tiers) {
        if (tier.amount.kind !== 'percent') {
            continue;
        }
        const value = tier.amount.value;
        const better = tiers.find(other => other.tier.amount.kind === 'percent' && other.tier.amount.value > value
            && !isEmptyRange(rangeOf(other.tier)) && isBelow(rangeOf(tier), rangeOf(other.tier)));
        if (better) {
            report(accept, IssueCodes.SmallerCreditForWorseResult,
                `This tier credits ${formatValue(value)}% for worse results than the tier on line ${lineOf(better.node)}, which credits ${formatValue((better.tier.amount as { value: number }).value)}%. A worse result should earn at least as much.`,
                tierWhere(node));
        }
    }
}

/** The older lines are open "below" tiers: a lower threshold is a worse result, and its credit must not be smaller. */
function checkLineOrder(tiers: WrittenTier[], accept: ValidationAcceptor): void {
    for (const { node, tier } of tiers) {
        const better = tiers.find(other => other.tier.upper!.value > tier.upper!.value
            && (other.tier.amount as { value: number }).value > (tier.amount as { value: number }).value);
        if (better) {
            report(accept, IssueCodes.SmallerCreditForWorseResult,
                `This tier credits ${formatValue((tier.amount as { value: number }).value)}% below ${formatValue(tier.upper!.value)}%, less than the ${formatValue((better.tier.amount as { value: number }).value)}% of the tier on line ${lineOf(better.node)} for better results. A worse result should earn at least as much.`,
                tierWhere(node));
        }
    }
}

/** `credit-above-full-fee`: a tier of more than 100 % of the fee. */
function checkFullFee(tiers: WrittenTier[], accept: ValidationAcceptor): void {
    for (const { node, tier } of tiers) {
        if (tier.amount.kind === 'percent' && tier.amount.value > 100) {
            report(accept, IssueCodes.CreditAboveFullFee,
                `A credit of ${formatValue(tier.amount.value)}% is more than the whole fee. Credit at most 100%, and write what goes beyond as a \`penalty "…"\` in the remedies.`,
                tierWhere(node));
        }
    }
}

/** `cap-below-tier`: a percentage cap lower than a percentage tier, which can then never be paid as written. */
function checkCaps(tiers: WrittenTier[], caps: { node: ScheduleCap | AstNode; percent: number }[], accept: ValidationAcceptor): void {
    for (const { node, percent } of caps) {
        const above = tiers.find(({ tier }) => tier.amount.kind === 'percent' && tier.amount.value > percent);
        if (above) {
            report(accept, IssueCodes.CapBelowTier,
                `This cap of ${formatValue(percent)}% is below the ${formatValue((above.tier.amount as { value: number }).value)}% the tier on line ${lineOf(above.node)} credits, so that tier can never be paid as written. Raise the cap, or lower the tier.`,
                atKeyword(node, 'cap'));
        }
    }
}

function targetOf(metric: Metric): TargetModel | undefined {
    const target = metric.clauses.find(isTarget);
    return target && target.comparator && typeof target.value === 'number' ? buildTarget(target) : undefined;
}

function tierWhere(node: ScheduleTier | CreditTier) {
    return isCreditTier(node) ? atKeyword(node, 'credit') : { node, property: 'amount' };
}

function lineOf(node: AstNode): number {
    return (node.$cstNode?.range.start.line ?? 0) + 1;
}

/** The fees the agreement declares, by name: what a schedule's `of` may name. */
function declaredFees(node: AstNode): string[] {
    const agreement = agreementOf(node);
    if (!agreement) {
        return [];
    }
    return [...agreement.clauses.filter(isFee), ...agreement.clauses.filter(isService).flatMap(service => service.clauses.filter(isFee))]
        .map(fee => fee.name ?? '').filter(name => name !== '');
}
