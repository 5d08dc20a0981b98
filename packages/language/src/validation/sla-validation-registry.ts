import type { ValidationCheck } from 'langium';
import { reportCheckFailure } from './check-failure.js';
import { SlaCheckRegistry } from './sla-check-registry.js';

/**
 * Langium's registry, with checks that stay synchronous when they are: Langium wraps every
 * check in two async functions, so each call on each node cost promises and microtask turns,
 * a third of validating a 1k-line agreement. A failing check still reports `check-failed`
 * on its node instead of stopping validation.
 */
export class SlaValidationRegistry extends SlaCheckRegistry {

    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        return (node, accept, cancelToken) => {
            try {
                const result = check.call(thisObj, node, accept, cancelToken);
                if (result instanceof Promise) {
                    return result.catch(error => reportCheckFailure(error, accept, node));
                }
            } catch (error) {
                reportCheckFailure(error, accept, node);
            }
            return undefined;
        };
    }
}
