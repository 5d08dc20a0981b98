import { AstUtils, GrammarUtils } from 'langium';
import type { CodeAction } from 'vscode-languageserver';
import { isPeriod } from '../../generated/ast.js';
import { insertAt, insertClause } from '../clause-placement.js';
import { PERIOD_TEMPLATE, snippetToText, templateContextOf } from '../clause-templates.js';
import type { FixContext } from './fix-context.js';

/** `missing-period`: an end date in the start's year for a period that never ends, else a period. */
export function fixMissingPeriod({ document, node, agreement, services, fix }: FixContext): CodeAction[] {
    const period = (node && AstUtils.getContainerOfType(node, isPeriod)) ?? agreement?.clauses.find(isPeriod);
    if (period) {
        const start = GrammarUtils.findNodeForProperty(period.$cstNode, 'start');
        if (!start || period.end || period.openEnded) {
            return [];
        }
        const year = /^\d{4}/.exec(period.start)?.[0] ?? String(services.sla.Settings.now().getFullYear());
        return fix('Add an end date to the period', [insertAt(document, start.end, ` to ${year}-12-31`)]);
    }
    if (!agreement) {
        return [];
    }
    const text = snippetToText(PERIOD_TEMPLATE.snippet(templateContextOf(agreement, services.sla.Settings.now())));
    return fix('Add the period of the agreement', [insertClause(document, agreement, 'Period', text)]);
}
