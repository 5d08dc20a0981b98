import type { LangiumSharedServices } from 'langium/lsp';
import type { SlaServices } from '../sla-module.js';
import { SlaProtocol } from './protocol.js';

/**
 * Reads what the client declared it can do when it starts the server. Completion sends
 * snippets (`${1:…}`) only to clients that declare `snippetSupport`; others (Neovim's
 * built-in client, eglot without yasnippet) would insert the placeholders as written.
 *
 * Workspace trust comes in `initializationOptions` (`{ trusted: false }` is Restricted Mode;
 * a client that says nothing is trusted, as every editor but VS Code has no such notion) and
 * later in `sla/workspaceTrust`; a change rebuilds every document so measurements and
 * imports are read, or dropped, at once.
 */
export function readClientCapabilities(shared: LangiumSharedServices, sla: SlaServices): void {
    const settings = sla.sla.Settings;
    shared.lsp.LanguageServer.onInitialize(params => {
        settings.snippetSupport = params.capabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
        settings.restricted = isUntrusted(params.initializationOptions);
        settings.workspaceFolders = (params.workspaceFolders ?? []).map(folder => folder.uri)
            .concat(!params.workspaceFolders && params.rootUri ? [params.rootUri] : []);
    });
    // The handler's promise settles when the rebuild is done (the connection ignores it; tests await it).
    shared.lsp.Connection?.onNotification(SlaProtocol.WorkspaceTrust, async (params: unknown): Promise<void> => {
        const restricted = isUntrusted(params);
        if (restricted === settings.restricted) {
            return;
        }
        settings.restricted = restricted;
        const documents = shared.workspace.LangiumDocuments.all.map(document => document.uri).toArray();
        if (documents.length > 0) {
            await shared.workspace.DocumentBuilder.update(documents, []);
        }
    });
}

function isUntrusted(options: unknown): boolean {
    return typeof options === 'object' && options !== null && (options as { trusted?: unknown }).trusted === false;
}
