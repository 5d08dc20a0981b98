import { startLanguageServer } from 'langium/lsp';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createSlaServices } from '../sla-module.js';
import { SourceFileSystem } from './source-file-reader.js';

/**
 * The language server over stdio, IPC or a socket, as the client asks
 * (`sla-language-server --stdio`). Any LSP editor can start it.
 */
const connection = createConnection(ProposedFeatures.all);
const { shared } = createSlaServices({ connection, ...SourceFileSystem });
startLanguageServer(shared);
