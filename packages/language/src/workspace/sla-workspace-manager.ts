import type { LangiumDocument, Stream, URI } from 'langium';
import { DefaultWorkspaceManager } from 'langium';

/**
 * Langium's workspace manager, except that one workspace file that cannot be read (deleted
 * while the folder was read, as `git checkout` does; a pipe; too large) is left out with a
 * message on the log. Langium loaded every file at once and a single failure failed the
 * startup: the workspace was then never ready and every request waited for it.
 */
export class SlaWorkspaceManager extends DefaultWorkspaceManager {
    protected override async loadWorkspaceDocuments(uris: Stream<URI>, collector: (document: LangiumDocument) => void): Promise<void> {
        await Promise.all(uris.map(async uri => {
            try {
                collector(await this.langiumDocuments.getOrCreateDocument(uri));
            } catch (error) {
                console.error(`SLA: ${uri.fsPath} was left out of the workspace: ${error instanceof Error ? error.message : String(error)}`);
            }
        }).toArray());
    }
}
