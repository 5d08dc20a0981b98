import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { SlaAstType, Trigger } from '../generated/ast.js';
import { isPeriodTarget } from 'sla-model';
import type { SlaServices } from '../sla-module.js';
import { atProperty, modelOf, report } from './check-utils.js';
import { IssueCodes } from './issue-codes.js';

/**
 * `trigger-without-target`: `penalty "…" when Metric below target 2 periods in a row` counts
 * the periods of the metric's target, so the metric needs a target per calendar period (the
 * evaluation's own test, `isPeriodTarget`). An unknown metric is an unresolved reference.
 */
export function triggerChecks(services: SlaServices): ValidationChecks<SlaAstType> {
    return {
        Trigger: (trigger, accept) => checkTriggerTarget(services, trigger, accept)
    };
}

function checkTriggerTarget(services: SlaServices, trigger: Trigger, accept: ValidationAcceptor): void {
    const name = trigger.metric?.ref?.name;
    const metric = name === undefined ? undefined
        : modelOf(services, trigger)?.services.flatMap(service => service.metrics).find(each => each.name === name);
    if (!metric || isPeriodTarget(metric.target)) {
        return;
    }
    const has = metric.target?.period ? `its target is per ${metric.target.period}` : 'it has no target per period';
    const clause = trigger.$container.$type === 'Penalty' ? 'penalty' : 'reward';
    report(accept, IssueCodes.TriggerWithoutTarget,
        `This ${clause} counts the periods of ${name}'s target, but ${has}. Give ${name} a target per calendar period, such as \`per month\`, or write the ${clause} as prose alone.`,
        atProperty(trigger, 'metric', { node: trigger, keyword: 'when' }),
        { metric: name });
}
