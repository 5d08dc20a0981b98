import type { AstNode, LangiumDocument, LeafCstNode } from 'langium';
import { CstUtils } from 'langium';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { Agreement } from '../../generated/ast.js';
import type { SlaServices } from '../../sla-module.js';
import { agreementOfDocument } from '../document-agreement.js';

/**
 * What a quick-fix is given. Fixes compute what is missing from the AST around `node`, so
 * they work whatever details the diagnostic's `data` carries.
 */
export interface FixContext {
    readonly document: LangiumDocument;
    readonly diagnostic: Diagnostic;
    /** The token the diagnostic's range starts at. */
    readonly leaf: LeafCstNode | undefined;
    /** The AST node of that token. */
    readonly node: AstNode | undefined;
    readonly agreement: Agreement | undefined;
    readonly services: SlaServices;
    /** One code action fixing the diagnostic with these edits; none when no edit is left. */
    fix(title: string, edits: Array<TextEdit | undefined>, isPreferred?: boolean): CodeAction[];
}

/** The code actions that fix one diagnostic, the preferred one first. */
export type QuickFix = (context: FixContext) => CodeAction[];

export function fixContext(document: LangiumDocument, diagnostic: Diagnostic, services: SlaServices): FixContext {
    const root = document.parseResult.value.$cstNode;
    const offset = document.textDocument.offsetAt(diagnostic.range.start);
    const leaf = root ? CstUtils.findLeafNodeAtOffset(root, offset) : undefined;
    return {
        document,
        diagnostic,
        leaf,
        node: leaf?.astNode,
        agreement: agreementOfDocument(document),
        services,
        fix: (title, edits, isPreferred = true) => quickFix(document, diagnostic, title, edits, isPreferred)
    };
}

function quickFix(document: LangiumDocument, diagnostic: Diagnostic, title: string, edits: Array<TextEdit | undefined>, isPreferred: boolean): CodeAction[] {
    const changes = edits.filter((edit): edit is TextEdit => edit !== undefined);
    if (changes.length === 0) {
        return [];
    }
    return [{
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred,
        edit: { changes: { [document.textDocument.uri]: changes } }
    }];
}
