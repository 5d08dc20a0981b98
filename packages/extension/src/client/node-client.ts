import type * as vscode from 'vscode';
import type { ServerOptions } from 'vscode-languageclient/node';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import { CLIENT_ID, CLIENT_NAME, clientOptions } from './client-options.js';

/** The language server as a Node process beside the extension host, over IPC. */
export function createNodeClient(context: vscode.ExtensionContext): LanguageClient {
    const module = context.asAbsolutePath('dist/server.cjs');
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions(context));
}
