import type { LangiumSharedServices } from 'langium/lsp';
import { URI } from 'langium';

/**
 * An untitled agreement (`untitled:Untitled-1`, language `sla`) has no `.sla` extension, so
 * once its editor closes no language claims it, and the next build would fail to find its
 * services. Closing such an editor removes the document from the workspace.
 */
export function forgetClosedUntitledDocuments(shared: LangiumSharedServices): void {
    shared.workspace.TextDocuments?.onDidClose(event => {
        const uri = URI.parse(event.document.uri);
        if (!shared.ServiceRegistry.hasServices(uri)) {
            void shared.workspace.DocumentBuilder.update([], [uri]);
        }
    });
}
