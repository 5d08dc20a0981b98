/**
 * Puts one built document through every editor feature, as an editor would call them
 * while the user types: completion, hover, go to definition, references, rename,
 * highlights, outline, folding, semantic tokens, inlay hints, formatting, code actions for
 * every diagnostic, and the preview (model, HTML, Markdown). Exceptions become failures.
 */
import type { LangiumDocument } from 'langium';
import type { Position } from 'vscode-languageserver-types';
import type { TestServices } from '../helpers/sla-test-services.js';
import { crashedChecks, guard, RENDER_TODAY, type Failure, type Renderer } from './harness.js';

const FORMATTING_OPTIONS = { tabSize: 4, insertSpaces: true };

/** Names of the features that ran at least once, to report which providers exist. */
export const featuresRun = new Set<string>();
/** Total and slowest milliseconds per feature, to see where a slow case spends its time. */
export const featureTimes = new Map<string, { total: number; slowest: number }>();

export function recordTime(feature: string, ms: number): void {
    const times = featureTimes.get(feature) ?? { total: 0, slowest: 0 };
    times.total += ms;
    times.slowest = Math.max(times.slowest, ms);
    featureTimes.set(feature, times);
}

export async function runFeatures(services: TestServices, document: LangiumDocument, positions: Position[], renderer: Renderer): Promise<Failure[]> {
    const failures: Failure[] = [...crashedChecks(document.diagnostics ?? [])];
    const lsp = services.Sla.lsp;
    const textDocument = { uri: document.uri.toString() };
    const run = async (feature: string, action: (() => unknown) | undefined) => {
        if (action) {
            featuresRun.add(feature);
            const start = performance.now();
            await guard(failures, feature, action);
            recordTime(feature, performance.now() - start);
        }
    };

    for (const position of positions) {
        const params = { textDocument, position };
        const completion = lsp.CompletionProvider;
        await run('completion', completion && (() => completion.getCompletion(document, params)));
        const hover = lsp.HoverProvider;
        await run('hover', hover && (() => hover.getHoverContent(document, params)));
        const definition = lsp.DefinitionProvider;
        await run('definition', definition && (() => definition.getDefinition(document, params)));
        const references = lsp.ReferencesProvider;
        await run('references', references && (() => references.findReferences(document, { ...params, context: { includeDeclaration: true } })));
        const highlight = lsp.DocumentHighlightProvider;
        await run('highlight', highlight && (() => highlight.getDocumentHighlight(document, params)));
        const rename = lsp.RenameProvider;
        await run('prepare rename', rename && (() => rename.prepareRename(document, params)));
        await run('rename', rename && (() => rename.rename(document, { ...params, newName: 'Renamed' })));
    }

    const symbols = lsp.DocumentSymbolProvider;
    await run('document symbols', symbols && (() => symbols.getSymbols(document, { textDocument })));
    const folding = lsp.FoldingRangeProvider;
    await run('folding', folding && (() => folding.getFoldingRanges(document, { textDocument })));
    const tokens = lsp.SemanticTokenProvider;
    await run('semantic tokens', tokens && (() => tokens.semanticHighlight(document, { textDocument })));
    const end = document.textDocument.positionAt(document.textDocument.getText().length);
    const inlay = lsp.InlayHintProvider;
    await run('inlay hints', inlay && (() => inlay.getInlayHints(document, { textDocument, range: { start: { line: 0, character: 0 }, end } })));
    const formatter = lsp.Formatter;
    await run('formatting', formatter && (() => formatter.formatDocument(document, { textDocument, options: FORMATTING_OPTIONS })));

    const actions = lsp.CodeActionProvider;
    for (const diagnostic of document.diagnostics ?? []) {
        await run('code actions', actions && (() => actions.getCodeActions(document, { textDocument, range: diagnostic.range, context: { diagnostics: [diagnostic] } })));
    }

    const model = await guard(failures, 'model', () => services.Sla.sla.ModelProvider.modelOf(document));
    if (model) {
        const html = renderer.renderHtmlFragment;
        await run('render HTML', html && (() => html(model, { today: RENDER_TODAY })));
        const markdown = renderer.renderMarkdown;
        await run('render Markdown', markdown && (() => markdown(model, { today: RENDER_TODAY })));
    }
    return failures;
}
