import { AstUtils, GrammarUtils } from 'langium';
import type { CodeAction } from 'vscode-languageserver';
import { isComputation, isMetric } from '../../generated/ast.js';
import { insertClause } from '../clause-placement.js';
import type { FixContext } from './fix-context.js';

/** The rules offered for several values in one period, the first preferred. */
const COMBINING_RULES = ['average', 'maximum', 'minimum'] as const;

/**
 * `ambiguous-period-value` with several values in a period: state how they combine,
 * `computed as average` (preferred), `maximum` or `minimum`, inserted after the target, or
 * in place of a written `computed as recorded`. Two rows for one day are data to correct: no fix.
 */
export function fixAmbiguousPeriodValue({ document, node, diagnostic, fix }: FixContext): CodeAction[] {
    const metric = node && AstUtils.getContainerOfType(node, isMetric);
    const ambiguity = (diagnostic.data as { ambiguity?: string } | undefined)?.ambiguity;
    if (!metric || ambiguity !== 'period') {
        return [];
    }
    const computation = metric.clauses.find(isComputation);
    if (computation) {
        const rule = computation.rule === 'recorded' && computation.$cstNode ? GrammarUtils.findNodeForProperty(computation.$cstNode, 'rule') : undefined;
        return rule
            ? COMBINING_RULES.flatMap((each, index) => fix(`Compute ${metric.name} as the ${each} of its values`, [{ range: rule.range, newText: each }], index === 0))
            : [];
    }
    return COMBINING_RULES.flatMap((each, index) =>
        fix(`Compute ${metric.name} as the ${each} of its values`, [insertClause(document, metric, 'Computation', `computed as ${each}`)], index === 0));
}
