import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { EscalationStep, Severity, SlaAstType } from '../generated/ast.js';
import { isEscalationStep } from '../generated/ast.js';
import { duration } from 'sla-model';
import type { DurationModel } from 'sla-model';
import { atKeyword, atProperty, report } from './check-utils.js';
import { IssueCodes } from './issue-codes.js';

/**
 * `escalation-out-of-order`: a severity's escalation steps are read as a ladder, each one
 * later than the one before; a step no later than the previous one leaves the ladder unclear.
 */
export function escalationChecks(): ValidationChecks<SlaAstType> {
    return { Severity: checkEscalationOrder };
}

// Calendar units convert to minutes exactly; months and years are approximations, and a
// business hour or day is working time on the calendar in force. Only like is compared to like.
const CALENDAR_UNITS = new Set(['minutes', 'hours', 'days', 'weeks']);

function comparable(a: DurationModel, b: DurationModel): boolean {
    return a.unit === b.unit || (CALENDAR_UNITS.has(a.unit) && CALENDAR_UNITS.has(b.unit));
}

function stepDuration(step: EscalationStep): DurationModel | undefined {
    const after = step.after;
    return after && Number.isFinite(after.value) && after.unit ? duration(after.value, after.unit) : undefined;
}

function checkEscalationOrder(severity: Severity, accept: ValidationAcceptor): void {
    let previous: DurationModel | undefined;
    for (const step of severity.clauses.filter(isEscalationStep)) {
        const after = stepDuration(step);
        if (!after) {
            continue;
        }
        if (previous && comparable(previous, after) && after.minutes <= previous.minutes) {
            report(accept, IssueCodes.EscalationOutOfOrder,
                `Severity '${severity.name}' escalates after ${after.text} after a step at ${previous.text}. `
                + 'Escalation steps are read in order: make each one later than the one before.',
                atProperty(step, 'after', atKeyword(step, 'escalate')),
                { severity: severity.name });
        }
        previous = after;
    }
}
