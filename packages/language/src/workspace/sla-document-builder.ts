import type { LangiumDocument, URI } from 'langium';
import { Cancellation, DefaultDocumentBuilder, delayNextTick, DocumentState, OperationCancelled } from 'langium';
import { importedUris } from '../references/imports.js';

/**
 * Langium's document builder, tuned for typing in large workspaces:
 *
 * - A request waits for its document, then gives `$/cancelRequest` one turn of the event
 *   loop to arrive before any provider runs. Providers work synchronously, so without this
 *   a request cancelled as it was sent (the usual case when typing on) was always computed.
 * - After a change, a document with unresolved names is relinked only when a file it
 *   imports changed. Langium relinks every such document on every change; in SLA, names
 *   from other files come only through `import`, so any other change cannot resolve them,
 *   and relinking 50 broken agreements of a 500-file workspace cost ~100 ms a keystroke.
 */
export class SlaDocumentBuilder extends DefaultDocumentBuilder {

    protected override async awaitDocumentState(state: DocumentState, uri: URI, cancelToken: Cancellation.CancellationToken): Promise<URI> {
        const result = await super.awaitDocumentState(state, uri, cancelToken);
        await this.giveCancellationATurn(cancelToken);
        return result;
    }

    protected override async awaitBuilderState(state: DocumentState, cancelToken: Cancellation.CancellationToken): Promise<void> {
        await super.awaitBuilderState(state, cancelToken);
        await this.giveCancellationATurn(cancelToken);
    }

    private async giveCancellationATurn(cancelToken: Cancellation.CancellationToken): Promise<void> {
        if (cancelToken === Cancellation.CancellationToken.None) {
            return;
        }
        await delayNextTick();
        if (cancelToken.isCancellationRequested) {
            throw OperationCancelled;
        }
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (this.indexManager.isAffected(document, changedUris)) {
            return true;
        }
        return document.references.some(reference => reference.error !== undefined)
            && importedUris(document).some(uri => changedUris.has(uri.toString()));
    }
}
