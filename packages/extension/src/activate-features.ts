import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { announceGrantedTrust } from './client/workspace-trust.js';
import { registerExportCommands } from './commands/export-commands.js';
import { registerNewAgreementCommand } from './commands/new-agreement.js';
import { registerPreviewCommands } from './commands/preview-commands.js';
import { LanguageClientModelSource } from './model-source.js';
import { PreviewManager } from './preview/preview-manager.js';

/** What `activate` returns: for other extensions and for the in-extension tests. */
export interface SlaExtensionApi {
    readonly client: BaseLanguageClient;
    /** Settles when the language server is up (or failed to start). */
    readonly started: Promise<void>;
    readonly previews: PreviewManager;
}

/**
 * Everything the desktop and the web extension share once they have a language client:
 * preview, export and new-agreement commands. Then starts the client.
 */
export function activateFeatures(context: vscode.ExtensionContext, client: BaseLanguageClient): SlaExtensionApi {
    const models = new LanguageClientModelSource(client);
    const previews = new PreviewManager(context.extensionUri, models);
    context.subscriptions.push(
        models,
        previews,
        ...registerPreviewCommands(previews),
        ...registerExportCommands(models, previews),
        registerNewAgreementCommand(),
        announceGrantedTrust(client)
    );
    const started = client.start();
    // The client reports a failed start in its output channel; the API's users may await it.
    started.catch(() => undefined);
    return { client, started, previews };
}
