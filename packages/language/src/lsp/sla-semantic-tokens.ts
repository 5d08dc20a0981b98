import type { AstNode } from 'langium';
import type { SemanticTokenAcceptor } from 'langium/lsp';
import { AbstractSemanticTokenProvider } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { isCounts, isMention, isTerm, isTimes } from '../generated/ast.js';

/**
 * Semantic highlighting of glossary terms: a mention inside prose is otherwise only string
 * text, so `[Qualified Lead]` stands out as a term wherever it is written, in prose, in
 * `counts`/`times` and at its definition (name and aliases). A mention of an undefined term
 * is left as text; its diagnostic marks it.
 */
export class SlaSemanticTokenProvider extends AbstractSemanticTokenProvider {

    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        if (isTerm(node)) {
            const modifier = [SemanticTokenModifiers.declaration, SemanticTokenModifiers.readonly];
            acceptor({ node, property: 'name', type: SemanticTokenTypes.variable, modifier });
            node.aliases.forEach((_, index) => acceptor({ node, property: 'aliases', index, type: SemanticTokenTypes.variable, modifier }));
        } else if ((isMention(node) || isCounts(node) || isTimes(node)) && node.term?.ref) {
            acceptor({ node, property: 'term', type: SemanticTokenTypes.variable, modifier: SemanticTokenModifiers.readonly });
        }
    }
}
