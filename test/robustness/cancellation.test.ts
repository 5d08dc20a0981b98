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

describe(`cancelling requests on a ${LINES}-line agreement`, () => {
    it('settles every cancelled request, and at least one as cancelled', async () => {
        const requests: [string, object][] = [
            ['textDocument/completion', { textDocument, position: positions.reference }],
            ['textDocument/completion', { textDocument, position: positions.mention }],
            ['textDocument/documentSymbol', { textDocument }],
            ['textDocument/references', { textDocument, position: positions.hoverReference, context: { includeDeclaration: true } }],
            ['textDocument/foldingRange', { textDocument }],
            ['textDocument/semanticTokens/full', { textDocument }],
            ['textDocument/codeLens', { textDocument }],
            ['sla/model', { uri }]
        ];
        const outcomes: string[] = [];
        let cancelled = 0;
        for (const afterMs of [0, 5, 50]) {
            for (const [method, params] of requests) {
                const start = performance.now();
                const outcome = await server.requestAndCancel(method, params, afterMs);
                const ms = performance.now() - start;
                expect(ms, `${method} took ${ms.toFixed(0)} ms to settle`).toBeLessThan(SETTLE_MS);
                if (outcome.error) {
                    // Cancelled, or (for a method with no provider) not handled: never a crash.
                    expect([...CANCELLED, ErrorCodes.MethodNotFound], `${method}: ${outcome.error.message}`).toContain(outcome.error.code);
                    cancelled += CANCELLED.has(outcome.error.code ?? 0) ? 1 : 0;
                }
                outcomes.push(`${method} +${afterMs}ms: ${outcome.error ? `error ${outcome.error.code}` : 'answered'} in ${ms.toFixed(0)} ms`);
            }
        }
        console.log(`cancellation: ${outcomes.length} requests cancelled, ${cancelled} answered as cancelled\n${outcomes.join('\n')}`);
        expect(cancelled).toBeGreaterThan(0);
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
