/**
 * The services SLA replaces only for speed (`SlaPerformanceModule`) promise Langium's results.
 * This builds the examples and the fixtures twice, with them and with Langium's defaults
 * (`createSlaServices(context, { langiumDefaults: true })`), and compares what a user gets:
 * diagnostics, semantic models, the editor features at every token, and the same again after
 * seeded edits, which go through block reparse and the relinking rules of the document builder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LangiumDocument, LeafCstNode } from 'langium';
import { CstUtils, DefaultDocumentBuilder, DefaultLangiumDocumentFactory, DefaultLinker, DefaultReferenceDescriptionProvider, isLeafCstNode, LangiumCompletionParser, URI } from 'langium';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Position } from 'vscode-languageserver';
import { SlaCompletionProvider } from '../../packages/language/src/lsp/sla-completion-provider.js';
import { SlaScopeProvider } from '../../packages/language/src/references/sla-scope-provider.js';
import { SlaCheckRegistry } from '../../packages/language/src/validation/sla-check-registry.js';
import { SlaDocumentValidator } from '../../packages/language/src/validation/sla-document-validator.js';
import type { Random } from '../helpers/random.js';
import { createRandom } from '../helpers/random.js';
import { randomEdit } from '../helpers/random-edit.js';
import type { TestServices } from '../helpers/sla-test-services.js';
import { createTestServices } from '../helpers/sla-test-services.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Every file under `examples/` and `test/fixtures/` by absolute path, with what the all-constructs fixture imports and reads. */
function workspaceFiles(): Record<string, string> {
    const files: Record<string, string> = {};
    for (const folder of ['examples', 'test/fixtures']) {
        for (const name of readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' }).sort()) {
            if (name.endsWith('.sla') || name.endsWith('.csv')) {
                files[join(root, folder, name)] = readFileSync(join(root, folder, name), 'utf8');
            }
        }
    }
    files[join(root, 'test/fixtures/shared.sla')] = 'glossary Shared "Shared terms" { term [Thing] aka [Things] = "A thing." }\n';
    files[join(root, 'test/fixtures/availability.csv')] = 'date,value\n2026-01-01,99.9\n2026-01-02,98\n';
    return files;
}

/**
 * The text with the clause after each `}` moved up onto its line: tokens then follow a block on
 * the block's last line, which block reparse must move along the line.
 */
function compact(text: string): string {
    return text.replace(/\}\n[ \t]*(?=\S)/g, '} ');
}

/** A space typed, or one deleted, just before a `}` that has a clause after it on its line: the tokens after it move along the line. */
function editBeforeBrace(text: string, random: Random): string {
    const at = random.pick([...text.matchAll(/\} (?=\S)/g)].map(match => match.index));
    return text[at - 1] === ' ' && random.chance(0.5) ? text.slice(0, at - 1) + text.slice(at) : `${text.slice(0, at)} ${text.slice(at)}`;
}

const FILES = workspaceFiles();
const SLA_FILES = Object.keys(FILES).filter(path => path.endsWith('.sla'));

interface Workspace {
    services: TestServices;
    documents: Map<string, LangiumDocument>;
}

/** The `.sla` files loaded and built, checks included, as a folder opened in the editor is. */
async function workspace(langiumDefaults: boolean): Promise<Workspace> {
    const services = createTestServices(FILES, { langiumDefaults });
    const documents = new Map<string, LangiumDocument>();
    for (const path of SLA_FILES) {
        documents.set(path, await services.shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file(path)));
    }
    await services.shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
    // As VS Code starts the server: completion items then say which text they replace, up to the token's end.
    await services.shared.lsp.LanguageServer.initialize({
        processId: null, rootUri: null, capabilities: { textDocument: { completion: { completionItem: { insertReplaceSupport: true } } } }
    });
    return { services, documents };
}

let fast: Workspace;
let langium: Workspace;

beforeAll(async () => {
    fast = await workspace(false);
    langium = await workspace(true);
});

/** The tokens of a document, comments left out. */
function tokens(document: LangiumDocument): LeafCstNode[] {
    const cst = document.parseResult.value.$cstNode;
    return cst ? CstUtils.streamCst(cst).filter((node): node is LeafCstNode => isLeafCstNode(node) && !node.hidden).toArray() : [];
}

/** The start of every token. */
function tokenPositions(document: LangiumDocument): Position[] {
    return tokens(document).map(token => token.range.start);
}

/** Inside every token longer than one character: completion then replaces the token's rest. */
function insideTokenPositions(document: LangiumDocument): Position[] {
    return tokens(document).filter(token => token.length > 1).map(token => document.textDocument.positionAt(token.offset + 1));
}

/** The start and end of every line. */
function linePositions(document: LangiumDocument): Position[] {
    return document.textDocument.getText().split('\n').flatMap((line, index) => [
        { line: index, character: 0 },
        { line: index, character: line.replace(/\r$/, '').length }
    ]);
}

/** A result, or the message of the error it threw: both configurations must agree on either. */
async function outcome<T>(compute: () => T | Promise<T>): Promise<T | { threw: string }> {
    try {
        return await compute();
    } catch (error) {
        return { threw: error instanceof Error ? error.message : String(error) };
    }
}

/** The editor features of a document at each position that answer per position. */
async function featuresAt(workspace: Workspace, path: string, positions: Position[]): Promise<unknown[]> {
    const lsp = workspace.services.Sla.lsp;
    const document = workspace.documents.get(path)!;
    const textDocument = { uri: document.uri.toString() };
    const results: unknown[] = [];
    for (const position of positions) {
        results.push({
            at: position,
            hover: await outcome(() => lsp.HoverProvider!.getHoverContent(document, { textDocument, position })),
            definition: await outcome(() => lsp.DefinitionProvider!.getDefinition(document, { textDocument, position })),
            references: await outcome(() => lsp.ReferencesProvider!.findReferences(document, { textDocument, position, context: { includeDeclaration: true } })),
            highlights: await outcome(() => lsp.DocumentHighlightProvider!.getDocumentHighlight(document, { textDocument, position })),
            prepareRename: await outcome(() => lsp.RenameProvider!.prepareRename(document, { textDocument, position })),
            rename: await outcome(() => lsp.RenameProvider!.rename(document, { textDocument, position, newName: 'Renamed' }))
        });
    }
    return results;
}

/** The editor features that answer for a whole document. */
async function documentFeatures(workspace: Workspace, path: string): Promise<unknown> {
    const lsp = workspace.services.Sla.lsp;
    const document = workspace.documents.get(path)!;
    const textDocument = { uri: document.uri.toString() };
    const whole = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(document.textDocument.getText().length) };
    return {
        symbols: await outcome(() => lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument })),
        folding: await outcome(() => lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument })),
        semanticTokens: await outcome(async () => (await lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument })).data),
        inlayHints: await outcome(() => lsp.InlayHintProvider!.getInlayHints(document, { textDocument, range: whole })),
        codeLenses: await outcome(() => lsp.CodeLensProvider!.provideCodeLens(document, { textDocument })),
        formatting: await outcome(() => lsp.Formatter!.formatDocument(document, { textDocument, options: { tabSize: 4, insertSpaces: true } })),
        codeActions: await outcome(() => lsp.CodeActionProvider!.getCodeActions(document, { textDocument, range: whole, context: { diagnostics: document.diagnostics ?? [] } }))
    };
}

async function completionsAt(workspace: Workspace, path: string, positions: Position[]): Promise<unknown[]> {
    const document = workspace.documents.get(path)!;
    const textDocument = { uri: document.uri.toString() };
    const results: unknown[] = [];
    for (const position of positions) {
        results.push({ at: position, completion: await outcome(() => workspace.services.Sla.lsp.CompletionProvider!.getCompletion(document, { textDocument, position })) });
    }
    return results;
}

/** What the builder left on every document: its diagnostics and its semantic model. */
function results(workspace: Workspace): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    for (const [path, document] of workspace.documents) {
        result[path] = { diagnostics: document.diagnostics, model: workspace.services.Sla.sla.ModelProvider.modelOf(document) };
    }
    return result;
}

describe('Langium defaults instead of the performance overrides', () => {
    test('leave out every performance override and keep the SLA services', () => {
        const services = (workspace: Workspace) => ({
            builder: workspace.services.shared.workspace.DocumentBuilder.constructor,
            factory: workspace.services.shared.workspace.LangiumDocumentFactory.constructor,
            linker: workspace.services.Sla.references.Linker.constructor,
            referenceDescriptions: workspace.services.Sla.workspace.ReferenceDescriptionProvider.constructor,
            validationRegistry: workspace.services.Sla.validation.ValidationRegistry.constructor,
            completionParser: workspace.services.Sla.parser.CompletionParser.constructor,
            scopeProvider: workspace.services.Sla.references.ScopeProvider.constructor,
            documentValidator: workspace.services.Sla.validation.DocumentValidator.constructor,
            completionProvider: workspace.services.Sla.lsp.CompletionProvider!.constructor
        });
        const expected = {
            builder: DefaultDocumentBuilder,
            factory: DefaultLangiumDocumentFactory,
            linker: DefaultLinker,
            referenceDescriptions: DefaultReferenceDescriptionProvider,
            // Langium's registry, with failing checks reported as `check-failed`.
            validationRegistry: SlaCheckRegistry,
            completionParser: LangiumCompletionParser,
            scopeProvider: SlaScopeProvider,
            documentValidator: SlaDocumentValidator,
            completionProvider: SlaCompletionProvider
        };
        expect(services(langium)).toEqual(expected);
        const overridden = services(fast);
        for (const [service, defaultClass] of Object.entries(expected)) {
            const replacement = overridden[service as keyof typeof overridden];
            expect(replacement, service).not.toBe(defaultClass);
            expect(replacement.prototype, service).toBeInstanceOf(defaultClass);
        }
    });

    test('the workspace holds the examples and every fixture', () => {
        expect(SLA_FILES.filter(path => path.includes('/examples/'))).toHaveLength(4);
        expect(SLA_FILES.filter(path => path.includes('/test/fixtures/')).length).toBeGreaterThan(20);
        expect([...fast.documents.keys()]).toEqual(SLA_FILES);
    });

    test('give every document the same diagnostics and the same semantic model', () => {
        const expected = results(langium);
        const actual = results(fast);
        for (const path of SLA_FILES) {
            expect(actual[path], path).toEqual(expected[path]);
        }
        // The comparison covers linking errors, checks and models, not only clean files.
        const codes = new Set([...fast.documents.values()].flatMap(document => (document.diagnostics ?? []).map(diagnostic => diagnostic.code)));
        expect(codes).toContain('undefined-term');
        expect(codes).toContain('duplicate-definition');
        expect([...fast.documents.values()].filter(document => fast.services.Sla.sla.ModelProvider.modelOf(document)).length).toBeGreaterThan(20);
    });

    test.each(SLA_FILES.map(path => [path.slice(root.length), path]))('%s: the same symbols, folding, tokens, hints, formatting and fixes', async (_name, path) => {
        expect(await documentFeatures(fast, path)).toEqual(await documentFeatures(langium, path));
    });

    test.each(SLA_FILES.map(path => [path.slice(root.length), path]))('%s: the same hover, definition, references, highlights and rename at every token', async (_name, path) => {
        const positions = tokenPositions(fast.documents.get(path)!);
        expect(positions.length).toBeGreaterThan(0);
        expect(await featuresAt(fast, path, positions)).toEqual(await featuresAt(langium, path, positions));
    });

    test.each(SLA_FILES.map(path => [path.slice(root.length), path]))('%s: the same completion at the start and end of every line, and at and inside every token', async (_name, path) => {
        const document = fast.documents.get(path)!;
        const positions = [...linePositions(document), ...tokenPositions(document), ...insideTokenPositions(document)];
        expect(await completionsAt(fast, path, positions)).toEqual(await completionsAt(langium, path, positions));
    });

    test('after each of a run of seeded edits, and after undoing it, the same diagnostics, models and features', async () => {
        const random = createRandom(20260315);
        const edited = SLA_FILES.filter(path => path.includes('/examples/') || path.endsWith('all-constructs.sla'));
        let updates = 0;
        let reparsed = 0;
        for (let round = 0; round < 60; round++) {
            const path = random.pick(edited);
            const original = FILES[path];
            const start = random.chance(0.5) ? compact(original) : original;
            const texts = start === original
                ? [randomEdit(original, random), original]
                : [start, random.chance(0.5) ? editBeforeBrace(start, random) : randomEdit(start, random), original];
            for (const text of texts) {
                const document = fast.documents.get(path)!;
                const before = { root: document.parseResult.value, text: document.textDocument.getText() };
                for (const side of [fast, langium]) {
                    side.services.fileSystem.set(path, text);
                    await side.services.shared.workspace.DocumentBuilder.update([side.documents.get(path)!.uri], []);
                }
                updates++;
                if (text !== before.text && document.parseResult.value === before.root) {
                    reparsed++;
                }
                const where = `round ${round}, ${path.slice(root.length)}:\n${text}`;
                expect(results(fast), where).toEqual(results(langium));
                expect(await documentFeatures(fast, path), where).toEqual(await documentFeatures(langium, path));
            }
        }
        console.log(`${updates} updates, ${reparsed} reparsed one block`);
        // Some updates kept the tree, so block reparse was among what was compared.
        expect(reparsed).toBeGreaterThan(50);
    }, 120_000);
});
