/**
 * Measurements through the language server process, as an editor sees them: cold start to
 * first diagnostics, one-character edits to fresh diagnostics, completion, hover and code
 * action latency, the preview's model request, memory, and indexing a whole workspace.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    CodeActionRequest, CompletionRequest, HoverRequest, ReferencesRequest, WorkspaceSymbolRequest,
    type Diagnostic, type Position
} from 'vscode-languageserver-protocol';
import { LspServer } from './lsp-client.js';
import { summarize, type Summary } from './statistics.js';

export interface DocumentFigures {
    coldStart: Summary;
    edit: Summary;
    completion: Summary;
    hover: Summary;
    codeAction: Summary;
    modelRequest: Summary;
    rssAfterOpen: number;
    diagnostics: number;
    /** How many completion items and non-empty hovers came back, to show the features ran. */
    completionItems: number;
    hoverAnswers: number;
    codeActions: number;
}

/** Where in a generated agreement the editor acts: a line in its middle service. */
export interface Positions {
    /** After `controlled by `: a party reference. */
    reference: Position;
    /** Right after the `[` of a term mention in prose. */
    mention: Position;
    /** At the start of a metric clause line: keywords. */
    keyword: Position;
    /** On a party name that a metric refers to. */
    hoverReference: Position;
    /** On a term mention in prose. */
    hoverMention: Position;
    /** Inside the prose of a description, where the one-character edit goes. */
    edit: Position;
}

export function positionsIn(text: string): Positions {
    const lines = text.split('\n');
    const middle = (pattern: string) => {
        const found = lines.flatMap((line, index) => line.includes(pattern) ? [index] : []);
        if (found.length === 0) {
            throw new Error(`The generated agreement has no line with '${pattern}'.`);
        }
        return found[Math.floor(found.length / 2)];
    };
    const control = middle('controlled by Provider');
    const description = middle('during [Business Hours]');
    const pace = middle('pace daily');
    const mentionAt = lines[description].indexOf('[Business Hours]');
    return {
        reference: { line: control, character: lines[control].indexOf('Provider') },
        mention: { line: description, character: mentionAt + 1 },
        keyword: { line: pace, character: lines[pace].indexOf('pace') },
        hoverReference: { line: control, character: lines[control].indexOf('Provider') + 2 },
        hoverMention: { line: description, character: mentionAt + 3 },
        edit: { line: description, character: lines[description].indexOf('Campaigns') + 'Campaigns'.length }
    };
}

/** Spawns a server, opens `text` and waits for its first diagnostics. */
async function startWithDocument(uri: string, text: string, nodeArgs: string[]): Promise<{ server: LspServer; ms: number; diagnostics: Diagnostic[] }> {
    const start = performance.now();
    const server = LspServer.start({ nodeArgs });
    await server.initialize();
    const first = server.nextDiagnostics(uri, 120_000);
    await server.open(uri, text);
    const diagnostics = await first;
    return { server, ms: performance.now() - start, diagnostics };
}

async function timed<T>(action: () => Promise<T>): Promise<{ ms: number; value: T }> {
    const start = performance.now();
    const value = await action();
    return { ms: performance.now() - start, value };
}

/** Samples a request `runs` times after `warmup` unmeasured ones; positions are cycled. */
async function sampleRequests<T>(runs: number, warmup: number, send: (run: number) => Promise<T>, onResult?: (value: T) => void): Promise<number[]> {
    for (let run = 0; run < warmup; run++) {
        await send(run);
    }
    const samples: number[] = [];
    for (let run = 0; run < runs; run++) {
        const { ms, value } = await timed(() => send(run));
        samples.push(ms);
        onResult?.(value);
    }
    return samples;
}

/** `nodeArgs` go to the server's Node, e.g. `--cpu-prof` to profile what is measured. */
export async function measureDocument(text: string, options: { coldStarts: number; runs: number; name: string; nodeArgs?: string[] }): Promise<DocumentFigures> {
    const nodeArgs = options.nodeArgs ?? [];
    const uri = pathToFileURL(join(tmpdir(), `sla-bench-${options.name}.sla`)).toString();
    const coldStarts: number[] = [];
    for (let index = 0; index < options.coldStarts - 1; index++) {
        const { server, ms } = await startWithDocument(uri, text, nodeArgs);
        coldStarts.push(ms);
        await server.stop();
    }
    const { server, ms, diagnostics } = await startWithDocument(uri, text, nodeArgs);
    coldStarts.push(ms);
    try {
        const rssAfterOpen = server.rss();
        const positions = positionsIn(text);
        const connection = server.connection;
        const textDocument = { uri };

        // One character typed, then deleted, alternately: each change must give fresh diagnostics.
        const edits = await sampleRequests(options.runs, 3, async run => {
            const insert = run % 2 === 0;
            const published = server.nextDiagnostics(uri);
            const at = positions.edit;
            await server.change(uri, [insert
                ? { range: { start: at, end: at }, text: 's' }
                : { range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' }]);
            return published;
        });

        let completionItems = 0;
        const completionAt = [positions.reference, positions.mention, positions.keyword];
        const completion = await sampleRequests(options.runs, 3,
            run => connection.sendRequest(CompletionRequest.type, { textDocument, position: completionAt[run % completionAt.length] }),
            result => { completionItems += Array.isArray(result) ? result.length : result?.items.length ?? 0; });

        let hoverAnswers = 0;
        const hoverAt = [positions.hoverReference, positions.hoverMention];
        const hover = await sampleRequests(options.runs, 3,
            run => connection.sendRequest(HoverRequest.type, { textDocument, position: hoverAt[run % hoverAt.length] }),
            result => { hoverAnswers += result ? 1 : 0; });

        // Code actions for the document's diagnostics, one diagnostic per request, as a light bulb asks.
        const current = server.diagnostics.get(uri) ?? [];
        const targets = current.length > 0 ? current : [{ range: { start: positions.edit, end: positions.edit }, message: '' } as Diagnostic];
        let codeActions = 0;
        const codeAction = await sampleRequests(options.runs, 3,
            run => {
                const diagnostic = targets[run % targets.length];
                return connection.sendRequest(CodeActionRequest.type, {
                    textDocument, range: diagnostic.range, context: { diagnostics: current.length > 0 ? [diagnostic] : [] }
                });
            },
            result => { codeActions += result?.length ?? 0; });

        const modelRequest = await sampleRequests(Math.max(3, Math.floor(options.runs / 2)), 2,
            () => connection.sendRequest('sla/model', { uri }));

        return {
            coldStart: summarize(coldStarts),
            edit: summarize(edits),
            completion: summarize(completion),
            hover: summarize(hover),
            codeAction: summarize(codeAction),
            modelRequest: summarize(modelRequest),
            rssAfterOpen,
            diagnostics: diagnostics.length,
            completionItems: Math.round(completionItems / options.runs),
            hoverAnswers,
            codeActions: Math.round(codeActions / options.runs)
        };
    } finally {
        await server.stop();
    }
}

export interface WorkspaceFigures {
    files: number;
    lines: number;
    /** How many fresh servers indexed the folder; the figures below are their median, RSS their largest. */
    indexRuns: number;
    /** Spawn to the `initialize` answer: the server's own start, before it reads any file. */
    startMs: number;
    /** From `initialized` until `workspace/symbol` lists every shared term: all files parsed and indexed. */
    symbolsMs: number;
    /** From `initialized` until `textDocument/references` on a shared term finds every mention: all files linked. */
    referencesMs: number;
    rssAfterIndex: number;
    /** With one agreement open from the start, as an editor restoring a tab: diagnostics for every file. */
    allDiagnosticsMs: number;
    rssAfterValidation: number;
    /** One-character edits in that open agreement, with the whole workspace loaded. */
    edit: Summary;
}

async function writeWorkspace(files: Map<string, string>): Promise<string> {
    const folder = await mkdtemp(join(tmpdir(), 'sla-bench-workspace-'));
    for (const [path, text] of files) {
        const target = join(folder, path);
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, text);
    }
    return folder;
}

/** Polls `request` until `done` accepts its answer; returns the time since `start`. */
async function until<T>(start: number, request: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 120_000): Promise<number> {
    for (;;) {
        const value = await request();
        if (done(value)) {
            return performance.now() - start;
        }
        if (performance.now() - start > timeoutMs) {
            throw new Error('The workspace was not indexed in time.');
        }
        await new Promise(resolve => setTimeout(resolve, 5));
    }
}

export async function measureWorkspace(files: Map<string, string>, sharedTerm: string, sharedTermCount: number, editRuns: number, indexRuns: number, nodeArgs: string[] = []): Promise<WorkspaceFigures> {
    const folder = await writeWorkspace(files);
    const rootUri = pathToFileURL(folder).toString();
    const glossary = files.get('glossary.sla')!;
    const glossaryUri = pathToFileURL(join(folder, 'glossary.sla')).toString();
    const termLine = glossary.split('\n').findIndex(line => line.includes(`term ${sharedTerm}`));
    const termPosition = { line: termLine, character: glossary.split('\n')[termLine].indexOf(sharedTerm) + 1 };
    const expectedReferences = [...files.entries()]
        .filter(([path]) => path !== 'glossary.sla')
        .reduce((count, [, text]) => count + text.split(sharedTerm).length - 1, 0);
    const lines = [...files.values()].reduce((count, text) => count + text.split('\n').length - 1, 0);
    try {
        // Index only: nothing open, as when a folder is opened. Indexing starts at `initialized`.
        // One run is one sample of a busy machine, so several fresh servers index the folder.
        const indexing: { startMs: number; symbolsMs: number; referencesMs: number; rss: number }[] = [];
        for (let run = 0; run < indexRuns; run++) {
            const spawned = performance.now();
            const server = LspServer.start({ nodeArgs });
            await server.initialize(rootUri);
            const start = performance.now();
            const symbolsMs = await until(start,
                () => server.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Company Term' }),
                symbols => (symbols?.length ?? 0) >= sharedTermCount);
            const referencesMs = await until(start,
                () => server.connection.sendRequest(ReferencesRequest.type, {
                    textDocument: { uri: glossaryUri }, position: termPosition, context: { includeDeclaration: false }
                }),
                locations => (locations?.length ?? 0) >= expectedReferences);
            indexing.push({ startMs: start - spawned, symbolsMs, referencesMs, rss: server.rss() });
            await server.stop();
        }
        const median = (values: number[]) => summarize(values).median;

        // One agreement open from the start: Langium then validates the whole workspace.
        const start = performance.now();
        const server = LspServer.start({ nodeArgs });
        await server.initialize(rootUri);
        const [firstPath, firstText] = [...files.entries()].find(([path]) => path !== 'glossary.sla')!;
        await server.open(pathToFileURL(join(folder, firstPath)).toString(), firstText);
        await until(start, async () => server.diagnostics.size, size => size >= files.size);
        const allDiagnosticsMs = performance.now() - start;
        const rssAfterValidation = server.rss();
        const openUri = pathToFileURL(join(folder, firstPath)).toString();
        const at = positionsIn(firstText).edit;
        const edits = await sampleRequests(editRuns, 3, async run => {
            const published = server.nextDiagnostics(openUri);
            await server.change(openUri, [run % 2 === 0
                ? { range: { start: at, end: at }, text: 's' }
                : { range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' }]);
            return published;
        });
        await server.stop();

        return {
            files: files.size,
            lines,
            indexRuns,
            startMs: median(indexing.map(run => run.startMs)),
            symbolsMs: median(indexing.map(run => run.symbolsMs)),
            referencesMs: median(indexing.map(run => run.referencesMs)),
            rssAfterIndex: Math.max(...indexing.map(run => run.rss)),
            allDiagnosticsMs,
            rssAfterValidation,
            edit: summarize(edits)
        };
    } finally {
        await rm(folder, { recursive: true, force: true });
    }
}
