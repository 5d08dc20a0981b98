import type { LangiumDocument } from 'langium';
import { expect } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { IssueCode } from 'sla-language';
import type { TestServices } from '../../helpers/sla-test-services.js';
import { checkDocument, createTestServices } from '../../helpers/sla-test-services.js';

/** Formats a checked document and returns the formatted text. */
export async function formatText(document: LangiumDocument, services: TestServices): Promise<string> {
    const edits = await services.Sla.lsp.Formatter!.formatDocument(document, {
        textDocument: { uri: document.uri.toString() },
        options: { tabSize: 4, insertSpaces: true }
    });
    return TextDocument.applyEdits(document.textDocument, edits);
}

export interface QuickFixResult {
    /** The text after the chosen fix. */
    fixed: string;
    /** The titles of every fix offered for the diagnostic. */
    titles: string[];
    action: CodeAction;
    /** The diagnostics of the fixed text. */
    after: Diagnostic[];
}

let counter = 0;

/**
 * In the spirit of Langium's `testCodeAction`: checks `text`, takes its diagnostic with
 * `code` (the `index`-th when there are several), asks for its quick-fixes, applies the one
 * titled `title` (else the preferred one) and checks the result again. Asserts what every fix
 * promises: the fixed text parses, that diagnostic is gone, and the inserted text is
 * formatted (formatting the result changes nothing).
 */
export async function applyQuickFix(text: string, code: IssueCode, options: {
    title?: string;
    index?: number;
    files?: Record<string, string>;
    path?: string;
} = {}): Promise<QuickFixResult> {
    const path = options.path ?? `/work/quick-fix-${++counter}.sla`;
    const services = createTestServices(options.files);
    const { document, diagnostics } = await checkDocument(text, { services, files: options.files, path });
    const relevant = diagnostics.filter(diagnostic => diagnostic.code === code);
    expect(relevant.length, `no '${code}' diagnostic in:\n${diagnostics.map(d => `${d.code}: ${d.message}`).join('\n')}`).toBeGreaterThan(0);
    const diagnostic = relevant[options.index ?? 0];
    const actions = (await services.Sla.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.textDocument.uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] }
    }) ?? []) as CodeAction[];
    const titles = actions.map(action => action.title);
    const action = options.title === undefined
        ? actions.find(candidate => candidate.isPreferred)
        : actions.find(candidate => candidate.title === options.title);
    expect(action, `no fix ${options.title ?? '(preferred)'} among ${JSON.stringify(titles)}`).toBeDefined();
    expect(action!.diagnostics).toEqual([diagnostic]);
    const edits = action!.edit?.changes?.[document.textDocument.uri] ?? [];
    const fixed = TextDocument.applyEdits(document.textDocument, edits);

    const checked = await checkDocument(fixed, { files: options.files, path });
    expect(checked.diagnostics.filter(after => after.code === 'syntax-error').map(after => after.message)).toEqual([]);
    // One fix may clear several findings (marking a third party involved clears each use of it).
    expect(checked.diagnostics.filter(after => after.code === code).length).toBeLessThan(relevant.length);
    expect(await formatText(checked.document, checked.services)).toBe(fixed);
    return { fixed, titles, action: action!, after: checked.diagnostics };
}

/** `text` with `<|>` removed, and the offset where it was. */
export function cursor(text: string): { text: string; offset: number } {
    const offset = text.indexOf('<|>');
    expect(offset).toBeGreaterThanOrEqual(0);
    return { text: text.replace('<|>', ''), offset };
}
