import { AstUtils, GrammarUtils } from 'langium';
import type { CodeAction } from 'vscode-languageserver';
import { isCreditSchedule, isFee, isService } from '../../generated/ast.js';
import type { FixContext } from './fix-context.js';

/** `credits-without-fee`: name the agreement's fee, when it declares exactly one. */
export function fixCreditsWithoutFee({ node, agreement, fix }: FixContext): CodeAction[] {
    const schedule = node && AstUtils.getContainerOfType(node, isCreditSchedule);
    const name = schedule?.$cstNode && GrammarUtils.findNodeForProperty(schedule.$cstNode, 'name');
    const fees = agreement ? [...agreement.clauses.filter(isFee), ...agreement.clauses.filter(isService).flatMap(service => service.clauses.filter(isFee))] : [];
    if (!name || fees.length !== 1 || !fees[0].name) {
        return [];
    }
    return fix(`Credit a percentage of ${fees[0].name}`, [{ range: { start: name.range.end, end: name.range.end }, newText: ` of ${fees[0].name}` }]);
}
