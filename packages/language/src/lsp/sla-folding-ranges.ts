import type { AstNode, LangiumDocument } from 'langium';
import { DefaultFoldingRangeProvider } from 'langium/lsp';
import type { FoldingRange, FoldingRangeParams } from 'vscode-languageserver';
import { isMention, isProseText } from '../generated/ast.js';

/**
 * Folds every block (agreement, party, service, metric, severity, remedies, termination …),
 * every clause or prose that spans three lines or more, and block comments. The pieces of a
 * prose (its text and mentions) are not folded apart from it, and a clause that is all prose
 * (`summary "…"`) folds once: an editor keeps one folding per line anyway.
 */
export class SlaFoldingRangeProvider extends DefaultFoldingRangeProvider {

    override async getFoldingRanges(document: LangiumDocument, params: FoldingRangeParams): Promise<FoldingRange[]> {
        const seen = new Set<number>();
        return (await super.getFoldingRanges(document, params)).filter(range => !seen.has(range.startLine) && seen.add(range.startLine) !== undefined);
    }

    protected override shouldProcess(node: AstNode): boolean {
        return !isProseText(node) && !isMention(node);
    }
}
