import type { AstNode, LangiumDocument } from 'langium';
import { AstUtils, GrammarUtils } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import type { Party } from '../../generated/ast.js';
import { isParty } from '../../generated/ast.js';
import { insertAt } from '../clause-placement.js';
import type { FixContext } from './fix-context.js';

/** `third-party-not-involved`: the third party marked `involved`. */
export function fixThirdPartyNotInvolved({ document, diagnostic, node, agreement, fix }: FixContext): CodeAction[] {
    const named = (diagnostic.data as { party?: unknown } | undefined)?.party;
    const parties = agreement?.clauses.filter(isParty) ?? [];
    const party = parties.find(candidate => candidate.name === named) ?? referencedThirdParty(document, diagnostic, node);
    const role = party && !party.involved ? GrammarUtils.findNodeForProperty(party.$cstNode, 'role') : undefined;
    if (!party || !role) {
        return [];
    }
    return fix(`Mark ${party.name} as involved in the negotiations`, [insertAt(document, role.end, ' involved')]);
}

/** The uninvolved third party a diagnostic's range refers to. */
function referencedThirdParty(document: LangiumDocument, diagnostic: Diagnostic, node: AstNode | undefined): Party | undefined {
    if (!node) {
        return undefined;
    }
    const offset = document.textDocument.offsetAt(diagnostic.range.start);
    for (const { reference } of AstUtils.streamReferences(node)) {
        const target = 'ref' in reference ? reference.ref : undefined;
        const cst = reference.$refNode;
        if (isParty(target) && target.role === 'third-party' && !target.involved && cst && cst.offset <= offset && offset <= cst.end) {
            return target;
        }
    }
    return undefined;
}
