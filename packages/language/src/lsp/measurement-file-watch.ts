import type { LangiumSharedServices } from 'langium/lsp';
import { AstUtils, URI, UriUtils } from 'langium';
import { isMeasurements, isSlaFile } from '../generated/ast.js';
import { proseText } from '../model/prose.js';

/**
 * A measurements CSV is not a language document, so Langium does not rebuild anything when
 * it changes on disk. This rebuilds every agreement whose `measurements … from "file"` names
 * a changed, created or deleted file, so diagnostics, hover and the preview follow the data.
 */
export function rebuildOnMeasurementFileChange(shared: LangiumSharedServices): void {
    shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(params => {
        const changed = new Set(params.changes
            .map(change => URI.parse(change.uri))
            .filter(uri => !uri.path.endsWith('.sla'))
            .map(uri => uri.toString()));
        if (changed.size === 0) {
            return;
        }
        const affected = shared.workspace.LangiumDocuments.all
            .filter(document => {
                const root = document.parseResult.value;
                if (!isSlaFile(root)) {
                    return false;
                }
                const folder = UriUtils.dirname(document.uri);
                return AstUtils.streamAllContents(root).filter(isMeasurements).some(clause =>
                    clause.file !== undefined && changed.has(UriUtils.resolvePath(folder, proseText(clause.file).trim()).toString()));
            })
            .map(document => document.uri)
            .toArray();
        if (affected.length > 0) {
            void shared.workspace.DocumentBuilder.update(affected, []);
        }
    });
}
