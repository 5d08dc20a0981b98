import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { CLIENT_ID, CLIENT_NAME, clientOptions } from './client-options.js';

/** The language server in a web worker, for VS Code for the Web. */
export function createWebClient(context: vscode.ExtensionContext): LanguageClient {
    const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist/web/server.js');
    const worker = new Worker(serverMain.toString(true));
    // vscode-languageclient 11 takes the worker as the server options, before the client options.
    return new LanguageClient(CLIENT_ID, CLIENT_NAME, worker, clientOptions(context));
}
