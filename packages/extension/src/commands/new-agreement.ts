import * as vscode from 'vscode';
import snippets from '../../snippets/sla.json';

/** The "New agreement" snippet, the same the editor offers for `agreement`. */
export const NEW_AGREEMENT_SNIPPET: string = snippets['New agreement'].body.join('\n');

/**
 * "SLA: New Agreement": an untitled `.sla` editor filled with the template, its placeholders
 * ready to tab through.
 */
export function registerNewAgreementCommand(): vscode.Disposable {
    return vscode.commands.registerCommand('sla.newAgreement', async () => {
        const document = await vscode.workspace.openTextDocument({ language: 'sla', content: '' });
        const editor = await vscode.window.showTextDocument(document);
        await editor.insertSnippet(new vscode.SnippetString(NEW_AGREEMENT_SNIPPET));
        return editor;
    });
}
