/**
 * Cancellation against the real server process (`sla-language-server --stdio`, built
 * `packages/language/out`) on a 50,000-line agreement: completion, document symbols,
 * references, folding, semantic tokens and the preview's model request are cancelled with
 * `$/cancelRequest`, and a full rebuild is cancelled by the next edit. Every request
 * settles, the superseded build never publishes, and the server keeps answering: a hover
 * afterwards gives the same answer as before.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCodes, HoverRequest, LSPErrorCodes, type Hover } from 'vscode-languageserver-protocol';
import { generateAgreement } from '../bench/generate-agreements.js';
import { delay, LspServer, SERVER_SCRIPT } from '../bench/lsp-client.js';
import { positionsIn } from '../bench/server-bench.js';

const LINES = 50_000;
/** A cancelled request must settle well within this, even on a loaded machine. */
const SETTLE_MS = 20_000;

const text = generateAgreement(LINES, { name: 'Cancellation' });
const uri = pathToFileURL(join(tmpdir(), 'sla-cancellation-50k.sla')).toString();
const positions = positionsIn(text);
const textDocument = { uri };
let server: LspServer;
let hoverBefore: Hover | null;

const CANCELLED = new Set<number>([LSPErrorCodes.RequestCancelled, LSPErrorCodes.ServerCancelled]);

beforeAll(async () => {
    if (!existsSync(SERVER_SCRIPT.replace(/bin[\\/]server\.js$/, 'out/node/main.js'))) {
        throw new Error('The language server is not built: run `npm run build` first (npm test does).');
    }
    server = LspServer.start();
    await server.initialize();
    const first = server.nextDiagnostics(uri, 120_000);
    await server.open(uri, text);
    await first;
    hoverBefore = await server.connection.sendRequest(HoverRequest.type, { textDocument, position: positions.hoverReference });
}, 180_000);

afterAll(async () => {
    await server?.stop();
});

const REQUESTS: [string, object][] = [
    ['textDocument/completion', { textDocument, position: positions.reference }],
    ['textDocument/completion', { textDocument, position: positions.mention }],
    ['textDocument/hover', { textDocument, position: positions.hoverMention }],
    ['textDocument/documentSymbol', { textDocument }],
    ['textDocument/references', { textDocument, position: positions.hoverReference, context: { includeDeclaration: true } }],
    ['textDocument/foldingRange', { textDocument }],
    ['textDocument/semanticTokens/full', { textDocument }],
    ['textDocument/codeAction', { textDocument, range: { start: positions.edit, end: positions.edit }, context: { diagnostics: [] } }],
    ['textDocument/codeLens', { textDocument }],
    ['sla/model', { uri }]
];

/** Sends every request, cancels each after `afterMs`, and checks each settles without a crash. */
async function cancelAll(afterMs: number, log: string[]): Promise<number> {
    let cancelled = 0;
    await Promise.all(REQUESTS.map(async ([method, params]) => {
        const start = performance.now();
        const outcome = await server.requestAndCancel(method, params, afterMs);
        const ms = performance.now() - start;
        expect(ms, `${method} took ${ms.toFixed(0)} ms to settle`).toBeLessThan(SETTLE_MS);
        // A ResponseError of another vscode-jsonrpc copy than the server's is sent as a *result*
        // (`{ code: -32800 }`): Langium and vscode-languageserver must share one copy.
        const result = outcome.result as { code?: unknown } | null | undefined;
        expect(typeof result === 'object' && result !== null && typeof result.code === 'number',
            `${method} answered an error as a result: ${JSON.stringify(result)}; vscode-jsonrpc is installed twice`).toBe(false);
        if (outcome.error) {
            // Cancelled, or (for a method with no provider) not handled: never a crash.
            expect([...CANCELLED, ErrorCodes.MethodNotFound], `${method}: ${outcome.error.message}`).toContain(outcome.error.code);
            cancelled += CANCELLED.has(outcome.error.code ?? 0) ? 1 : 0;
        }
        log.push(`${method} +${afterMs} ms: ${outcome.error ? `error ${outcome.error.code}` : 'answered'} in ${ms.toFixed(0)} ms`);
    }));
    return cancelled;
}

describe(`cancelling requests on a ${LINES}-line agreement`, () => {
    it('settles requests cancelled on an idle server', async () => {
        const log: string[] = [];
        for (const afterMs of [0, 5, 50]) {
            await cancelAll(afterMs, log);
        }
        console.log(`cancellation (idle server): ${log.length} requests cancelled and settled\n${log.join('\n')}`);
        expect(server.alive).toBe(true);
    }, 240_000);

    it('answers requests cancelled while an edit rebuilds the document as cancelled', async () => {
        const log: string[] = [];
        let cancelled = 0;
        const at = positions.edit;
        for (const [index, afterMs] of [0, 20].entries()) {
            // Typed, then undone: each edit rebuilds all 50k lines, and the requests wait for it.
            const rebuilt = server.nextDiagnostics(uri, 180_000);
            await server.change(uri, [index === 0
                ? { range: { start: at, end: at }, text: 'x' }
                : { range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' }]);
            cancelled += await cancelAll(afterMs, log);
            await rebuilt;
        }
        console.log(`cancellation (during a rebuild): ${log.length} requests, ${cancelled} answered as cancelled\n${log.join('\n')}`);
        expect(cancelled).toBeGreaterThanOrEqual(REQUESTS.length);
        expect(server.alive).toBe(true);
    }, 240_000);

    it('cancels a full rebuild when the next edit arrives, and publishes only the last', async () => {
        const baseline = server.diagnostics.get(uri)?.length;
        const at = positions.edit;
        let publications = 0;
        const listener = server.onDiagnostics(published => {
            publications += published === uri ? 1 : 0;
        });
        try {
            const final = server.nextDiagnostics(uri, 180_000);
            // Typed, then undone 50 ms later: the first rebuild of 50k lines is still running.
            await server.change(uri, [{ range: { start: at, end: at }, text: 'x' }]);
            await delay(50);
            await server.change(uri, [{ range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' }]);
            const diagnostics = await final;
            await delay(500);
            expect(diagnostics.length).toBe(baseline);
            expect(publications, 'the superseded rebuild published diagnostics').toBe(1);
        } finally {
            listener.dispose();
        }
    }, 240_000);

    it('keeps answering: a hover afterwards gives the same answer as before', async () => {
        const hoverAfter = await server.connection.sendRequest(HoverRequest.type, { textDocument, position: positions.hoverReference });
        expect(hoverBefore).not.toBeNull();
        expect(hoverAfter).toEqual(hoverBefore);
        expect(server.alive).toBe(true);
    }, 60_000);
});
