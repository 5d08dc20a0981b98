import { EmptyFileSystem } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { createSlaServices } from '../sla-module.js';

/**
 * The language server in a web worker, for VS Code for the Web: the client posts LSP messages
 * to this worker. There is no file system here; the documents the client opens are the
 * workspace.
 */
// The worker's global scope: a message port to the client (the DOM typings call it a window).
const worker = self as unknown as Worker;
const connection = createConnection(new BrowserMessageReader(worker), new BrowserMessageWriter(worker));
const { shared } = createSlaServices({ connection, ...EmptyFileSystem });
startLanguageServer(shared);
