/**
 * What the robustness suites share: the examples, one set of services over an in-memory
 * copy of them (so imports and measurement CSVs resolve), and a runner that puts one text
 * through every feature an editor calls, reporting exceptions instead of throwing them.
 * Features are called through Langium's service interfaces, so whatever providers are
 * registered run; absent ones are skipped and counted.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { URI, type LangiumDocument } from 'langium';
import type { AgreementModel, CalendarDate } from 'sla-model';
import { calendarDate } from 'sla-model';
import type { CodeAction, Command, Diagnostic, Position, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { createTestServices, type TestServices } from '../helpers/sla-test-services.js';

export const EXAMPLES_FOLDER = fileURLToPath(new URL('../../examples/', import.meta.url));

/** Every file below `examples/`: `.sla` agreements and glossaries, CSV measurements. */
export function exampleFiles(): Map<string, string> {
    const files = new Map<string, string>();
    const walk = (folder: string) => {
        for (const name of readdirSync(folder)) {
            const path = join(folder, name);
            if (statSync(path).isDirectory()) {
                walk(path);
            } else if (/\.(sla|csv)$/.test(name)) {
                files.set(path, readFileSync(path, 'utf8'));
            }
        }
    };
    walk(EXAMPLES_FOLDER);
    return files;
}

export function exampleAgreements(): { path: string; text: string }[] {
    return [...exampleFiles()].filter(([path]) => path.endsWith('.sla')).map(([path, text]) => ({ path, text })).sort((a, b) => a.path.localeCompare(b.path));
}

/** The renderer's entry points, when the package exists and exports them. */
export interface Renderer {
    renderHtmlFragment?: (model: AgreementModel, options: { today: CalendarDate }) => string;
    renderMarkdown?: (model: AgreementModel, options: { today: CalendarDate }) => string;
}

export async function loadRenderer(): Promise<Renderer> {
    try {
        const name = 'sla-renderer';
        const module = await import(/* @vite-ignore */ name) as Renderer;
        return {
            renderHtmlFragment: typeof module.renderHtmlFragment === 'function' ? module.renderHtmlFragment : undefined,
            renderMarkdown: typeof module.renderMarkdown === 'function' ? module.renderMarkdown : undefined
        };
    } catch {
        return {};
    }
}

export const RENDER_TODAY = calendarDate(2026, 3, 15);

/**
 * Services with every example file in memory and the shared glossaries loaded as documents,
 * so a fuzzed agreement next to an example imports and reads what the example does.
 * Each `update` runs every check category, as `sla check` does.
 */
export async function createExampleServices(): Promise<TestServices> {
    const files = exampleFiles();
    const services = createTestServices(Object.fromEntries(files));
    const documents = services.shared.workspace.LangiumDocuments;
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const glossaries: LangiumDocument[] = [];
    for (const [path, text] of files) {
        if (path.endsWith('.sla') && /^\s*(\/\/[^\n]*\n\s*)*glossary\b/.test(text)) {
            const document = factory.fromString(text, URI.file(path));
            documents.addDocument(document);
            glossaries.push(document);
        }
    }
    await services.shared.workspace.DocumentBuilder.build(glossaries, { validation: true });
    services.shared.workspace.DocumentBuilder.updateBuildOptions = { validation: true };
    return services;
}

/** Puts `text` at `path` (in memory) and rebuilds it the way an edit does; returns the document. */
export async function setDocument(services: TestServices, path: string, text: string): Promise<LangiumDocument> {
    services.fileSystem.set(path, text);
    const uri = URI.file(path);
    await services.shared.workspace.DocumentBuilder.update([uri], []);
    return services.shared.workspace.LangiumDocuments.getDocument(uri)!;
}

/** A thrown error, or a check that failed inside Langium (which turns it into a diagnostic). */
export interface Failure {
    feature: string;
    message: string;
}

/** Runs `action`, turning an exception into a failure of `feature`. */
export async function guard<T>(failures: Failure[], feature: string, action: () => T | Promise<T>): Promise<T | undefined> {
    try {
        return await action();
    } catch (error) {
        failures.push({ feature, message: error instanceof Error ? `${error.message}\n${error.stack?.split('\n').slice(1, 4).join('\n')}` : String(error) });
        return undefined;
    }
}

/** Diagnostics that report a crashed check rather than a finding. */
export function crashedChecks(diagnostics: Diagnostic[]): Failure[] {
    return diagnostics
        .map(diagnostic => messageOf(diagnostic))
        .filter(message => /An error occurred/i.test(message))
        .map(message => ({ feature: 'check', message }));
}

/** A diagnostic's message as text (LSP 3.18 also allows Markdown content). */
export function messageOf(diagnostic: Diagnostic): string {
    return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

/** The edits a code action makes to `uri`, with snippet placeholders expanded to their defaults. */
export function editsFor(action: CodeAction | Command, uri: string): TextEdit[] {
    if (!('edit' in action) || !action.edit) {
        return [];
    }
    const edit: WorkspaceEdit = action.edit;
    const edits: TextEdit[] = [...(edit.changes?.[uri] ?? [])];
    for (const change of edit.documentChanges ?? []) {
        if ('textDocument' in change && change.textDocument.uri === uri) {
            for (const each of change.edits) {
                const snippet = (each as { snippet?: { value: string } }).snippet;
                edits.push(snippet ? { range: each.range, newText: expandSnippet(snippet.value) } : each as TextEdit);
            }
        }
    }
    return edits;
}

/** `${1:30} days` → `30 days`; `$0`, `${2}` → nothing; `\$` → `$`. */
export function expandSnippet(snippet: string): string {
    let text = snippet;
    for (let previous = ''; previous !== text;) {
        previous = text;
        text = text.replace(/\$\{\d+:([^{}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1');
    }
    return text.replace(/\$\{\d+\}|\$\d+/g, '').replace(/\\([$}\\])/g, '$1');
}

/** Applies LSP text edits to `text` (non-overlapping, as LSP requires), last first. */
export function applyEdits(text: string, edits: TextEdit[], offsetAt: (position: Position) => number): string {
    const sorted = edits
        .map(edit => ({ start: offsetAt(edit.range.start), end: offsetAt(edit.range.end), text: edit.newText }))
        .sort((a, b) => b.start - a.start || b.end - a.end);
    let result = text;
    for (const edit of sorted) {
        result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
    }
    return result;
}

export { createRandom, type Random } from '../helpers/random.js';

/** Seed and case count, overridable to reproduce a failure or to fuzz longer. */
export function fuzzSettings(defaultCases: number): { seed: number; cases: number } {
    const seed = Number(process.env.SLA_FUZZ_SEED ?? 0x5EED);
    const cases = Number(process.env.SLA_FUZZ_CASES ?? defaultCases);
    return { seed, cases };
}
