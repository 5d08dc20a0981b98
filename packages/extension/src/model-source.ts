import * as vscode from 'vscode';
import type { AgreementModel } from 'sla-model';
import { SlaProtocol } from 'sla-language/protocol';
import type { BaseLanguageClient } from 'vscode-languageclient';

/** Where the preview and the export commands get an agreement's semantic model from. */
export interface ModelSource {
    /** The model of the agreement in `resource`, or null when the file holds none. */
    getModel(resource: vscode.Uri): Promise<AgreementModel | null>;
    /** Fires with the documents the language server has just rebuilt. */
    readonly onDidChangeModels: vscode.Event<readonly vscode.Uri[]>;
}

/**
 * The model as the language server computes it (`sla/model`), refreshed when the server
 * announces `sla/modelsChanged`: the client renders, the server never does.
 */
export class LanguageClientModelSource implements ModelSource, vscode.Disposable {
    private readonly changed = new vscode.EventEmitter<readonly vscode.Uri[]>();
    readonly onDidChangeModels = this.changed.event;
    private readonly subscription: vscode.Disposable;

    constructor(private readonly client: BaseLanguageClient) {
        // Registered before the client starts; the client installs it once connected.
        this.subscription = client.onNotification(SlaProtocol.ModelsChanged, (params: SlaProtocol.ModelsChangedParams) => {
            this.changed.fire(params.uris.map(uri => client.protocol2CodeConverter.asUri(uri)));
        });
    }

    async getModel(resource: vscode.Uri): Promise<AgreementModel | null> {
        // Resolves at once when the client runs; waits while it is still starting.
        await this.client.start();
        const params: SlaProtocol.GetModelParams = { uri: this.client.code2ProtocolConverter.asUri(resource) };
        return this.client.sendRequest<SlaProtocol.GetModelResult>(SlaProtocol.GetModel, params);
    }

    dispose(): void {
        this.subscription.dispose();
        this.changed.dispose();
    }
}
