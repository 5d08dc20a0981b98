import type { AgreementModel } from 'sla-model';

/**
 * The protocol between the language server and a preview: after each build the server
 * announces which agreements changed; a client that shows one asks for its semantic model,
 * which is plain data, and renders it itself. The server never renders. This file is the
 * package's `sla-language/protocol` entry: a client imports it without loading the server.
 */
export namespace SlaProtocol {
    /** Server → client, after documents were validated. */
    export const ModelsChanged = 'sla/modelsChanged';
    export interface ModelsChangedParams { uris: string[] }
    /** Client → server: the model of one document, or null when it holds no agreement. */
    export const GetModel = 'sla/model';
    export interface GetModelParams { uri: string }
    export type GetModelResult = AgreementModel | null;
    /**
     * Workspace trust. The client sends `{ trusted }` as `initializationOptions` when it starts
     * the server, and this notification when the user grants trust (VS Code never withdraws
     * it without a reload). Untrusted means Restricted Mode: no measurement file is read and
     * no import outside the workspace folders is followed.
     */
    export const WorkspaceTrust = 'sla/workspaceTrust';
    export interface WorkspaceTrustParams { trusted: boolean }
}
