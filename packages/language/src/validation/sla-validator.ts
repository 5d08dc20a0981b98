import type { ValidationChecks } from 'langium';
import type { SlaAstType } from '../generated/ast.js';
import type { SlaServices } from '../sla-module.js';
import { calendarChecks } from './calendar-checks.js';
import { clauseChecks } from './clause-checks.js';
import { creditChecks } from './credit-checks.js';
import { singleClauseChecks } from './single-clause-checks.js';
import { standingChecks } from './standing-checks.js';
import { documentChecks } from './document-checks.js';
import { duplicateChecks } from './duplicate-checks.js';
import { escalationChecks } from './escalation-checks.js';
import { measurementChecks } from './measurement-checks.js';
import { metricChecks } from './metric-checks.js';
import { partyChecks } from './party-checks.js';
import { periodChecks } from './period-checks.js';
import { remedyChecks } from './remedy-checks.js';
import { targetChecks } from './target-checks.js';
import { termChecks } from './term-checks.js';
import { triggerChecks } from './trigger-checks.js';
import { wordingChecks } from './wording-checks.js';

/**
 * Registers the checks of every family. Each family lives in its own file under
 * `validation/` and reads the AST and the semantic model; none touches the file system
 * or editor types. `undefined-term` comes from linking (see `SlaDocumentValidator`).
 */
export function registerValidationChecks(services: SlaServices): void {
    const registry = services.validation.ValidationRegistry;
    const families: ValidationChecks<SlaAstType>[] = [
        termChecks(),
        duplicateChecks(services),
        metricChecks(services),
        targetChecks(),
        periodChecks(),
        calendarChecks(),
        clauseChecks(),
        escalationChecks(),
        partyChecks(),
        remedyChecks(),
        creditChecks(),
        triggerChecks(services),
        singleClauseChecks(),
        wordingChecks(),
        measurementChecks(services),
        documentChecks(services),
        standingChecks(services)
    ];
    for (const checks of families) {
        registry.register(checks);
    }
}
