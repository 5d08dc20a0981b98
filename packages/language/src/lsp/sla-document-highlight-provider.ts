import type { LangiumDocument, LangiumDocuments, MaybePromise } from 'langium';
import { DefaultDocumentHighlightProvider } from 'langium/lsp';
import type { DocumentHighlight, DocumentHighlightParams } from 'vscode-languageserver';
import { DocumentHighlightKind } from 'vscode-languageserver';
import type { SlaServices } from '../sla-module.js';
import { termLocations, termOccurrenceAt } from './term-occurrences.js';

/**
 * Highlights every place of this document where the term under the cursor is written, by
 * its name or an alias: the definition as written, the mentions as read.
 */
export class SlaDocumentHighlightProvider extends DefaultDocumentHighlightProvider {
    private readonly documents: LangiumDocuments;

    constructor(services: SlaServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    override getDocumentHighlight(document: LangiumDocument, params: DocumentHighlightParams): MaybePromise<DocumentHighlight[] | undefined> {
        const occurrence = termOccurrenceAt(document, document.textDocument.offsetAt(params.position));
        if (!occurrence) {
            return super.getDocumentHighlight(document, params);
        }
        if (!occurrence.term) {
            return undefined;
        }
        const uri = document.uri.toString();
        return termLocations(occurrence.term, this.references, this.documents)
            .filter(location => location.uri === uri)
            .map(location => ({
                range: location.range,
                kind: location.kind === 'mention' ? DocumentHighlightKind.Read : DocumentHighlightKind.Write
            }));
    }
}
