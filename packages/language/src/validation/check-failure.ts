import type { AstNode, ValidationAcceptor } from 'langium';
import { isOperationCancelled } from 'langium';
import { IssueCodes } from './issue-codes.js';

/**
 * What a check that throws leaves behind: one `check-failed` error on the clause it was
 * checking, so the failure is seen and has a code like every diagnostic, and one line in the
 * log instead of a stack trace. The other checks still run. Cancellation is not a failure.
 */
export function reportCheckFailure(error: unknown, accept: ValidationAcceptor, node: AstNode): void {
    if (isOperationCancelled(error)) {
        throw error;
    }
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`sla: a check failed on ${node.$type}: ${reason}`);
    accept('error', `A check failed on this clause (${reason}), so it was not checked fully. This is a fault in SLA Studio: please report it with the agreement.`, {
        node,
        code: IssueCodes.CheckFailed
    });
}
