import * as vscode from 'vscode';
import type { PreviewManager } from '../preview/preview-manager.js';

/**
 * The agreement a command acts on: the one it was invoked on (explorer, editor title), else the
 * active `.sla` editor, else the focused preview's.
 */
export function activeAgreement(previews: PreviewManager, argument?: unknown): vscode.Uri | undefined {
    if (argument instanceof vscode.Uri) {
        return argument;
    }
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.languageId === 'sla') {
        return editor.document.uri;
    }
    return previews.activeResource;
}
