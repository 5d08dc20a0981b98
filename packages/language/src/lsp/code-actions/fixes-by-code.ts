import type { IssueCode } from '../../validation/issue-codes.js';
import { IssueCodes } from '../../validation/issue-codes.js';
import {
    fixMissingEscalation, fixMissingExclusions, fixMissingNoticePeriod, fixMissingReview, fixMissingTermination
} from './clause-fixes.js';
import { fixCreditsWithoutFee, fixDuplicateCreditTier } from './credit-fixes.js';
import type { QuickFix } from './fix-context.js';
import { fixServiceWithoutMetric, fixUncontrolledMetric, fixUnmeasurableMetric } from './metric-fixes.js';
import { fixThirdPartyNotInvolved } from './party-fixes.js';
import { fixMissingPeriod } from './period-fixes.js';
import { fixEarnBackWithoutCredits } from './remedy-fixes.js';
import { fixUnresolvedReference } from './reference-fixes.js';
import { fixDuplicateClause } from './single-clause-fixes.js';
import { fixAmbiguousPeriodValue } from './standing-fixes.js';
import { fixPacingNeedsCountGoal } from './target-fixes.js';
import { fixUndefinedTerm, fixUnusedTerm } from './term-fixes.js';

/**
 * The quick-fix of each diagnostic code that has one, grouped like the check families in
 * `validation/`. A code without an entry gets no code action.
 */
export const FIXES_BY_CODE: Partial<Record<IssueCode, QuickFix>> = {
    // term-checks and linking
    [IssueCodes.UndefinedTerm]: fixUndefinedTerm,
    [IssueCodes.UnusedTerm]: fixUnusedTerm,
    [IssueCodes.UnresolvedReference]: fixUnresolvedReference,
    // metric-checks
    [IssueCodes.UnmeasurableMetric]: fixUnmeasurableMetric,
    [IssueCodes.UncontrolledMetric]: fixUncontrolledMetric,
    [IssueCodes.ServiceWithoutMetric]: fixServiceWithoutMetric,
    // period-checks
    [IssueCodes.MissingPeriod]: fixMissingPeriod,
    // clause-checks
    [IssueCodes.MissingTermination]: fixMissingTermination,
    [IssueCodes.MissingNoticePeriod]: fixMissingNoticePeriod,
    [IssueCodes.MissingEscalation]: fixMissingEscalation,
    [IssueCodes.MissingExclusions]: fixMissingExclusions,
    [IssueCodes.MissingReview]: fixMissingReview,
    // party-checks
    [IssueCodes.ThirdPartyNotInvolved]: fixThirdPartyNotInvolved,
    // remedy-checks
    [IssueCodes.EarnBackWithoutCredits]: fixEarnBackWithoutCredits,
    // credit-checks
    [IssueCodes.CreditsWithoutFee]: fixCreditsWithoutFee,
    [IssueCodes.OverlappingCreditTiers]: fixDuplicateCreditTier,
    // single-clause-checks
    [IssueCodes.DuplicateClause]: fixDuplicateClause,
    // standing-checks
    [IssueCodes.AmbiguousPeriodValue]: fixAmbiguousPeriodValue,
    // target-checks
    [IssueCodes.PacingNeedsCountGoal]: fixPacingNeedsCountGoal
};

/** The quick-fix of a diagnostic's code, which a client may send as any string or number. */
export function quickFixFor(code: unknown): QuickFix | undefined {
    return typeof code === 'string' && Object.hasOwn(FIXES_BY_CODE, code) ? FIXES_BY_CODE[code as IssueCode] : undefined;
}
