import * as vscode from 'vscode';
import { SlaProtocol } from 'sla-language/protocol';
import type { BaseLanguageClient } from 'vscode-languageclient';

/**
 * What the server is told of workspace trust when it starts: untrusted is Restricted Mode,
 * where it reads no measurement file and follows no import outside the workspace folders.
 * Read when the client starts (a restarted server hears the trust of that moment).
 */
export function trustOptions(): SlaProtocol.WorkspaceTrustParams {
    return { trusted: vscode.workspace.isTrusted };
}

/** Tells a running server when the user grants trust (VS Code withdraws it only with a reload). */
export function announceGrantedTrust(client: BaseLanguageClient): vscode.Disposable {
    return vscode.workspace.onDidGrantWorkspaceTrust(() => {
        if (!client.isRunning()) {
            // A client that starts later reads the trust in its initialization options.
            return;
        }
        client.sendNotification(SlaProtocol.WorkspaceTrust, { trusted: true } satisfies SlaProtocol.WorkspaceTrustParams)
            .catch(() => undefined);
    });
}
