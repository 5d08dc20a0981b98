import { startLanguageServer } from 'langium/lsp';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createSlaServices } from '../sla-module.js';
import { findDiagnosticsPage } from './diagnostics-page-file.js';
import { SourceFileSystem } from './source-file-reader.js';

/**
 * The language server over stdio, IPC or a socket, as the client asks
 * (`sla-language-server --stdio`). Any LSP editor can start it.
 */
const connection = createConnection(ProposedFeatures.all);
// A failure in one handler is logged and the server goes on: Node ends the process on an
// error nobody catches, and every open editor then loses the language (issue #15).
process.on('uncaughtException', error => connection.console.error(`SLA: ${error.stack ?? String(error)}`));
process.on('unhandledRejection', reason => connection.console.error(`SLA: ${reason instanceof Error ? reason.stack ?? reason.message : String(reason)}`));
const { shared, Sla } = createSlaServices({ connection, ...SourceFileSystem });
// Each diagnostic's code links to its section of the page shipped beside the server.
Sla.sla.Settings.diagnosticsPage = findDiagnosticsPage(process.argv[1]);
startLanguageServer(shared);
