import type { LangiumDocument } from 'langium';
import { AstUtils, GrammarUtils } from 'langium';
import type { CodeAction, TextEdit } from 'vscode-languageserver';
import type { Segment, Target } from '../../generated/ast.js';
import { isMetric, isPace, isSegment, isTarget } from '../../generated/ast.js';
import { buildTarget } from '../../model/build-model.js';
import { isMonthlyCountGoal } from 'sla-model';
import { deleteLines, insertAt, insertClauses } from '../clause-placement.js';
import type { FixContext } from './fix-context.js';

/**
 * `pacing-needs-count-goal`: a monthly goal where there is none, `per month` on a count goal
 * of another period, else (a limit, a percentage, a time) `pace daily` removed.
 */
export function fixPacingNeedsCountGoal(context: FixContext): CodeAction[] {
    const { document, node, fix } = context;
    const segment = node && AstUtils.getContainerOfType(node, isSegment);
    if (segment) {
        return fixPacedSegment(context, segment);
    }
    const metric = node && AstUtils.getContainerOfType(node, isMetric);
    const pace = metric?.clauses.find(isPace);
    if (!metric || !pace?.$cstNode) {
        return [];
    }
    const target = metric.clauses.find(isTarget);
    if (!target) {
        return fix(`Give ${metric.name} a monthly goal`, insertClauses(document, metric, [{ type: 'Target', text: 'target >= 100 per month' }]));
    }
    const perMonth = monthlyPeriodEdit(document, target);
    if (perMonth) {
        return fix(`Count ${metric.name} per month`, [perMonth]);
    }
    return fix('Remove pace daily', [deleteLines(document, pace.$cstNode)]);
}

function fixPacedSegment({ document, fix }: FixContext, segment: Segment): CodeAction[] {
    const target = segment.target;
    if (!target?.$cstNode) {
        return [];
    }
    const perMonth = monthlyPeriodEdit(document, target);
    if (perMonth) {
        return fix(`Count ${segment.name} per month`, [perMonth]);
    }
    const metric = AstUtils.getContainerOfType(segment, isMetric);
    const whole = metric?.clauses.find(isTarget);
    // A part of the metric's own monthly goal keeps the segment below the whole.
    const goal = whole && isMonthlyCountGoal(buildTarget(whole)) ? Math.max(1, Math.round(whole.value / 4)) : 100;
    return fix(`Give ${segment.name} a monthly goal`, [{
        range: target.$cstNode.range,
        newText: `target >= ${goal} per month`
    }]);
}

/** `per week` → `per month` on a count goal, or `per month` added when the period is missing. */
function monthlyPeriodEdit(document: LangiumDocument, target: Target): TextEdit | undefined {
    // A count goal is one that `per month` would make a monthly count goal.
    const countGoal = isMonthlyCountGoal({ ...buildTarget(target), period: 'month' });
    if (!countGoal || target.period === 'month' || !target.$cstNode) {
        return undefined;
    }
    const period = GrammarUtils.findNodeForProperty(target.$cstNode, 'period');
    return period ? { range: period.range, newText: 'month' } : insertAt(document, target.$cstNode.end, ' per month');
}
