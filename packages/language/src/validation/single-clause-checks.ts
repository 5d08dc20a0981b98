import type { AstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import type { SlaAstType } from '../generated/ast.js';
import { atKeyword, report } from './check-utils.js';
import { IssueCodes } from './issue-codes.js';

/**
 * `duplicate-clause`: a clause that holds one value, written twice in one block. Today the
 * first one wins in silence, and a second `controlled by` would hide an `uncontrolled-metric`.
 * Keyed by the block's type: the clause types it may hold once, with their leading keyword.
 */
const SINGLE_CLAUSES: Partial<Record<keyof SlaAstType, Partial<Record<keyof SlaAstType, string>>>> = {
    // A second `period` is an `invalid-period` already.
    Agreement: { Version: 'version', Kind: 'kind', Model: 'model', Summary: 'summary' },
    Service: { Provision: 'provided', Hours: 'hours', Description: 'description' },
    Metric: { Counts: 'counts', Times: 'times', Target: 'target', Measurement: 'measured', Control: 'controlled', Pace: 'pace', Computation: 'computed' },
    Severity: { Response: 'response', Resolution: 'resolution' },
    CreditSchedule: { ScheduleMinimum: 'minimum', ScheduleCombination: 'cumulative' }
};

export function singleClauseChecks(): ValidationChecks<SlaAstType> {
    const checks: ValidationChecks<SlaAstType> = {};
    for (const container of Object.keys(SINGLE_CLAUSES) as (keyof SlaAstType)[]) {
        (checks as Record<string, unknown>)[container] = (node: AstNode & { clauses: AstNode[] }, accept: ValidationAcceptor) => checkOnce(node, accept);
    }
    return checks;
}

function checkOnce(block: AstNode & { clauses: AstNode[] }, accept: ValidationAcceptor): void {
    const single = SINGLE_CLAUSES[block.$type as keyof SlaAstType] ?? {};
    const seen = new Map<string, AstNode>();
    for (const clause of block.clauses) {
        const keyword = single[clause.$type as keyof SlaAstType];
        if (keyword === undefined) {
            continue;
        }
        const first = seen.get(clause.$type);
        if (!first) {
            seen.set(clause.$type, clause);
            continue;
        }
        const written = clause.$cstNode?.text.split(/\s+/).slice(0, 2).join(' ') ?? keyword;
        report(accept, IssueCodes.DuplicateClause,
            `This '${written}…' repeats the one on line ${(first.$cstNode?.range.start.line ?? 0) + 1}; only one can hold. Keep the one that is right and remove the other.`,
            atKeyword(clause, clause.$type === 'ScheduleCombination' ? firstWord(clause) : keyword),
            { first: (first.$cstNode?.range.start.line ?? 0) });
    }
}

function firstWord(node: AstNode): string {
    return node.$cstNode?.text.trim().split(/\s+/)[0] ?? '';
}
