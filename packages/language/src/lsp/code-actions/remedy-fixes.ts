import { AstUtils } from 'langium';
import type { CodeAction } from 'vscode-languageserver';
import { isEarnBack, isRemedies } from '../../generated/ast.js';
import { insertClause } from '../clause-placement.js';
import { CREDIT_TEMPLATE, snippetToText, templateContextOf } from '../clause-templates.js';
import type { FixContext } from './fix-context.js';

/** `earn-back-without-credits`: a service credit tier for the earn-back to earn back. */
export function fixEarnBackWithoutCredits({ document, node, agreement, services, fix }: FixContext): CodeAction[] {
    const earnBack = node && AstUtils.getContainerOfType(node, isEarnBack);
    const remedies = earnBack && isRemedies(earnBack.$container) ? earnBack.$container : undefined;
    if (!remedies || !agreement) {
        return [];
    }
    const text = snippetToText(CREDIT_TEMPLATE.snippet(templateContextOf(agreement, services.sla.Settings.now())));
    return fix('Add a service credit tier', [insertClause(document, remedies, 'CreditTier', text)]);
}
