import type { LangiumDocument, LangiumSharedCoreServices, FileSystemProvider, IndexManager, LangiumDocuments } from 'langium';
import { DocumentCache, DocumentState, URI, UriUtils } from 'langium';
import type { AgreementModel, MeasurementData, MeasurementRequest, MeasurementSource, TextRead } from 'sla-model';
import { csvMeasurementSource, parseMeasurementsCsv } from 'sla-model';
import type { Agreement, Term } from '../generated/ast.js';
import { isAgreement, isMeasurements, isSharedGlossary, isSlaFile, Term as TermType } from '../generated/ast.js';
import { buildAgreementModel, measurementRequest } from './build-model.js';
import { importAllowed, importedUris } from '../references/imports.js';
import type { SlaServices } from '../sla-module.js';
import type { SlaSettings } from '../sla-settings.js';
import { isSourceFileRefused } from '../workspace/source-file-refused.js';

/**
 * Gives the semantic model of a document, computed once per document state and shared by
 * the checks, hover, code lens and the preview.
 *
 * Recorded data reaches the model through a `MeasurementSource`. Loading may be
 * asynchronous, so it happens when a document has been linked, before it is checked; the
 * model then reads what was loaded. Files are read next to the agreement through Langium's
 * file system provider.
 */
export class SlaModelProvider {
    private readonly cache: DocumentCache<string, AgreementModel | undefined>;
    /** Per document: the data each `measurements … from "file"` clause loaded, by file as written. */
    private readonly loaded: DocumentCache<string, MeasurementData>;
    private readonly fileSystem: FileSystemProvider;
    private readonly indexManager: IndexManager;
    private readonly documents: LangiumDocuments;
    private readonly source: MeasurementSource;
    private readonly settings: SlaSettings;

    constructor(services: SlaServices) {
        const shared: LangiumSharedCoreServices = services.shared;
        this.cache = new DocumentCache(shared);
        this.loaded = new DocumentCache(shared);
        this.fileSystem = shared.workspace.FileSystemProvider;
        this.indexManager = shared.workspace.IndexManager;
        this.documents = shared.workspace.LangiumDocuments;
        this.source = csvMeasurementSource(request => this.readText(request));
        this.settings = services.sla.Settings;
        // A model holds the terms of the glossaries the agreement imports: when one changes, the
        // agreement is relinked without changing itself, and its model must be built again too.
        shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Linked, document => {
            this.cache.clear(document.uri);
            return this.loadMeasurements(document);
        });
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
        const measurements = (request: MeasurementRequest): MeasurementData =>
            // Restricted Mode reads no file: the clause charts nothing, and the checks say why
            // (`measurements-not-trusted`) rather than reporting a problem with the file.
            this.settings.restricted ? { points: [], problems: [] }
            // A document that was never linked by the builder has loaded nothing: read it now.
                : this.loaded.get(document.uri, request.file, () => this.readNow(request));
        return buildAgreementModel(agreement, { measurements, importedTerms: this.importedTerms(document) });
    }

    /** Loads every file the agreement's `measurements` clauses name, through the measurement source. */
    private async loadMeasurements(document: LangiumDocument): Promise<void> {
        this.loaded.clear(document.uri);
        const root = document.parseResult.value;
        if (this.settings.restricted || !isSlaFile(root) || !isAgreement(root.agreement)) {
            return;
        }
        const requests = root.agreement.clauses.filter(isMeasurements).flatMap(clause => measurementRequest(clause) ?? []);
        for (const request of requests) {
            if (!this.loaded.has(document.uri, request.file)) {
                this.loaded.set(document.uri, request.file, await this.source.load(request));
            }
        }
    }

    private async readText(request: MeasurementRequest): Promise<TextRead> {
        const uri = this.fileOf(request);
        if (!uri) {
            return { error: NO_FILE };
        }
        try {
            return { text: await this.fileSystem.readFile(uri) };
        } catch (error) {
            return { error: unreadable(request.file, error) };
        }
    }

    private readNow(request: MeasurementRequest): MeasurementData {
        const uri = this.fileOf(request);
        if (!uri) {
            return { points: [], problems: [{ message: NO_FILE }] };
        }
        try {
            return parseMeasurementsCsv(this.fileSystem.readFileSync(uri));
        } catch (error) {
            return { points: [], problems: [{ message: unreadable(request.file, error) }] };
        }
    }

    private fileOf(request: MeasurementRequest): URI | undefined {
        if (request.file.trim() === '' || request.agreementUri === '') {
            return undefined;
        }
        return UriUtils.resolvePath(UriUtils.dirname(URI.parse(request.agreementUri)), request.file);
    }

    /** Terms of the shared glossaries this document imports. */
    importedTerms(document: LangiumDocument): Term[] {
        const imports = importedUris(document);
        if (imports.length === 0) {
            return [];
        }
        const uris = new Set(this.indexManager.allElements(TermType.$type).map(description => description.documentUri.toString()));
        const result: Term[] = [];
        for (const uri of imports) {
            if (!uris.has(uri.toString()) || !this.documents.hasDocument(uri) || !importAllowed(uri.toString(), this.settings)) {
                continue;
            }
            const imported = this.documents.getDocument(uri)!.parseResult.value;
            if (isSlaFile(imported) && isSharedGlossary(imported.glossary)) {
                result.push(...imported.glossary.terms);
            }
        }
        return result;
    }
}

const NO_FILE = 'No file is named. Write the CSV file name, relative to this agreement.';

function unreadable(file: string, error: unknown): string {
    // A refusal says why (a pipe, a device, too large); anything else is a missing or unreadable file.
    if (isSourceFileRefused(error)) {
        return error.message;
    }
    return `The file '${file}' cannot be read. Put it next to the agreement or fix the path.`;
}
