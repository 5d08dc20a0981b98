import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { AgreementModel } from 'sla-model';
import type { SlaFile, SlaServicesOptions } from 'sla-language';
import { createSlaServices } from 'sla-language';
import { InMemoryFileSystemProvider } from './in-memory-file-system.js';

/** The fixed "today" of tests, so date-dependent checks and pacing give exact results. */
export const TEST_TODAY = new Date(2026, 2, 15, 12, 0, 0);

/**
 * SLA services over an in-memory file system, with the clock fixed at TEST_TODAY.
 * `files` holds CSV measurements and other `.sla` files by absolute path; `options` can ask
 * for Langium's services instead of the performance overrides.
 */
export function createTestServices(files: Record<string, string> = {}, options: SlaServicesOptions = {}) {
    const fileSystem = new InMemoryFileSystemProvider(new Map(Object.entries(files)));
    const services = createSlaServices({ fileSystemProvider: () => fileSystem }, options);
    services.Sla.sla.Settings.now = () => TEST_TODAY;
    return { ...services, fileSystem };
}

export type TestServices = ReturnType<typeof createTestServices>;

let counter = 0;

/**
 * Parses and validates `text` as `/work/<name>` (a fresh name by default) together with every
 * other `.sla` file given in `files`, so imports and shared glossaries resolve.
 */
export async function checkDocument(text: string, options: { files?: Record<string, string>; path?: string; services?: TestServices } = {}): Promise<{
    document: LangiumDocument<SlaFile>;
    diagnostics: Diagnostic[];
    services: TestServices;
}> {
    const services = options.services ?? createTestServices(options.files);
    const documents = services.shared.workspace.LangiumDocuments;
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const path = options.path ?? `/work/test-${++counter}.sla`;
    const document = factory.fromString<SlaFile>(text, URI.file(path));
    documents.addDocument(document);
    const others: LangiumDocument[] = [];
    for (const [otherPath, otherText] of Object.entries(options.files ?? {})) {
        if (otherPath.endsWith('.sla') && otherPath !== path) {
            const other = factory.fromString(otherText, URI.file(otherPath));
            documents.addDocument(other);
            others.push(other);
        }
    }
    await services.shared.workspace.DocumentBuilder.build([document, ...others], { validation: true });
    return { document, diagnostics: document.diagnostics ?? [], services };
}

/** The semantic model of a checked document. */
export function modelOf(result: { document: LangiumDocument; services: TestServices }): AgreementModel | undefined {
    return result.services.Sla.sla.ModelProvider.modelOf(result.document);
}

/**
 * Every file of `files` (by absolute path) loaded from the in-memory file system and built,
 * checks included, as a workspace is when a folder is opened; `documents` follow the order of `files`.
 */
export async function buildWorkspace(files: Record<string, string>): Promise<{ services: TestServices; documents: LangiumDocument[] }> {
    const services = createTestServices(files);
    const documents = await Promise.all(Object.keys(files).map(path => services.shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file(path))));
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return { services, documents };
}
