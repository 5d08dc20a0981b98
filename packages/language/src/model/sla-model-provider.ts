import type { LangiumDocument, LangiumSharedCoreServices, FileSystemProvider, IndexManager, LangiumDocuments } from 'langium';
import { DocumentCache, DocumentState, UriUtils } from 'langium';
import type { Agreement, Term } from '../generated/ast.js';
import { isAgreement, isSharedGlossary, isSlaFile, Term as TermType } from '../generated/ast.js';
import type { FileRead } from './build-model.js';
import { buildAgreementModel } from './build-model.js';
import { importedUris } from '../references/imports.js';
import type { AgreementModel } from './sla-model.js';
import type { SlaServices } from '../sla-module.js';

/**
 * Gives the semantic model of a document, computed once per document state and shared by
 * the checks, hover, code lens and the preview. Measurement files are read next to the
 * agreement through Langium's file system provider.
 */
export class SlaModelProvider {
    private readonly cache: DocumentCache<string, AgreementModel | undefined>;
    private readonly fileSystem: FileSystemProvider;
    private readonly indexManager: IndexManager;
    private readonly documents: LangiumDocuments;

    constructor(services: SlaServices) {
        const shared: LangiumSharedCoreServices = services.shared;
        this.cache = new DocumentCache(shared);
        // A model holds the terms of the glossaries the agreement imports: when one changes, the
        // agreement is relinked without changing itself, and its model must be built again too.
        shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Linked, document => this.cache.clear(document.uri));
        this.fileSystem = shared.workspace.FileSystemProvider;
        this.indexManager = shared.workspace.IndexManager;
        this.documents = shared.workspace.LangiumDocuments;
    }

    /** The agreement's model, or undefined when the document holds no agreement. */
    modelOf(document: LangiumDocument): AgreementModel | undefined {
        return this.cache.get(document.uri, 'model', () => {
            const root = document.parseResult.value;
            if (!isSlaFile(root) || !isAgreement(root.agreement)) {
                return undefined;
            }
            return this.build(document, root.agreement);
        });
    }

    private build(document: LangiumDocument, agreement: Agreement): AgreementModel {
        const folder = UriUtils.dirname(document.uri);
        const readFile = (relativePath: string): FileRead => {
            if (relativePath.trim() === '') {
                return { error: 'No file is named. Write the CSV file name, relative to this agreement.' };
            }
            const uri = UriUtils.resolvePath(folder, relativePath);
            try {
                return { text: this.fileSystem.readFileSync(uri) };
            } catch {
                return { error: `The file '${relativePath}' cannot be read. Put it next to the agreement or fix the path.` };
            }
        };
        return buildAgreementModel(agreement, { readFile, importedTerms: this.importedTerms(document) });
    }

    /** Terms of the shared glossaries this document imports. */
    importedTerms(document: LangiumDocument): { term: Term; source: string }[] {
        const imports = importedUris(document);
        if (imports.length === 0) {
            return [];
        }
        const uris = new Set(this.indexManager.allElements(TermType.$type).map(description => description.documentUri.toString()));
        const result: { term: Term; source: string }[] = [];
        for (const uri of imports) {
            if (!uris.has(uri.toString()) || !this.documents.hasDocument(uri)) {
                continue;
            }
            const imported = this.documents.getDocument(uri)!.parseResult.value;
            if (isSlaFile(imported) && isSharedGlossary(imported.glossary)) {
                result.push(...imported.glossary.terms.map(term => ({ term, source: uri.toString() })));
            }
        }
        return result;
    }
}
