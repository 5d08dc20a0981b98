import type { BuildOptions, LangiumDocument, URI, ValidationCategory } from 'langium';
import { Cancellation, DefaultDocumentBuilder, delayNextTick, DocumentState, OperationCancelled } from 'langium';
import { importedUriTexts } from '../references/imports.js';

/**
 * Langium's document builder, tuned for typing in large workspaces:
 *
 * - A request waits for its document, then gives `$/cancelRequest` one turn of the event
 *   loop to arrive before any provider runs. Providers work synchronously, so without this
 *   a request cancelled as it was sent (the usual case when typing on) was always computed.
 * - After a change, a document with unresolved names is relinked only when a file it
 *   imports changed (or was missing). Langium relinks every such document on every change; in SLA, names
 *   from other files come only through `import`, so any other change cannot resolve them,
 *   and relinking 50 broken agreements of a 500-file workspace cost ~100 ms a keystroke.
 * - The changed documents are built, validated included, before the documents that use them
 *   are relinked: typing in a glossary that 500 agreements import gives the glossary's own
 *   diagnostics first, instead of after relinking all 500 (~170 ms). Until they are relinked,
 *   those agreements keep their links and diagnostics of the moment before.
 * - Whether a document's last build ran every validation category asked for is answered
 *   without building sets and streams: the builder asks it of every document of the workspace
 *   on every change, which cost 2.5 ms a keystroke in a 500-file workspace.
 */
/** Whether the last validation found an import broken (see `SlaDocumentValidator`): creating the file mends it. */
function hasImportError(document: LangiumDocument): boolean {
    return document.diagnostics?.some(diagnostic => (diagnostic.data as { importPath?: unknown } | undefined)?.importPath !== undefined) ?? false;
}

export class SlaDocumentBuilder extends DefaultDocumentBuilder {
    private readonly categoriesByDocument = new WeakMap<LangiumDocument, ReadonlySet<ValidationCategory>>();
    /** During an update: the documents to relink once the changed ones are built. */
    private relinkLater: LangiumDocument[] | undefined;

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

    /** Langium's `findMissingValidationCategories(…).length > 0`, without its allocations. */
    protected override resultsAreIncomplete(document: LangiumDocument, options: BuildOptions | undefined): boolean {
        const validation = options?.validation;
        const all = this.validationCategories(document);
        const requested: Iterable<ValidationCategory> = options === undefined || validation === true
            ? all
            : typeof validation === 'object' ? validation.categories ?? all : [];
        const state = this.buildState.get(document.uri.toString());
        const executed = state?.result?.validationChecks;
        for (const category of requested) {
            const ran = executed ? executed.includes(category) : state?.completed === true && all.has(category);
            if (!ran) {
                return true;
            }
        }
        return false;
    }

    /** A document's validation categories, found once: looking up its services by URI costs more than the answer. */
    private validationCategories(document: LangiumDocument): ReadonlySet<ValidationCategory> {
        let categories = this.categoriesByDocument.get(document);
        if (!categories) {
            categories = this.serviceRegistry.getServices(document.uri).validation.ValidationRegistry.getAllValidationCategories(document);
            this.categoriesByDocument.set(document, categories);
        }
        return categories;
    }

    override async update(changed: URI[], deleted: URI[], cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        // An editor opens any document, a watcher reports any file: only `.sla` ones are built.
        // Langium asked every one for its services, and a `.txt` file threw (issue #15).
        changed = changed.filter(uri => this.serviceRegistry.hasServices(uri));
        deleted = deleted.filter(uri => this.serviceRegistry.hasServices(uri));
        const relinkLater: LangiumDocument[] = [];
        this.relinkLater = relinkLater;
        try {
            await super.update(changed, deleted, cancelToken);
        } finally {
            this.relinkLater = undefined;
            // Even when cancelled: a document left linked to the old tree is rebuilt by the next update.
            for (const document of relinkLater) {
                this.resetToState(document, DocumentState.ComputedScopes);
            }
        }
        if (relinkLater.length > 0) {
            await this.buildDocuments(this.sortDocuments(relinkLater), this.updateBuildOptions, cancelToken);
        }
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        const relink = this.indexManager.isAffected(document, changedUris)
            // The imports first: they are kept per tree, while the references are many.
            || importedUriTexts(document).some(uri => changedUris.has(uri))
                && (document.references.some(reference => reference.error !== undefined) || hasImportError(document));
        if (relink && this.relinkLater) {
            this.relinkLater.push(document);
            return false;
        }
        return relink;
    }
}
