import type { LangiumSharedServices } from 'langium/lsp';
import type { SlaServices } from '../sla-module.js';

/**
 * Reads what the client declared it can do when it starts the server. Completion sends
 * snippets (`${1:…}`) only to clients that declare `snippetSupport`; others (Neovim's
 * built-in client, eglot without yasnippet) would insert the placeholders as written.
 */
export function readClientCapabilities(shared: LangiumSharedServices, sla: SlaServices): void {
    shared.lsp.LanguageServer.onInitialize(params => {
        sla.sla.Settings.snippetSupport = params.capabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
    });
}
