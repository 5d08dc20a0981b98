import type { ValidationChecks } from 'langium';
import type { SlaAstType } from '../generated/ast.js';
import type { SlaServices } from '../sla-module.js';

/**
 * Registers the checks of every family. Each family lives in its own file under
 * `validation/` and reads the AST and the semantic model; none touches the file system
 * or editor types.
 */
export function registerValidationChecks(services: SlaServices): void {
    const registry = services.validation.ValidationRegistry;
    const checks: ValidationChecks<SlaAstType> = {};
    registry.register(checks);
}
