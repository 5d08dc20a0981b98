import * as vscode from 'vscode';
import type { LanguageClientOptions } from 'vscode-languageclient';

export const CLIENT_ID = 'sla';
export const CLIENT_NAME = 'SLA Language Server';

/**
 * What the Node and the web client share: every `.sla` document whatever its scheme (files,
 * untitled, virtual workspaces), the `sla.*` settings, and file events for agreements and the
 * measurement CSVs they read, so the server rebuilds when a CSV changes on disk.
 */
export function clientOptions(context: vscode.ExtensionContext): LanguageClientOptions {
    const agreements = vscode.workspace.createFileSystemWatcher('**/*.sla');
    const measurements = vscode.workspace.createFileSystemWatcher('**/*.csv');
    context.subscriptions.push(agreements, measurements);
    return {
        documentSelector: [{ language: 'sla' }],
        synchronize: {
            configurationSection: 'sla',
            fileEvents: [agreements, measurements]
        }
    };
}
