import * as vscode from 'vscode';
import type { PreviewManager } from '../preview/preview-manager.js';
import { activeAgreement } from './active-agreement.js';

/** "SLA: Open Preview", "SLA: Open Preview to the Side" and, from a preview, "SLA: Show Source". */
export function registerPreviewCommands(previews: PreviewManager): vscode.Disposable[] {
    const open = (toSide: boolean) => (argument?: unknown) => {
        const resource = activeAgreement(previews, argument);
        if (!resource) {
            void vscode.window.showInformationMessage('Open an .sla file to preview its agreement.');
            return undefined;
        }
        previews.open(resource, { toSide });
        return undefined;
    };
    return [
        vscode.commands.registerCommand('sla.openPreview', open(false)),
        vscode.commands.registerCommand('sla.openPreviewToSide', open(true)),
        vscode.commands.registerCommand('sla.showSource', async () => {
            const resource = previews.activeResource;
            if (resource) {
                await vscode.window.showTextDocument(resource, { viewColumn: vscode.ViewColumn.One });
            }
        })
    ];
}
