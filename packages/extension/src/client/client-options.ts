import * as vscode from 'vscode';
import type { LanguageClientOptions } from 'vscode-languageclient';
import { trustOptions } from './workspace-trust.js';

export const CLIENT_ID = 'sla';
export const CLIENT_NAME = 'SLA Language Server';

/**
 * What the Node and the web client share: every `.sla` document whatever its scheme (files,
 * untitled, virtual workspaces), the `sla.*` settings, and file events for agreements and the
 * measurement CSVs they read, so the server rebuilds when a CSV changes on disk; and whether
 * the workspace is trusted, in the initialization options.
 */
export function clientOptions(context: vscode.ExtensionContext): LanguageClientOptions {
    const agreements = vscode.workspace.createFileSystemWatcher('**/*.sla');
    const measurements = vscode.workspace.createFileSystemWatcher('**/*.csv');
    context.subscriptions.push(agreements, measurements);
    return {
        documentSelector: [{ language: 'sla' }],
        initializationOptions: trustOptions,
        synchronize: {
            configurationSection: 'sla',
            fileEvents: [agreements, measurements]
        }
    };
}
