import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createSlaServices } from '../sla-module.js';
import { findDiagnosticsPage } from './diagnostics-page-file.js';

/**
 * The language server over stdio, IPC or a socket, as the client asks
 * (`sla-language-server --stdio`). Any LSP editor can start it.
 */
const connection = createConnection(ProposedFeatures.all);
const { shared, Sla } = createSlaServices({ connection, ...NodeFileSystem });
// Each diagnostic's code links to its section of the page shipped beside the server.
Sla.sla.Settings.diagnosticsPage = findDiagnosticsPage(process.argv[1]);
startLanguageServer(shared);
