import type { AstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import { AstUtils } from 'langium';
import type { Agreement, SlaAstType, Term } from '../generated/ast.js';
import { isTerm } from '../generated/ast.js';
import { collectTerms } from '../model/build-model.js';
import { atName, report } from './check-utils.js';
import { IssueCodes } from './issue-codes.js';

/**
 * Glossary checks. `undefined-term` comes from linking (a mention is a cross-reference; see
 * `SlaDocumentValidator`); this family adds `unused-term`: a term this agreement defines but
 * never mentions, in prose (`[Term]`) or in a `counts`/`times` clause, by its name or any
 * alias. A mention inside the term's own definition does not count. Terms of a shared
 * glossary file are never reported: the agreements that import it use them.
 */
export function termChecks(): ValidationChecks<SlaAstType> {
    return {
        Agreement: checkUnusedTerms
    };
}

function checkUnusedTerms(agreement: Agreement, accept: ValidationAcceptor): void {
    const terms = collectTerms(agreement).filter(term => term.name);
    if (terms.length === 0) {
        return;
    }
    // The references linking collected, rather than a walk over every node of the agreement.
    const used = new Set<AstNode>();
    for (const reference of AstUtils.getDocument(agreement).references) {
        const target = 'ref' in reference ? reference.ref : undefined;
        const source = reference.$refNode?.astNode;
        if (isTerm(target) && source && AstUtils.getContainerOfType(source, isTerm) !== target) {
            used.add(target);
        }
    }
    for (const term of terms) {
        if (!used.has(term)) {
            report(accept, IssueCodes.UnusedTerm, unusedMessage(term), atName(term, 'term'), { name: term.name });
        }
    }
}

function unusedMessage(term: Term): string {
    return `The term '${term.name}' is defined but never used. Mention it as [${term.name}] where the agreement relies on it, or remove its definition to keep the agreement short.`;
}
