import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { SlaExtensionApi } from './activate-features.js';
import { activateFeatures } from './activate-features.js';
import { createNodeClient } from './client/node-client.js';

let client: LanguageClient | undefined;

/** The desktop (and code-server) extension: the language server runs as a Node process. */
export function activate(context: vscode.ExtensionContext): SlaExtensionApi {
    client = createNodeClient(context);
    return activateFeatures(context, client);
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
