import { AstUtils } from 'langium';
import type { CodeAction } from 'vscode-languageserver';
import { isEscalationStep, isExclusions, isNotice, isParty, isResolution, isResponse, isSeverity, isTermination } from '../../generated/ast.js';
import { joinAnd } from '../../validation/check-utils.js';
import type { NewClause } from '../clause-placement.js';
import { insertClause, insertClauses } from '../clause-placement.js';
import { EXCLUSIONS_TEMPLATE, REVIEW_TEMPLATE, snippetToText, templateContextOf, TERMINATION_TEMPLATE } from '../clause-templates.js';
import type { FixContext } from './fix-context.js';

/** `missing-termination`: a termination clause. */
export function fixMissingTermination({ document, agreement, fix }: FixContext): CodeAction[] {
    return agreement
        ? fix('Add a termination clause', [insertClause(document, agreement, 'Termination', snippetToText(TERMINATION_TEMPLATE.snippet({})))])
        : [];
}

/** `missing-notice-period`: a notice period for either party, or for the side that has none. */
export function fixMissingNoticePeriod({ document, node, agreement, fix }: FixContext): CodeAction[] {
    const termination = (node && AstUtils.getContainerOfType(node, isTermination)) ?? agreement?.clauses.find(isTermination);
    if (!termination) {
        return [];
    }
    const notices = termination.clauses.filter(isNotice);
    if (notices.length === 0 || notices.some(notice => notice.either)) {
        return fix('Add a notice period for either party', [insertClause(document, termination, 'Notice', 'notice 30 days by either party')]);
    }
    const covered = new Set(notices.map(notice => notice.party?.$refText));
    const uncovered = (agreement?.clauses.filter(isParty) ?? [])
        .filter(party => (party.role === 'provider' || party.role === 'customer') && !covered.has(party.name));
    if (uncovered.length === 0) {
        return [];
    }
    const text = uncovered.map(party => `notice 30 days by ${party.name}`).join('\n');
    return fix(`Add a notice period for ${uncovered.map(party => party.name).join(' and ')}`, [insertClause(document, termination, 'Notice', text)]);
}

const SEVERITY_PARTS: Record<string, string> = {
    Response: 'a response time',
    Resolution: 'a resolution time',
    EscalationStep: 'an escalation step'
};

/** `missing-escalation`: the response time, resolution time and escalation step a severity lacks. */
export function fixMissingEscalation({ document, node, fix }: FixContext): CodeAction[] {
    const severity = node && AstUtils.getContainerOfType(node, isSeverity);
    if (!severity) {
        return [];
    }
    const response = severity.clauses.find(isResponse);
    const clauses: NewClause[] = [];
    if (!response) {
        clauses.push({ type: 'Response', text: 'response within 1 hour' });
    }
    if (!severity.clauses.some(isResolution)) {
        clauses.push({ type: 'Resolution', text: 'resolution within 8 hours' });
    }
    if (!severity.clauses.some(isEscalationStep)) {
        // Escalate when the response time passes without a response.
        const after = response?.time?.$cstNode?.text.replace(/\s+/g, ' ') ?? '1 hour';
        clauses.push({ type: 'EscalationStep', text: `escalate after ${after} to "Service Level Manager"` });
    }
    const what = clauses.map(clause => SEVERITY_PARTS[clause.type]);
    return clauses.length > 0 ? fix(`Add ${joinAnd(what)} to ${severity.name}`, insertClauses(document, severity, clauses)) : [];
}

/** `missing-exclusions`: an exclusions clause, or an item in an empty one. */
export function fixMissingExclusions({ document, agreement, fix }: FixContext): CodeAction[] {
    if (!agreement) {
        return [];
    }
    const empty = agreement.clauses.find(isExclusions);
    const text = snippetToText(EXCLUSIONS_TEMPLATE.snippet({}));
    if (empty) {
        const item = text.split('\n')[1].trim();
        return fix('Add an exclusion', [insertClause(document, empty, 'Prose', item)]);
    }
    return fix('Add an exclusions clause', [insertClause(document, agreement, 'Exclusions', text)]);
}

/** `missing-review`: a yearly review with the agreement's parties. */
export function fixMissingReview({ document, agreement, services, fix }: FixContext): CodeAction[] {
    if (!agreement) {
        return [];
    }
    const text = snippetToText(REVIEW_TEMPLATE.snippet(templateContextOf(agreement, services.sla.Settings.now())));
    return fix('Add a yearly review', [insertClause(document, agreement, 'Review', text)]);
}
