import type { AstNode, AstNodeDescription, LangiumDocument, ReferenceInfo, ScopeProvider } from 'langium';
import { AstUtils, CstUtils, URI, UriUtils } from 'langium';
import type { CodeAction } from 'vscode-languageserver';
import type { Agreement, SharedGlossary } from '../../generated/ast.js';
import { isGlossaryBlock, isSharedGlossary, isSlaFile, isTerm, Mention, Term } from '../../generated/ast.js';
import { termNameOf } from '../../parser/sla-value-converter.js';
import { importedUris } from '../../references/imports.js';
import { deleteLines, insertAt, insertClause } from '../clause-placement.js';
import { nearMisses } from '../near-misses.js';
import type { FixContext } from './fix-context.js';

/**
 * `undefined-term`: the near misses among the terms in scope, a definition in the glossary
 * (a new one when there is none), and an import of each workspace glossary that defines it.
 */
export function fixUndefinedTerm(context: FixContext): CodeAction[] {
    const { document, leaf, agreement, services, fix } = context;
    if (!leaf || leaf.tokenType.name !== 'MENTION') {
        return [];
    }
    const written = termNameOf(leaf.text);
    const actions: CodeAction[] = [];
    const known = termsInScope(services.references.ScopeProvider, leaf.astNode);
    for (const [index, name] of nearMisses(written, known.map(description => description.name)).entries()) {
        actions.push(...fix(`Did you mean [${name}]?`, [{ range: leaf.range, newText: `[${name}]` }], index === 0));
    }
    const glossary = glossaryFor(document, agreement);
    const definition = `term [${written}] = "What ${written} means in this agreement."`;
    if (isGlossaryBlock(glossary) || isSharedGlossary(glossary)) {
        actions.push(...fix(`Define [${written}] in the glossary`, [insertClause(document, glossary, 'Term', definition)], actions.length === 0));
    } else if (agreement) {
        const block = `glossary {\n    ${definition}\n}`;
        actions.push(...fix(`Define [${written}] in a new glossary`, [insertClause(document, agreement, 'GlossaryBlock', block)], actions.length === 0));
    }
    actions.push(...importFixes(context, written));
    return actions;
}

/** `unused-term`: the term removed, with its glossary block when it is the block's only content. */
export function fixUnusedTerm({ document, node, fix }: FixContext): CodeAction[] {
    const term = node && AstUtils.getContainerOfType(node, isTerm);
    if (!term?.$cstNode) {
        return [];
    }
    const block = term.$container;
    const onlyTerm = isGlossaryBlock(block) && block.terms.length === 1 && block.$cstNode
        && !CstUtils.streamCst(block.$cstNode).some(cst => cst.hidden);
    const removed = onlyTerm ? block.$cstNode! : term.$cstNode;
    return fix(`Remove the unused term [${term.name}]`, [deleteLines(document, removed)]);
}

/** `import "…"` of a workspace glossary that defines the term but is not imported yet. */
function importFixes({ document, services, fix }: FixContext, written: string): CodeAction[] {
    const root = document.parseResult.value;
    if (!isSlaFile(root)) {
        return [];
    }
    const folder = UriUtils.dirname(document.uri);
    const imported = new Set(importedUris(document).map(uri => uri.toString()));
    const sources = new Set(services.shared.workspace.IndexManager.allElements(Term.$type)
        .filter(description => description.name === written && !imported.has(description.documentUri.toString())
            && description.documentUri.toString() !== document.uri.toString())
        .map(description => description.documentUri.toString()));
    return [...sources].sort().flatMap(source => {
        const path = UriUtils.relative(folder, URI.parse(source));
        const last = root.imports.at(-1)?.$cstNode;
        const edit = last ? insertAt(document, last.end, `\nimport "${path}"`) : insertAt(document, 0, `import "${path}"\n\n`);
        return fix(`Import [${written}] from ${path}`, [edit], false);
    });
}

/** Every term name and alias a mention here could refer to. */
function termsInScope(scopeProvider: ScopeProvider, container: AstNode): AstNodeDescription[] {
    const synthetic = { $type: Mention.$type, $container: container } as AstNode;
    const info: ReferenceInfo = { reference: { $refText: '', ref: undefined }, container: synthetic, property: 'term' };
    return scopeProvider.getScope(info).getAllElements().toArray();
}

/** Where a new term goes: the agreement's glossary block, or the shared glossary of a glossary file. */
function glossaryFor(document: LangiumDocument, agreement: Agreement | undefined): AstNode | SharedGlossary | undefined {
    const root = document.parseResult.value;
    if (isSlaFile(root) && isSharedGlossary(root.glossary)) {
        return root.glossary;
    }
    return agreement?.clauses.find(isGlossaryBlock);
}
