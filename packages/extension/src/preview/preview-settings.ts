import * as vscode from 'vscode';
import type { PreviewSettings } from './webview-messages.js';

/** The `sla.preview.*` settings, read fresh each time so a change applies to the next update. */
export function previewSettings(): PreviewSettings & { updateDelay: number } {
    const configuration = vscode.workspace.getConfiguration('sla.preview');
    return {
        scrollPreviewWithEditor: configuration.get<boolean>('scrollPreviewWithEditor', true),
        clickRevealsSource: configuration.get<boolean>('clickRevealsSource', true),
        updateDelay: Math.max(0, configuration.get<number>('updateDelay', 50))
    };
}
