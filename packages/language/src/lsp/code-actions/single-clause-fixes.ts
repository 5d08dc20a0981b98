import type { AstNode } from 'langium';
import type { CodeAction } from 'vscode-languageserver';
import type { FixContext } from './fix-context.js';

/** `duplicate-clause`: remove the repeated clause, its whole lines, keeping the first. */
export function fixDuplicateClause({ document, node, fix }: FixContext): CodeAction[] {
    let clause: AstNode | undefined = node;
    // The diagnostic is on the clause's keyword: climb to the clause its block holds.
    while (clause && !(clause.$container && 'clauses' in clause.$container)) {
        clause = clause.$container;
    }
    const cst = clause?.$cstNode;
    if (!cst) {
        return [];
    }
    const text = document.textDocument;
    const start = text.offsetAt({ line: cst.range.start.line, character: 0 });
    const lineStart = text.getText({ start: text.positionAt(start), end: cst.range.start }).trim() === '' ? start : cst.offset;
    const after = text.getText().slice(cst.end).match(/^[ \t]*(\r?\n)?/)![0].length;
    return fix('Remove the repeated clause', [{ range: { start: text.positionAt(lineStart), end: text.positionAt(cst.end + after) }, newText: '' }]);
}
