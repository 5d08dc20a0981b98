import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createSlaServices } from '../sla-module.js';

/**
 * The language server over stdio, IPC or a socket, as the client asks
 * (`sla-language-server --stdio`). Any LSP editor can start it.
 */
const connection = createConnection(ProposedFeatures.all);
const { shared } = createSlaServices({ connection, ...NodeFileSystem });
startLanguageServer(shared);
