import * as vscode from 'vscode';

/** The visible editor showing `resource`, if any. */
export function visibleEditorOf(resource: vscode.Uri): vscode.TextEditor | undefined {
    const key = resource.toString();
    return vscode.window.visibleTextEditors.find(editor => editor.document.uri.toString() === key);
}

/**
 * Shows `line` of `resource` with the cursor on it: in the editor that already shows it, else
 * in a group next to the preview, as clicking in Markdown's preview does.
 */
export async function revealSourceLine(resource: vscode.Uri, line: number, previewColumn: vscode.ViewColumn | undefined): Promise<vscode.TextEditor> {
    const editor = visibleEditorOf(resource);
    const document = editor?.document ?? await vscode.workspace.openTextDocument(resource);
    const target = Math.max(0, Math.min(line, document.lineCount - 1));
    const position = new vscode.Position(target, document.lineAt(target).firstNonWhitespaceCharacterIndex);
    const shown = await vscode.window.showTextDocument(document, {
        viewColumn: editor?.viewColumn ?? (previewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One),
        selection: new vscode.Selection(position, position),
        preserveFocus: false
    });
    shown.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return shown;
}
