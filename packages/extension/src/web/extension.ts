import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/browser';
import type { SlaExtensionApi } from '../activate-features.js';
import { activateFeatures } from '../activate-features.js';
import { createWebClient } from '../client/web-client.js';

let client: LanguageClient | undefined;

/** The web extension (VS Code for the Web): the language server runs in a web worker. */
export function activate(context: vscode.ExtensionContext): SlaExtensionApi {
    client = createWebClient(context);
    return activateFeatures(context, client);
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
