import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Agreement, Severity, SlaAstType, Termination } from '../generated/ast.js';
import {
    isAgreement, isEscalationStep, isExclusions, isNotice, isParty, isResolution, isResponse, isReview, isService,
    isTermination
} from '../generated/ast.js';
import { atKeyword, atName, joinAnd, report } from './check-utils.js';
import { IssueCodes } from './issue-codes.js';

/** What a severity level can lack, as `data.missing` names it for quick-fixes. */
export type SeverityField = 'response' | 'resolution' | 'escalation';

const SEVERITY_LACKS: Record<SeverityField, { what: string; fix: string }> = {
    response: { what: 'no response time', fix: '`response within <time>`' },
    resolution: { what: 'no resolution time', fix: '`resolution within <time>`' },
    escalation: { what: 'no escalation path', fix: '`escalate after <time> to "<role or team>"`' }
};

/**
 * Clauses every agreement needs (seed: "common building blocks that every SLA must include"):
 * `missing-termination`, `missing-exclusions` (none at agreement level nor on any service),
 * `missing-review`, all on the agreement's name; `missing-notice-period` on the termination
 * clause when not every provider and customer has a notice period; `missing-escalation` on a
 * severity level without response time, resolution time or escalation steps.
 */
export function clauseChecks(): ValidationChecks<SlaAstType> {
    return {
        Agreement: checkRequiredClauses,
        Termination: checkNotice,
        Severity: checkEscalation
    };
}

function checkRequiredClauses(agreement: Agreement, accept: ValidationAcceptor): void {
    const clauses = agreement.clauses;
    const name = agreement.name ?? '';
    const where = atName(agreement, 'agreement');
    if (!clauses.some(isTermination)) {
        report(accept, IssueCodes.MissingTermination,
            `Agreement '${name}' has no termination clause. Add \`termination { notice 30 days by either party condition "<when it can end>" }\` to define when it can be terminated or expires.`,
            where, { agreement: name });
    }
    const exclusions = [
        ...clauses.filter(isExclusions),
        ...clauses.filter(isService).flatMap(service => service.clauses.filter(isExclusions))
    ];
    if (!exclusions.some(block => block.items.length > 0)) {
        report(accept, IssueCodes.MissingExclusions,
            `Agreement '${name}' excludes nothing. Add \`exclusions { "<what is not offered>" }\` to the agreement or to a service, so no one has to assume what is covered.`,
            where, { agreement: name });
    }
    if (!clauses.some(isReview)) {
        report(accept, IssueCodes.MissingReview,
            `Agreement '${name}' has no review. Add \`review every year with <Provider>, <Customer>\` to leave room for regular reviews and changes.`,
            where, { agreement: name });
    }
}

function checkNotice(termination: Termination, accept: ValidationAcceptor): void {
    const notices = termination.clauses.filter(isNotice);
    const where = atKeyword(termination, 'termination');
    const agreement = isAgreement(termination.$container) ? termination.$container : undefined;
    const sides = (agreement?.clauses.filter(isParty) ?? [])
        .filter(party => party.name && (party.role === 'provider' || party.role === 'customer'));
    if (notices.length === 0) {
        report(accept, IssueCodes.MissingNoticePeriod,
            'The termination clause has no notice period. Add `notice 30 days by either party`, or one notice for the provider and one for the customer, so both sides know how much warning they get.',
            where, { missing: sides.map(party => party.name), hasNotice: false });
        return;
    }
    if (notices.some(notice => notice.either)) {
        return;
    }
    const covered = new Set(notices.map(notice => notice.party?.ref?.name ?? notice.party?.$refText).filter(Boolean));
    const uncovered = sides.filter(party => !covered.has(party.name));
    if (uncovered.length === 0) {
        return;
    }
    const names = uncovered.map(party => `${party.name} (${party.role})`);
    report(accept, IssueCodes.MissingNoticePeriod,
        `The termination clause gives no notice period for ${joinAnd(names)}. Add \`notice 30 days by ${uncovered[0].name}\`, or write \`notice 30 days by either party\`: the notice period for both sides should be established.`,
        where, { missing: uncovered.map(party => party.name), hasNotice: true });
}

function checkEscalation(severity: Severity, accept: ValidationAcceptor): void {
    const missing: SeverityField[] = [];
    if (!severity.clauses.some(isResponse)) {
        missing.push('response');
    }
    if (!severity.clauses.some(isResolution)) {
        missing.push('resolution');
    }
    if (!severity.clauses.some(isEscalationStep)) {
        missing.push('escalation');
    }
    if (missing.length === 0) {
        return;
    }
    const name = severity.name ?? '';
    report(accept, IssueCodes.MissingEscalation,
        `Severity '${name}' has ${joinAnd(missing.map(field => SEVERITY_LACKS[field].what))}. Add ${joinAnd(missing.map(field => SEVERITY_LACKS[field].fix))}: each severity level needs its path and time of escalation.`,
        atName(severity, 'severity'),
        { severity: name, missing });
}
