import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SlaExtensionApi } from '../../packages/extension/src/activate-features.js';
import type { ExtensionTest } from './harness.js';
import { waitFor } from './harness.js';

/**
 * The extension's features through VS Code's API, in a workspace holding a copy of examples/
 * and broken.sla (an undefined term, no termination clause). The tests run in order and
 * restore what they change.
 */
const EXTENSION_ID = 'sla-studio.sla-studio';

function workspaceFile(...path: string[]): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the tests need a workspace folder');
    return vscode.Uri.joinPath(folder.uri, ...path);
}

const broken = () => workspaceFile('broken.sla');
const salesMarketing = () => workspaceFile('sales-marketing', 'sales-marketing.sla');

function codeOf(diagnostic: vscode.Diagnostic): string {
    const code = diagnostic.code;
    return typeof code === 'object' ? String(code.value) : String(code);
}

function codesOf(uri: vscode.Uri): string[] {
    return vscode.languages.getDiagnostics(uri).map(codeOf);
}

function positionOf(document: vscode.TextDocument, needle: string, offset = 0): vscode.Position {
    const index = document.getText().indexOf(needle);
    assert.ok(index >= 0, `"${needle}" is not in ${document.uri.path}`);
    return document.positionAt(index + offset);
}

async function api(): Promise<SlaExtensionApi> {
    const extension = vscode.extensions.getExtension<SlaExtensionApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    const exports = await extension.activate();
    await exports.started;
    return exports;
}

/** Undoes the edits of a test: the file as it is on disk. */
async function revert(uri: vscode.Uri): Promise<void> {
    await vscode.window.showTextDocument(uri);
    await vscode.commands.executeCommand('workbench.action.files.revert');
}

export const SLA_EXTENSION_TESTS: ExtensionTest[] = [
    {
        name: 'activates and starts its language server',
        async run() {
            const exports = await api();
            assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive);
            assert.ok(exports.client.isRunning(), 'the language client runs');
        }
    },
    {
        name: 'reports a broken agreement\'s findings with their codes',
        async run() {
            await vscode.window.showTextDocument(broken());
            const codes = await waitFor(() => {
                const found = codesOf(broken());
                return found.includes('undefined-term') && found.includes('missing-termination') && found;
            }, 'undefined-term and missing-termination on broken.sla');
            const undefinedTerm = vscode.languages.getDiagnostics(broken()).find(diagnostic => codeOf(diagnostic) === 'undefined-term')!;
            assert.equal(undefinedTerm.source, 'sla');
            assert.equal(undefinedTerm.severity, vscode.DiagnosticSeverity.Error);
            const document = await vscode.workspace.openTextDocument(broken());
            assert.equal(document.getText(undefinedTerm.range), '[Uptime Window]');
            assert.ok(codes.length >= 2);
            // The code links to its section of the diagnostics page shipped in the .vsix.
            const target = (undefinedTerm.code as { target?: vscode.Uri }).target;
            assert.ok(target, 'the code of undefined-term links to its documentation');
            assert.equal(target.fragment, 'undefined-term');
            assert.match(target.path, /\/dist\/docs\/diagnostics\.md$/);
            await vscode.workspace.fs.stat(target.with({ fragment: '' }));
        }
    },
    {
        name: 'completes keywords and clause snippets from the server',
        async run() {
            const file = workspaceFile('completion.sla');
            await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('agreement Draft "Draft" {\n    ter\n}\n'));
            try {
                const document = await vscode.workspace.openTextDocument(file);
                await vscode.window.showTextDocument(document);
                const list = await waitFor(async () => {
                    const result = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(1, 7));
                    return result.items.some(item => item.kind === vscode.CompletionItemKind.Keyword) && result;
                }, 'keyword completions');
                const label = (item: vscode.CompletionItem) => typeof item.label === 'string' ? item.label : item.label.label;
                const termination = list.items.filter(item => label(item) === 'termination');
                assert.ok(termination.some(item => item.kind === vscode.CompletionItemKind.Keyword), 'the keyword termination');
                assert.ok(list.items.some(item => item.kind === vscode.CompletionItemKind.Snippet), 'a clause snippet');
                await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
            } finally {
                await vscode.workspace.fs.delete(file);
            }
        }
    },
    {
        name: 'shows a term\'s definition on hover',
        async run() {
            const document = await vscode.workspace.openTextDocument(salesMarketing());
            const position = positionOf(document, '[Qualified Leads] so that', 3);
            const text = await waitFor(async () => {
                const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
                const contents = hovers.flatMap(hover => hover.contents).map(content => typeof content === 'string' ? content : content.value).join('\n');
                return contents.includes('activity score') && contents;
            }, 'a hover with the definition of Qualified Lead');
            assert.match(text, /Qualified Lead/);
        }
    },
    {
        name: 'fixes an undefined term with a quick-fix',
        async run() {
            const document = await vscode.workspace.openTextDocument(broken());
            await vscode.window.showTextDocument(document);
            const diagnostic = await waitFor(() => vscode.languages.getDiagnostics(broken()).find(found => codeOf(found) === 'undefined-term'), 'the undefined-term diagnostic');
            const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
            const define = actions.find(action => /^Define \[Uptime Window\]/.test(action.title));
            assert.ok(define?.edit, `a "Define [Uptime Window]" fix among: ${actions.map(action => action.title).join('; ')}`);
            assert.ok(await vscode.workspace.applyEdit(define.edit));
            await waitFor(() => !codesOf(broken()).includes('undefined-term'), 'undefined-term gone after the fix');
            assert.match(document.getText(), /term \[Uptime Window\]/);
            await revert(broken());
            await waitFor(() => codesOf(broken()).includes('undefined-term'), 'undefined-term back after reverting');
        }
    },
    {
        name: 'takes the sla.* settings to the server',
        async run() {
            const configuration = vscode.workspace.getConfiguration('sla');
            await configuration.update('severities', { 'missing-termination': 'off' }, vscode.ConfigurationTarget.Global);
            try {
                await waitFor(() => !codesOf(broken()).includes('missing-termination'), 'missing-termination turned off');
            } finally {
                await configuration.update('severities', undefined, vscode.ConfigurationTarget.Global);
            }
            await waitFor(() => codesOf(broken()).includes('missing-termination'), 'missing-termination back with the default');
        }
    },
    {
        name: 'opens a preview that renders the agreement and its pacing chart',
        async run() {
            const exports = await api();
            await vscode.window.showTextDocument(salesMarketing());
            await vscode.commands.executeCommand('sla.openPreviewToSide');
            const body = await waitFor(() => exports.previews.renderedBody(salesMarketing())?.includes('sla-document') && exports.previews.renderedBody(salesMarketing()),
                'the rendered agreement in the preview');
            assert.match(body, /<h1[^>]*>Sales &amp; Marketing SLA<\/h1>/);
            assert.match(body, /<figure class="sla-chart"[^>]*data-month="2026-03"/);
            assert.match(body, /<svg/);
            assert.doesNotMatch(body, /<script/i);
        }
    },
    {
        name: 'updates the preview as the agreement is edited',
        async run() {
            const exports = await api();
            const document = await vscode.workspace.openTextDocument(salesMarketing());
            await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
            const edit = new vscode.WorkspaceEdit();
            edit.insert(document.uri, positionOf(document, 'Marketing SLA"', 'Marketing SLA'.length), ' (revised)');
            assert.ok(await vscode.workspace.applyEdit(edit));
            await waitFor(() => exports.previews.renderedBody(salesMarketing())?.includes('Sales &amp; Marketing SLA (revised)'), 'the edited title in the preview', 5_000);
            await revert(salesMarketing());
        }
    },
    {
        name: 'exports HTML and Markdown',
        async run() {
            for (const [command, name, marker] of [['sla.exportHtml', 'export.html', '<!DOCTYPE html>'], ['sla.exportMarkdown', 'export.md', '# Sales & Marketing SLA']] as const) {
                const target = workspaceFile(name);
                const written = await vscode.commands.executeCommand<vscode.Uri>(command, salesMarketing(), target);
                assert.equal(written?.toString(), target.toString());
                const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
                assert.ok(text.includes(marker), `${name} starts like ${marker}`);
                await vscode.workspace.fs.delete(target);
            }
        }
    },
    {
        name: 'refuses to export onto the agreement, a file it reads, or any .sla file',
        async run() {
            const agreement = salesMarketing();
            const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(agreement));
            const csv = vscode.Uri.joinPath(agreement, '..', 'leads-2026-03.csv');
            const csvBefore = new TextDecoder().decode(await vscode.workspace.fs.readFile(csv));
            for (const target of [agreement, csv, workspaceFile('another.sla')]) {
                const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('sla.exportHtml', agreement, target);
                assert.equal(written, undefined, target.toString());
            }
            assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(agreement)), before);
            assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(csv)), csvBefore);
            await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(workspaceFile('another.sla'))));
        }
    },
    {
        name: 'starts a new agreement from the template without errors',
        async run() {
            const editor = await vscode.commands.executeCommand<vscode.TextEditor>('sla.newAgreement');
            assert.equal(editor.document.languageId, 'sla');
            assert.match(editor.document.getText(), /^agreement NewAgreement "Title of the agreement" \{/m);
            for (const clause of ['service', 'metric', 'severity', 'remedies', 'exclusions', 'review', 'termination', 'references']) {
                assert.match(editor.document.getText(), new RegExp(`^\\s*${clause}\\b`, 'm'), clause);
            }
            // The server has seen it once it reports on it (an empty list counts).
            await new Promise(resolve => setTimeout(resolve, 1_500));
            const errors = vscode.languages.getDiagnostics(editor.document.uri).filter(diagnostic => diagnostic.severity === vscode.DiagnosticSeverity.Error);
            assert.deepEqual(errors.map(error => `${codeOf(error)}: ${error.message}`), []);
            await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        }
    },
    {
        // Untitled agreements have no file: once closed they must leave the server as it was.
        name: 'keeps the language server running after an untitled agreement is closed',
        async run() {
            const exports = await api();
            const states: string[] = [];
            const listener = exports.client.onDidChangeState(event => states.push(`${event.oldState}->${event.newState}`));
            try {
                const document = await vscode.workspace.openTextDocument({ language: 'sla', content: 'agreement Scratch "Scratch" {\n}\n' });
                await vscode.window.showTextDocument(document);
                await new Promise(resolve => setTimeout(resolve, 1_000));
                await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
                // Any later change makes the server rebuild; it must not trip over the closed document.
                const edit = new vscode.WorkspaceEdit();
                edit.insert(broken(), new vscode.Position(0, 0), '// touched\n');
                assert.ok(await vscode.workspace.applyEdit(edit));
                await new Promise(resolve => setTimeout(resolve, 3_000));
                assert.deepEqual(states, [], 'the client saw the server stop and restart');
                assert.ok(codesOf(broken()).includes('undefined-term'));
            } finally {
                listener.dispose();
                await revert(broken());
            }
        }
    }
];
