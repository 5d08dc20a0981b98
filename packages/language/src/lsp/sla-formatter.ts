import type { AstNode, CompositeCstNode, CstNode } from 'langium';
import { GrammarAST, isCompositeCstNode } from 'langium';
import type { FormattingAction, FormattingContext } from 'langium/lsp';
import { AbstractFormatter, Formatting } from 'langium/lsp';
import type { TextEdit } from 'vscode-languageserver-types';
import { isMention, isProse, isProseText, isSlaFile } from '../generated/ast.js';

/** A clause in a block: on its own line, one level deeper, after at most one blank line. */
const CLAUSE: FormattingAction = { options: {}, moves: [{ tabs: 1, lines: 1 }, { tabs: 1, lines: 2 }] };
/** A top-level element of the file (an import, the agreement): on its own line, at most one blank line before. */
const TOP_LEVEL: FormattingAction = { options: {}, moves: [{ lines: 1 }, { lines: 2 }] };
/** A token of a clause: one space after the previous one, or a continuation line one level deeper. */
const NEXT_TOKEN = Formatting.fit(Formatting.oneSpace(), Formatting.indent());

/**
 * Formats `.sla` the way the examples are written: one clause per line, four spaces per
 * block level, `{` on the line of its clause and `}` on its own, a single space between the
 * tokens of a line, a clause continued on the next line indented one level, and at most one
 * blank line kept between clauses. Prose is never touched: its text is one with the quotes,
 * so no edit falls inside it. Comments keep their text and move with the clause they sit by.
 * Idempotent: formatted text formats to itself.
 */
export class SlaFormatter extends AbstractFormatter {

    protected format(node: AstNode): void {
        if (isProse(node) || isProseText(node) || isMention(node) || !isCompositeCstNode(node.$cstNode)) {
            return;
        }
        const formatter = this.getNodeFormatter(node);
        const elements = ownElements(node.$cstNode);
        if (isSlaFile(node)) {
            formatter.cst(elements.filter(element => !element.hidden).slice(1)).prepend(TOP_LEVEL);
            return;
        }
        let open: CstNode | undefined;
        let first = true;
        for (const element of elements) {
            const keyword = GrammarAST.isKeyword(element.grammarSource) ? element.grammarSource.value : undefined;
            if (keyword === '{') {
                formatter.cst([element]).prepend(Formatting.oneSpace());
                open = element;
            } else if (keyword === '}') {
                const empty = open !== undefined && element.root.fullText.slice(open.end, element.offset).trim() === '';
                formatter.cst([element]).prepend(empty ? Formatting.oneSpace() : Formatting.newLine());
                open = undefined;
            } else if (open) {
                formatter.cst([element]).prepend(CLAUSE);
            } else if (!element.hidden && !first) {
                formatter.cst([element]).prepend(keyword === ',' ? Formatting.noSpace() : NEXT_TOKEN);
            }
            first = first && element.hidden;
        }
    }

    /**
     * Comments: one space before a comment that ends a line of code, and at most one blank
     * line before a comment on its own line.
     */
    protected override createHiddenTextEdits(previous: CstNode | undefined, hidden: CstNode, formatting: FormattingAction | undefined, context: FormattingContext): TextEdit[] {
        if (previous && previous.range.end.line === hidden.range.start.line) {
            const gap = hidden.offset - previous.end;
            return gap === 1 ? [] : [{ range: { start: previous.range.end, end: hidden.range.start }, newText: ' ' }];
        }
        const edits = super.createHiddenTextEdits(previous, hidden, formatting, context);
        if (previous && hidden.range.start.line - previous.range.end.line > 2) {
            edits.unshift({
                range: { start: previous.range.end, end: { line: hidden.range.start.line, character: 0 } },
                newText: '\n\n'
            });
        }
        return edits;
    }
}

/**
 * The tokens and child nodes that make up a node, comments included: composite nodes of the
 * same AST node (data type rules such as a comparator or a unit, and the wrappers of
 * alternatives) are opened, child AST nodes such as prose or a clause stay whole.
 */
function ownElements(cst: CompositeCstNode): CstNode[] {
    const elements: CstNode[] = [];
    for (const child of cst.content) {
        if (isCompositeCstNode(child) && child.astNode === cst.astNode) {
            elements.push(...ownElements(child));
        } else {
            elements.push(child);
        }
    }
    return elements;
}
