import type { AstNode, ValidationAcceptor, ValidationCheck } from 'langium';
import { isOperationCancelled, ValidationRegistry } from 'langium';

const FAILED = 'An error occurred during validation';

/**
 * Langium's registry, with checks that stay synchronous when they are: Langium wraps every
 * check in two async functions, so each call on each node cost promises and microtask turns,
 * a third of validating a 1k-line agreement. A failing check still reports an error
 * diagnostic on its node instead of stopping validation, as in Langium.
 */
export class SlaValidationRegistry extends ValidationRegistry {

    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        return (node, accept, cancelToken) => {
            try {
                const result = check.call(thisObj, node, accept, cancelToken);
                if (result instanceof Promise) {
                    return result.catch(error => reportFailure(error, accept, node));
                }
            } catch (error) {
                reportFailure(error, accept, node);
            }
            return undefined;
        };
    }
}

function reportFailure(error: unknown, accept: ValidationAcceptor, node: AstNode): void {
    if (isOperationCancelled(error)) {
        throw error;
    }
    console.error(`${FAILED}:`, error);
    if (error instanceof Error && error.stack) {
        console.error(error.stack);
    }
    accept('error', `${FAILED}: ${error instanceof Error ? error.message : String(error)}`, { node });
}
