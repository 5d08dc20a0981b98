import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { EarnBack, SlaAstType } from '../generated/ast.js';
import { isCreditSchedule, isCreditTier, isRemedies, isScheduleTier } from '../generated/ast.js';
import { agreementOf, atKeyword, report } from './check-utils.js';
import { IssueCodes } from './issue-codes.js';

/**
 * `earn-back-without-credits`: an earn-back "allows providers to earn service level credits
 * if they work at or above the standard service level for a certain period", so it needs
 * credit tiers somewhere in the agreement's remedies.
 */
export function remedyChecks(): ValidationChecks<SlaAstType> {
    return {
        EarnBack: checkEarnBack
    };
}

function checkEarnBack(earnBack: EarnBack, accept: ValidationAcceptor): void {
    const agreement = agreementOf(earnBack);
    const remedies = agreement ? agreement.clauses.filter(isRemedies) : isRemedies(earnBack.$container) ? [earnBack.$container] : [];
    const clauses = [...(agreement?.clauses ?? []), ...remedies.flatMap(block => block.clauses)];
    // Credits are tier lines, or a schedule with at least one tier.
    if (clauses.some(clause => isCreditTier(clause) || (isCreditSchedule(clause) && clause.clauses.some(isScheduleTier)))) {
        return;
    }
    report(accept, IssueCodes.EarnBackWithoutCredits,
        'This earn-back has no service credits to earn back. Add credit tiers to the remedies, such as `credit 5 % when below 99.9 % for <Metric>`, or remove the earn-back.',
        atKeyword(earnBack, 'earn-back'),
        {});
}
