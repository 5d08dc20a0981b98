import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { CodeAction, CompletionList, Diagnostic, Hover, PublishDiagnosticsParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import {
    CodeActionRequest, CompletionRequest, DidOpenTextDocumentNotification, DocumentFormattingRequest, ExitNotification,
    HoverRequest, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, RenameRequest, ShutdownRequest
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * `sla-language-server --stdio` as an editor without a plugin runs it: a separate process
 * spoken to over JSON-RPC with the standard LSP client library. The test builds the language
 * package first, so it runs the server as shipped (`packages/language/bin/server.js` → `out/`).
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SERVER = join(ROOT, 'packages/language/bin/server.js');

const GLOSSARY = `glossary Common "Common terms" {
    term [Business Day] aka [Business Days] = "Monday to Friday, except public holidays."
}
`;

const AGREEMENT = `import "common.sla"

agreement Support "IT support" {
    kind external
    period 2026-01-01 to 2026-12-31

    party Acme "Acme IT" provider
    party Shop "Shop Ltd" customer

    service Desk "Service desk" {
        provided by Acme to Shop
        description "Answers within one [Business Day]."
        metric Resolved "Tickets resolved" {
            counts "tickets"
            target >= 300 per month
            measured by "Desk report" every day
            controlled by Acme
        }
    }

    exclusions {
        "Hardware repairs."
    }

    termination {
        notice 30 days by either party
    }
}
`;

let folder: string;
let server: ChildProcessWithoutNullStreams;
let connection: MessageConnection;
let agreementUri: string;
let glossaryUri: string;
const diagnostics = new Map<string, Diagnostic[]>();
const published: Array<() => void> = [];

/** The diagnostics the server publishes for a document, waiting for them when needed. */
async function diagnosticsOf(uri: string): Promise<Diagnostic[]> {
    while (!diagnostics.has(uri)) {
        await new Promise<void>(resolve => published.push(resolve));
    }
    return diagnostics.get(uri)!;
}

function open(uri: string, text: string): void {
    void connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'sla', version: 1, text } });
}

/** The offset of the n-th occurrence of `text` in the agreement, as a position. */
function positionOf(text: string, shift = 0) {
    return TextDocument.create(agreementUri, 'sla', 1, AGREEMENT).positionAt(AGREEMENT.indexOf(text) + shift);
}

beforeAll(async () => {
    // The server runs from the build output: build the language package as `npm test` does.
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-b', join(ROOT, 'packages/language/tsconfig.json')], { cwd: ROOT });
    folder = mkdtempSync(join(tmpdir(), 'sla-server-'));
    writeFileSync(join(folder, 'common.sla'), GLOSSARY);
    writeFileSync(join(folder, 'support.sla'), AGREEMENT);
    agreementUri = pathToFileURL(join(folder, 'support.sla')).toString();
    glossaryUri = pathToFileURL(join(folder, 'common.sla')).toString();

    server = spawn(process.execPath, [SERVER, '--stdio'], { cwd: folder });
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
        workspaceFolders: [{ uri: folderUri, name: 'agreements' }],
        capabilities: {
            textDocument: {
                completion: { completionItem: { snippetSupport: true } },
                hover: { contentFormat: ['markdown'] },
                codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
                rename: {},
                formatting: {},
                publishDiagnostics: {}
            }
        }
    });
    await connection.sendNotification(InitializedNotification.type, {});
    open(agreementUri, AGREEMENT);
}, 60_000);

afterAll(async () => {
    if (connection) {
        await connection.sendRequest(ShutdownRequest.type);
        await connection.sendNotification(ExitNotification.type);
        connection.dispose();
    }
    if (server && server.exitCode === null) {
        await new Promise(resolve => server.once('exit', resolve));
    }
    if (folder) {
        rmSync(folder, { recursive: true, force: true });
    }
});

describe('sla-language-server --stdio', () => {

    test('publishes the diagnostics of an opened agreement, each with its code', async () => {
        const received = await diagnosticsOf(agreementUri);
        expect(received.map(diagnostic => [diagnostic.code, diagnostic.severity, diagnostic.range, diagnostic.message])).toEqual([[
            'missing-review',
            2,
            { start: { line: 2, character: 10 }, end: { line: 2, character: 17 } },
            'Agreement \'Support\' has no review. Add `review every year with <Provider>, <Customer>` to leave room for regular reviews and changes.'
        ]]);
        // The server found the page beside it in the checkout and links the code to its section.
        expect(received[0].codeDescription?.href).toMatch(/^file:\/\/\/.*\/docs\/diagnostics\.md#missing-review$/);
    });

    test('completes a term mention from the imported glossary file', async () => {
        const list = await connection.sendRequest(CompletionRequest.type, {
            textDocument: { uri: agreementUri },
            position: positionOf('[Business Day]', 3)
        }) as CompletionList;
        expect(list.items.map(item => [item.label, item.detail, item.textEdit])).toEqual([
            ['[Business Day]', 'Term (common.sla)', { range: { start: { line: 11, character: 41 }, end: { line: 11, character: 54 } }, newText: 'Business Day]' }],
            ['[Business Days]', 'Alias of [Business Day] (common.sla)', { range: { start: { line: 11, character: 41 }, end: { line: 11, character: 54 } }, newText: 'Business Days]' }]
        ]);
    });

    test('completes the parties after provided by', async () => {
        const list = await connection.sendRequest(CompletionRequest.type, {
            textDocument: { uri: agreementUri },
            position: positionOf('Acme to Shop')
        }) as CompletionList;
        expect(list.items.map(item => [item.label, item.detail])).toEqual([
            ['Acme', 'Party: provider — Acme IT'],
            ['Shop', 'Party: customer — Shop Ltd']
        ]);
    });

    test('hovers a term with its definition and the file that defines it', async () => {
        const hover = await connection.sendRequest(HoverRequest.type, {
            textDocument: { uri: agreementUri },
            position: positionOf('[Business Day]', 2)
        }) as Hover;
        expect(hover.contents).toEqual({
            kind: 'markdown',
            value: '**[Business Day]** (also [Business Days])\n\nMonday to Friday, except public holidays.\n\n*Defined in `common.sla` (glossary Common), line 2.*'
        });
    });

    test('offers the quick-fix for a missing review', async () => {
        const received = await diagnosticsOf(agreementUri);
        const actions = await connection.sendRequest(CodeActionRequest.type, {
            textDocument: { uri: agreementUri },
            range: received[0].range,
            context: { diagnostics: received }
        }) as CodeAction[];
        expect(actions).toEqual([{
            title: 'Add a yearly review',
            kind: 'quickfix',
            diagnostics: received,
            isPreferred: true,
            edit: {
                changes: {
                    [agreementUri]: [{
                        range: { start: { line: 22, character: 5 }, end: { line: 22, character: 5 } },
                        newText: '\n\n    review every year with Acme, Shop'
                    }]
                }
            }
        }]);
    });

    test('renames a shared term in the glossary file and in the agreement', async () => {
        const edit = await connection.sendRequest(RenameRequest.type, {
            textDocument: { uri: agreementUri },
            position: positionOf('[Business Day]', 5),
            newName: 'Working Day'
        }) as WorkspaceEdit;
        expect(edit.changes).toEqual({
            [glossaryUri]: [{ range: { start: { line: 1, character: 9 }, end: { line: 1, character: 23 } }, newText: '[Working Day]' }],
            [agreementUri]: [{ range: { start: { line: 11, character: 40 }, end: { line: 11, character: 54 } }, newText: '[Working Day]' }]
        });
    });

    test('formats a document', async () => {
        const uri = pathToFileURL(join(folder, 'draft.sla')).toString();
        const text = 'agreement Draft {\nkind internal    period 2026-01-01 to 2026-12-31\n  party Acme "Acme IT" provider{ representative "Dana Lee" as "Service Level Manager" }\n}\n';
        open(uri, text);
        await diagnosticsOf(uri);
        const edits = await connection.sendRequest(DocumentFormattingRequest.type, {
            textDocument: { uri },
            options: { tabSize: 4, insertSpaces: true }
        }) as TextEdit[];
        expect(TextDocument.applyEdits(TextDocument.create(uri, 'sla', 1, text), edits)).toBe(
            'agreement Draft {\n    kind internal\n    period 2026-01-01 to 2026-12-31\n    party Acme "Acme IT" provider {\n        representative "Dana Lee" as "Service Level Manager"\n    }\n}\n'
        );
    });
});
