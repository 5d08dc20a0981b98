import type { AstNode, ValidationAcceptor } from 'langium';
import { ValidationRegistry } from 'langium';
import { reportCheckFailure } from './check-failure.js';

/** Langium's registry, with a failing check reported as `check-failed` (see `reportCheckFailure`). */
export class SlaCheckRegistry extends ValidationRegistry {
    protected override async handleException(functionality: () => unknown, _messageContext: string, accept: ValidationAcceptor, node: AstNode): Promise<void> {
        try {
            await functionality();
        } catch (error) {
            reportCheckFailure(error, accept, node);
        }
    }
}
