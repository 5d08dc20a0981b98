import type { LangiumDocument, LangiumDocuments, MaybePromise } from 'langium';
import { DefaultReferencesProvider } from 'langium/lsp';
import type { Location, ReferenceParams } from 'vscode-languageserver';
import type { SlaServices } from '../sla-module.js';
import { termLocations, termOccurrenceAt } from './term-occurrences.js';

/**
 * Find references. For a term, from its name, an alias or any mention: every mention of the
 * term by any of its spellings, across the workspace, and with the declaration its name and
 * aliases. Every other name is Langium's.
 */
export class SlaReferencesProvider extends DefaultReferencesProvider {
    private readonly documents: LangiumDocuments;

    constructor(services: SlaServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    override findReferences(document: LangiumDocument, params: ReferenceParams): MaybePromise<Location[]> {
        const occurrence = termOccurrenceAt(document, document.textDocument.offsetAt(params.position));
        if (!occurrence) {
            return super.findReferences(document, params);
        }
        if (!occurrence.term) {
            return [];
        }
        return termLocations(occurrence.term, this.references, this.documents)
            .filter(location => params.context.includeDeclaration || location.kind === 'mention')
            .map(location => ({ uri: location.uri, range: location.range }));
    }
}
