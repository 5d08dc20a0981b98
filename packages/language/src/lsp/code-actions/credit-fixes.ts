import { AstUtils, GrammarUtils } from 'langium';
import type { CodeAction } from 'vscode-languageserver';
import { isCreditSchedule, isFee, isScheduleTier, isService } from '../../generated/ast.js';
import { creditTierOf } from '../../model/build-model.js';
import { sameTier } from '../../validation/credit-checks.js';
import { deleteLines } from '../clause-placement.js';
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

/** `overlapping-credit-tiers`, when the tier repeats an earlier one of its schedule: remove the repeat. */
export function fixDuplicateCreditTier({ document, node, fix }: FixContext): CodeAction[] {
    const tier = node && AstUtils.getContainerOfType(node, isScheduleTier);
    const schedule = tier && AstUtils.getContainerOfType(tier, isCreditSchedule);
    const model = tier && creditTierOf(tier);
    if (!tier?.$cstNode || !schedule || !model) {
        return [];
    }
    const tiers = schedule.clauses.filter(isScheduleTier);
    const repeated = tiers.slice(0, tiers.indexOf(tier)).some(earlier => {
        const other = creditTierOf(earlier);
        return other !== undefined && sameTier(other, model);
    });
    return repeated ? fix('Remove the duplicate tier', [deleteLines(document, tier.$cstNode)]) : [];
}
