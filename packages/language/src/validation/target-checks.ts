import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { CreditTier, Metric, Pace, Segment, Severity, SlaAstType, Target } from '../generated/ast.js';
import { isMetric, isResolution, isResponse, isSegment, isTarget } from '../generated/ast.js';
import { buildTarget } from '../model/build-model.js';
import { duration, formatValue, isMonthlyCountGoal } from 'sla-model';
import type { TargetModel } from 'sla-model';
import { atKeyword, atProperty, containsSyntaxError, report } from './check-utils.js';
import { IssueCodes } from './issue-codes.js';

/** Comparators that set a level to reach: at least, more than, exactly. */
const GOAL_COMPARATORS = new Set(['>=', '>', '=']);
/** Comparators that set a limit not to exceed. */
const LIMIT_COMPARATORS = new Set(['<=', '<', '=']);

/**
 * Target checks.
 *
 * `unrealistic-target` ("not so strict that the elements become inaccessible"):
 * - a percentage above 100, which cannot happen;
 * - a percentage of 100 or more to reach (`>=`, `>`, `=`): no single miss allowed, ever;
 * - less than zero (`< 0`), which nothing can be;
 * - a time of zero as a limit (`<= 0 hours`): nothing takes no time;
 * - a segment whose count goal is larger than its metric's for the same period: a part
 *   cannot exceed the whole;
 * - a severity's response or resolution time of zero, or a resolution due before the response;
 * - a credit tier that pays when attainment is below more than 100 %, which is always.
 *
 * `pacing-needs-count-goal`: `pace daily` splits a monthly goal over the days of the month,
 * so the metric's target, and each target of its segments, must be a count per month to reach.
 */
export function targetChecks(): ValidationChecks<SlaAstType> {
    return {
        Target: checkTarget,
        Segment: checkSegment,
        Severity: checkSeverityTimes,
        CreditTier: checkCreditTier,
        Pace: checkPace
    };
}

function describeTarget(target: Pick<TargetModel, 'comparator' | 'value' | 'unit' | 'period'>): string {
    const unit = target.unit === 'count' ? '' : target.unit === '%' ? ' %' : ` ${target.unit}`;
    return `${target.comparator ?? '?'} ${formatValue(target.value)}${unit}${target.period ? ` per ${target.period}` : ''}`;
}

function ownerName(target: Target): string {
    const owner = target.$container;
    if (isSegment(owner)) {
        return `Segment '${owner.name ?? ''}'`;
    }
    return isMetric(owner) ? `Metric '${owner.name ?? ''}'` : 'The target';
}

/** Why a target cannot be met, or undefined when it can. */
function impossibility(target: TargetModel): string | undefined {
    const { comparator, value, unit } = target;
    if (value === undefined || !Number.isFinite(value) || !comparator) {
        return undefined;
    }
    if (unit === '%' && value > 100) {
        return `a percentage cannot exceed 100`;
    }
    if (unit === '%' && value >= 100 && GOAL_COMPARATORS.has(comparator)) {
        return `it allows not a single miss, ever`;
    }
    if (comparator === '<' && value === 0) {
        return `nothing is less than zero`;
    }
    if (unit !== '%' && unit !== 'count' && value === 0 && LIMIT_COMPARATORS.has(comparator)) {
        return `nothing takes no time at all`;
    }
    return undefined;
}

function checkTarget(target: Target, accept: ValidationAcceptor): void {
    const model = buildTarget(target);
    const why = impossibility(model);
    if (!why) {
        return;
    }
    const hint = model.unit === '%'
        ? 'Choose a level current performance reports show can be reached, such as `>= 99.5 %`.'
        : model.unit === 'count'
            ? 'Choose a limit that can be met, such as `<= 1`.'
            : 'Give the time a realistic limit, such as `<= 4 hours`.';
    report(accept, IssueCodes.UnrealisticTarget,
        `${ownerName(target)} has the target \`${describeTarget(model)}\`, which cannot be met: ${why}. ${hint}`,
        atProperty(target, 'value', atKeyword(target, 'target')),
        { value: model.value, unit: model.unit, comparator: model.comparator });
}

function checkSegment(segment: Segment, accept: ValidationAcceptor): void {
    const metric = isMetric(segment.$container) ? segment.$container : undefined;
    const metricTarget = metric?.clauses.find(isTarget);
    if (!metric || !segment.target || !metricTarget) {
        return;
    }
    const part = buildTarget(segment.target);
    const whole = buildTarget(metricTarget);
    if (part.unit !== 'count' || whole.unit !== 'count' || part.period !== whole.period
        || !GOAL_COMPARATORS.has(part.comparator) || !GOAL_COMPARATORS.has(whole.comparator)
        || !(part.value > whole.value)) {
        return;
    }
    report(accept, IssueCodes.UnrealisticTarget,
        `Segment '${segment.name ?? ''}' targets ${describeTarget(part)}, more than its metric '${metric.name ?? ''}' as a whole (${describeTarget(whole)}): a part cannot exceed the whole. Lower the segment's target or raise the metric's.`,
        atProperty(segment.target, 'value', { node: segment, property: 'target' }),
        { value: part.value, metric: metric.name, metricValue: whole.value });
}

function checkSeverityTimes(severity: Severity, accept: ValidationAcceptor): void {
    const response = severity.clauses.find(isResponse);
    const resolution = severity.clauses.find(isResolution);
    const name = severity.name ?? '';
    for (const clause of [response, resolution]) {
        if (clause?.time && clause.time.value === 0) {
            const what = isResponse(clause) ? 'response' : 'resolution';
            report(accept, IssueCodes.UnrealisticTarget,
                `Severity '${name}' requires a ${what} within 0 ${clause.time.unit ?? ''}, which cannot be met. Give a time the support team can keep, such as \`${what} within 15 minutes\`.`,
                atProperty(clause, 'time', { node: clause }),
                { severity: name, clause: what });
        }
    }
    if (response?.time?.unit && resolution?.time?.unit && response.time.value > 0 && resolution.time.value > 0) {
        const respond = duration(response.time.value, response.time.unit);
        const resolve = duration(resolution.time.value, resolution.time.unit);
        if (resolve.minutes < respond.minutes) {
            report(accept, IssueCodes.UnrealisticTarget,
                `Severity '${name}' must be resolved within ${resolve.text} but only answered within ${respond.text}: a case cannot be resolved before anyone responds. Make the resolution time at least the response time.`,
                atProperty(resolution, 'time', { node: resolution }),
                { severity: name, clause: 'resolution' });
        }
    }
}

function checkCreditTier(tier: CreditTier, accept: ValidationAcceptor): void {
    if (tier.threshold === undefined || !(tier.threshold > 100)) {
        return;
    }
    report(accept, IssueCodes.UnrealisticTarget,
        `This credit applies below ${formatValue(tier.threshold)} %, a level no service can reach, so it is always due. Use the metric's target as the threshold, such as \`below 99.9 %\`.`,
        atProperty(tier, 'threshold', { node: tier }),
        { value: tier.threshold });
}

/** Why a target cannot be paced day by day, or undefined when it can. */
function paceProblem(target: TargetModel | undefined): string | undefined {
    const paceable: boolean = isMonthlyCountGoal(target);
    if (paceable) {
        return undefined;
    }
    if (!target) {
        return 'has no target';
    }
    if (target.unit === '%') {
        return `targets a percentage (\`${describeTarget(target)}\`), which cannot be added up day by day`;
    }
    if (target.unit !== 'count') {
        return `targets a time (\`${describeTarget(target)}\`), which cannot be added up day by day`;
    }
    if (target.period !== 'month') {
        return `targets a count ${target.period ? `per ${target.period}` : 'without a period'} (\`${describeTarget(target)}\`), not per month`;
    }
    return `sets a limit (\`${describeTarget(target)}\`), not a goal to reach`;
}

function checkPace(pace: Pace, accept: ValidationAcceptor): void {
    const metric = isMetric(pace.$container) ? pace.$container : undefined;
    if (!metric || containsSyntaxError(metric)) {
        return;
    }
    const target = metric.clauses.find(isTarget);
    const problem = paceProblem(target ? buildTarget(target) : undefined);
    if (problem) {
        report(accept, IssueCodes.PacingNeedsCountGoal,
            `Metric '${metric.name ?? ''}' asks for a daily pace but ${problem}. Pacing splits a monthly goal over the days of the month: write a target such as \`target >= 400 per month\`, or remove \`pace daily\`.`,
            { node: pace },
            { metric: metric.name });
    }
    for (const segment of metric.clauses.filter(isSegment)) {
        checkPacedSegment(metric, segment, accept);
    }
}

function checkPacedSegment(metric: Metric, segment: Segment, accept: ValidationAcceptor): void {
    if (!segment.target) {
        return;
    }
    const problem = paceProblem(buildTarget(segment.target));
    if (!problem) {
        return;
    }
    report(accept, IssueCodes.PacingNeedsCountGoal,
        `Segment '${segment.name ?? ''}' of the paced metric '${metric.name ?? ''}' ${problem}. Give the segment a monthly count goal, such as \`target >= 100 per month\`, so its pace can be charted.`,
        { node: segment, property: 'target' },
        { metric: metric.name, segment: segment.name });
}
