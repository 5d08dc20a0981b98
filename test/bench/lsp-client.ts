/**
 * Drives `sla-language-server --stdio` as a separate process through a real LSP client
 * (vscode-jsonrpc + vscode-languageserver-protocol), the way an editor does: the benchmark
 * and the cancellation test both use it.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CancellationTokenSource, createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import {
    DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification, InitializedNotification,
    InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest,
    type Diagnostic, type InitializeResult, type TextDocumentContentChangeEvent
} from 'vscode-languageserver-protocol';

/** The server's entry point, run from the built `packages/language/out`. */
export const SERVER_SCRIPT = fileURLToPath(new URL('../../packages/language/bin/server.js', import.meta.url));

export interface StartOptions {
    /** Extra Node flags, e.g. `--cpu-prof` to profile the server. */
    nodeArgs?: string[];
    /** Working directory of the server process (where `--cpu-prof` writes). */
    cwd?: string;
}

interface DiagnosticsWaiter {
    uri: string;
    resolve: (diagnostics: Diagnostic[]) => void;
}

export class LspServer {
    readonly connection: MessageConnection;
    /** The latest diagnostics the server published, by URI. */
    readonly diagnostics = new Map<string, Diagnostic[]>();
    /** Everything the server wrote to stderr, to explain a failure. */
    stderr = '';
    private waiters: DiagnosticsWaiter[] = [];
    private readonly diagnosticsListeners = new Set<(uri: string, diagnostics: Diagnostic[]) => void>();
    private exited = false;
    private readonly versions = new Map<string, number>();

    private constructor(readonly process: ChildProcessWithoutNullStreams) {
        process.stderr.on('data', chunk => { this.stderr += String(chunk); });
        process.on('exit', () => { this.exited = true; });
        this.connection = createMessageConnection(new StreamMessageReader(process.stdout), new StreamMessageWriter(process.stdin));
        this.connection.onNotification(PublishDiagnosticsNotification.type, params => {
            this.diagnostics.set(params.uri, params.diagnostics);
            this.diagnosticsListeners.forEach(listener => listener(params.uri, params.diagnostics));
            const ready = this.waiters.filter(waiter => waiter.uri === params.uri);
            this.waiters = this.waiters.filter(waiter => waiter.uri !== params.uri);
            ready.forEach(waiter => waiter.resolve(params.diagnostics));
        });
        // The server asks for configuration and registers watchers; an editor answers both.
        this.connection.onRequest((method, params) => {
            if (method === 'workspace/configuration') {
                const items = (params as { items?: unknown[] } | undefined)?.items ?? [];
                return items.map(() => null);
            }
            return null;
        });
        this.connection.onNotification(() => { /* log messages, progress, sla/modelsChanged */ });
        this.connection.listen();
    }

    /** Spawns the server with the same Node that runs this process (Node 22). */
    static start(options: StartOptions = {}): LspServer {
        const child = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER_SCRIPT, '--stdio'], {
            cwd: options.cwd,
            stdio: ['pipe', 'pipe', 'pipe']
        });
        return new LspServer(child);
    }

    get alive(): boolean {
        return !this.exited && this.process.exitCode === null;
    }

    /** `initialize` + `initialized`, optionally with a workspace folder the server indexes. */
    async initialize(rootUri?: string): Promise<InitializeResult> {
        const result = await this.connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri: rootUri ?? null,
            workspaceFolders: rootUri ? [{ uri: rootUri, name: 'bench' }] : null,
            capabilities: {
                workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
                textDocument: {
                    completion: { completionItem: { snippetSupport: true } },
                    hover: { contentFormat: ['markdown', 'plaintext'] },
                    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
                    publishDiagnostics: {}
                }
            }
        });
        await this.connection.sendNotification(InitializedNotification.type, {});
        return result;
    }

    /** Resolves with the next diagnostics the server publishes for `uri`. */
    nextDiagnostics(uri: string, timeoutMs = 60_000): Promise<Diagnostic[]> {
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`No diagnostics for ${uri} within ${timeoutMs} ms.\n${this.stderr}`)), timeoutMs);
            this.waiters.push({ uri, resolve: diagnostics => { clearTimeout(timer); resolve(diagnostics); } });
        });
    }

    /** Calls `listener` on every `publishDiagnostics`, until disposed. */
    onDiagnostics(listener: (uri: string, diagnostics: Diagnostic[]) => void): { dispose(): void } {
        this.diagnosticsListeners.add(listener);
        return { dispose: () => this.diagnosticsListeners.delete(listener) };
    }

    async open(uri: string, text: string): Promise<void> {
        this.versions.set(uri, 1);
        await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'sla', version: 1, text }
        });
    }

    async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<void> {
        const version = (this.versions.get(uri) ?? 1) + 1;
        this.versions.set(uri, version);
        await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version },
            contentChanges: changes
        });
    }

    /**
     * Sends a request and cancels it (`$/cancelRequest`) after `afterMs`. Settles with the
     * result, or with the error the server answered (normally RequestCancelled).
     */
    async requestAndCancel<R>(method: string, params: object, afterMs = 0): Promise<{ result?: R; error?: { code?: number; message: string } }> {
        const source = new CancellationTokenSource();
        const pending = this.connection.sendRequest<R>(method, params, source.token);
        setTimeout(() => source.cancel(), afterMs);
        try {
            return { result: await pending };
        } catch (error) {
            const { code, message } = error as { code?: number; message: string };
            return { error: { code, message } };
        } finally {
            source.dispose();
        }
    }

    /** Resident set size of the server process in bytes (Linux `/proc`). */
    rss(): number {
        const status = readFileSync(`/proc/${this.process.pid}/status`, 'utf8');
        const match = /VmRSS:\s+(\d+)\s+kB/.exec(status);
        return match ? Number(match[1]) * 1024 : NaN;
    }

    /** `shutdown` + `exit`, then waits for the process to end (killing it if it does not). */
    async stop(): Promise<void> {
        if (this.alive) {
            const ended = new Promise<void>(resolve => this.process.once('exit', () => resolve()));
            try {
                await Promise.race([this.connection.sendRequest(ShutdownRequest.type), delay(5000)]);
                await this.connection.sendNotification(ExitNotification.type);
            } catch {
                // The connection may already be gone; the kill below ends the process.
            }
            await Promise.race([ended, delay(5000)]);
            if (this.alive) {
                this.process.kill();
            }
        }
        this.connection.dispose();
    }
}

export function delay(ms: number): Promise<void> {
    return new Promise(resolve => setTimeout(resolve, ms));
}
