import type { LangiumSharedServices } from 'langium/lsp';
import { DocumentState, isOperationCancelled, URI } from 'langium';
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { SlaProtocol } from './protocol.js';
import type { SlaServices } from '../sla-module.js';

export function registerModelRequests(shared: LangiumSharedServices, sla: SlaServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) {
        return;
    }
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, documents => {
        const uris = documents.map(document => document.uri.toString());
        if (uris.length > 0) {
            void connection.sendNotification(SlaProtocol.ModelsChanged, { uris } satisfies SlaProtocol.ModelsChangedParams);
        }
    });
    connection.onRequest(SlaProtocol.GetModel, async (params: SlaProtocol.GetModelParams, token): Promise<SlaProtocol.GetModelResult | ResponseError> => {
        const uri = URI.parse(params.uri);
        const documents = shared.workspace.LangiumDocuments;
        if (!documents.hasDocument(uri)) {
            return null;
        }
        try {
            await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri, token);
        } catch (error) {
            if (isOperationCancelled(error)) {
                return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
            }
            throw error;
        }
        return sla.sla.ModelProvider.modelOf(documents.getDocument(uri)!) ?? null;
    });
}
