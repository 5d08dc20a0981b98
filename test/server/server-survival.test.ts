/**
 * The language server survives hostile input (issue #15): it is spawned as shipped, in a
 * workspace holding a file of 200,000 comment lines and agreements whose measurements are a
 * pipe and `/dev/zero`; then it is sent the shapes that made it hang or exit: opening such
 * files, a non-`sla` document, a numeric text, watcher events for files that are gone, bursts
 * of open and close of files not on disk, a request with malformed parameters. After all of
 * them it still answers, and still publishes diagnostics. Limits are wide: nothing is timed.
 */
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import {
    DidChangeWatchedFilesNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification, DocumentSymbolRequest,
    ExitNotification, FileChangeType, HoverRequest, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest
} from 'vscode-languageserver-protocol';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SERVER = join(ROOT, 'packages/language/bin/server.js');
const MEASURED = readFileSync(join(ROOT, 'test/fixtures/diagnostics/invalid-measurements.sla'), 'utf8');
const COMMENTS = 'glossary Notes {\n}\n' + '// comment line\n'.repeat(200_000);

let folder: string;
let server: ChildProcessWithoutNullStreams;
let connection: MessageConnection;
const diagnostics = new Map<string, Diagnostic[]>();
const published: Array<() => void> = [];
let exited: number | null | undefined;
let stderr = '';

const uriOf = (name: string) => pathToFileURL(join(folder, name)).toString();

async function diagnosticsOf(uri: string): Promise<Diagnostic[]> {
    while (!diagnostics.has(uri)) {
        await new Promise<void>(resolve => published.push(resolve));
    }
    return diagnostics.get(uri)!;
}

function send(method: string, params: unknown): void {
    void connection.sendNotification(method, params);
}

beforeAll(async () => {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-b', join(ROOT, 'packages/language/tsconfig.json')], { cwd: ROOT });
    folder = mkdtempSync(join(tmpdir(), 'sla-survival-'));
    writeFileSync(join(folder, 'comments.sla'), COMMENTS);
    writeFileSync(join(folder, 'pipe.sla'), MEASURED.replace('invalid-measurements.csv', 'pipe.csv'));
    writeFileSync(join(folder, 'zero.sla'), MEASURED.replace('invalid-measurements.csv', '/dev/zero'));
    execFileSync('mkfifo', [join(folder, 'pipe.csv'), join(folder, 'fifo.sla')]);

    server = spawn(process.execPath, [SERVER, '--stdio'], { cwd: folder });
    server.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    server.on('exit', code => { exited = code; });
    connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    connection.onNotification(PublishDiagnosticsNotification.type, (params: PublishDiagnosticsParams) => {
        diagnostics.set(params.uri, params.diagnostics);
        published.splice(0).forEach(resolve => resolve());
    });
    connection.listen();
    const folderUri = pathToFileURL(folder).toString();
    await connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: folderUri,
        workspaceFolders: [{ uri: folderUri, name: 'hostile' }],
        capabilities: { textDocument: { hover: { contentFormat: ['markdown'] }, publishDiagnostics: {} }, workspace: { didChangeWatchedFiles: { dynamicRegistration: false } } }
    });
    await connection.sendNotification(InitializedNotification.type, {});
}, 120_000);

afterAll(async () => {
    if (connection && exited === undefined) {
        await connection.sendRequest(ShutdownRequest.type);
        await connection.sendNotification(ExitNotification.type);
        connection.dispose();
    }
    if (server && server.exitCode === null && exited === undefined) {
        await new Promise(resolve => server.once('exit', resolve));
    }
    if (folder) {
        rmSync(folder, { recursive: true, force: true });
    }
});

describe('the language server under hostile input', () => {
    test('reads the workspace: the measurements that are a pipe and a device are refused in a diagnostic each', async () => {
        send(DidOpenTextDocumentNotification.method, { textDocument: { uri: uriOf('pipe.sla'), languageId: 'sla', version: 1, text: MEASURED.replace('invalid-measurements.csv', 'pipe.csv') } });
        const messages = (await diagnosticsOf(uriOf('pipe.sla'))).map(diagnostic => diagnostic.message);
        expect(messages).toEqual(["Measurements file 'pipe.csv': 'pipe.csv' is a pipe, not a file: only regular files are read."]);
    }, 120_000);

    test('after every hostile shape it still answers requests and publishes diagnostics', async () => {
        const gone = uriOf('gone.sla');
        send(DidOpenTextDocumentNotification.method, { textDocument: { uri: uriOf('comments.sla'), languageId: 'sla', version: 1, text: COMMENTS } });
        send(DidOpenTextDocumentNotification.method, { textDocument: { uri: uriOf('notes.txt'), languageId: 'plaintext', version: 1, text: 'not an agreement' } });
        send(DidOpenTextDocumentNotification.method, { textDocument: { uri: uriOf('number.sla'), languageId: 'sla', version: 1, text: 42 } });
        send(DidOpenTextDocumentNotification.method, { textDocument: { uri: uriOf('fifo.sla'), languageId: 'sla', version: 1, text: 'glossary F {}' } });
        send(DidChangeWatchedFilesNotification.method, { changes: [{ uri: gone, type: FileChangeType.Created }, { uri: gone, type: FileChangeType.Changed }, { uri: uriOf('fifo.sla'), type: FileChangeType.Changed }] });
        send(DidChangeWatchedFilesNotification.method, { changes: 'malformed' });
        send(DidOpenTextDocumentNotification.method, {});
        for (let index = 0; index < 50; index++) {
            const uri = uriOf(`burst-${index % 5}.sla`);
            send(DidOpenTextDocumentNotification.method, { textDocument: { uri, languageId: 'sla', version: index, text: 'glossary B { term [X] = "x" }' } });
            send(DidCloseTextDocumentNotification.method, { textDocument: { uri } });
        }
        // A request that fails is answered with an error, and the server goes on.
        await expect(connection.sendRequest(HoverRequest.method, {})).rejects.toThrow("Cannot read properties of undefined (reading 'uri')");
        await expect(connection.sendRequest(HoverRequest.method, { textDocument: { uri: uriOf('notes.txt') }, position: { line: 0, character: 0 } })).rejects.toThrow('No document found');

        const probe = uriOf('probe.sla');
        send(DidOpenTextDocumentNotification.method, { textDocument: { uri: probe, languageId: 'sla', version: 1, text: 'glossary P {\n    term [A] = "Mentions [Nothing]."\n}\n' } });
        expect((await diagnosticsOf(probe)).map(diagnostic => diagnostic.code)).toEqual(['undefined-term']);
        const symbols = await connection.sendRequest(DocumentSymbolRequest.method, { textDocument: { uri: uriOf('comments.sla') } }) as Array<{ name: string }>;
        expect(symbols.map(symbol => symbol.name)).toEqual(['Notes']);
        expect(exited).toBeUndefined();
        expect(stderr).not.toMatch(/Maximum call stack|RangeError/);
    }, 180_000);
});
