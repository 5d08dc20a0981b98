import * as vscode from 'vscode';
import type { ModelSource } from '../model-source.js';
import { previewWebviewOptions, SlaPreview } from './preview-panel.js';
import { previewSettings } from './preview-settings.js';
import { visibleEditorOf } from './source-editor.js';
import type { PreviewWebviewState } from './webview-messages.js';

export const PREVIEW_VIEW_TYPE = 'sla.preview';

/**
 * Owns the preview panels: one per agreement, opened like Markdown's preview, redrawn when
 * the language server rebuilds their document, scrolled with the editor's cursor, and
 * revived after a reload from the state the webview kept (a WebviewPanelSerializer).
 */
export class PreviewManager implements vscode.WebviewPanelSerializer<PreviewWebviewState>, vscode.Disposable {
    private readonly previews = new Set<SlaPreview>();
    private activePreview: SlaPreview | undefined;
    private readonly disposables: vscode.Disposable[] = [];
    /** The line a click in the preview is about to select; its echo must not scroll the preview. */
    private revealing: { resource: string; line: number } | undefined;

    constructor(private readonly extensionUri: vscode.Uri, private readonly models: ModelSource) {
        this.disposables.push(
            models.onDidChangeModels(uris => {
                const changed = new Set(uris.map(uri => uri.toString()));
                for (const preview of this.previews) {
                    if (changed.has(preview.resource.toString())) {
                        preview.scheduleRefresh();
                    }
                }
            }),
            vscode.window.onDidChangeTextEditorSelection(event => this.onSelectionChanged(event)),
            vscode.workspace.onDidRenameFiles(event => {
                for (const { oldUri, newUri } of event.files) {
                    this.find(oldUri)?.retarget(newUri);
                }
            }),
            vscode.workspace.onDidChangeConfiguration(event => {
                if (event.affectsConfiguration('sla.preview')) {
                    this.previews.forEach(preview => preview.reload());
                }
            }),
            vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, this)
        );
    }

    /** Opens (or reveals) the preview of `resource`, in the active group or beside it. */
    open(resource: vscode.Uri, options: { toSide: boolean }): SlaPreview {
        const column = options.toSide ? vscode.ViewColumn.Beside : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active);
        const existing = this.find(resource);
        if (existing) {
            existing.reveal(options.toSide ? existing.panel.viewColumn : column, options.toSide);
            return existing;
        }
        const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'Preview', { viewColumn: column, preserveFocus: options.toSide }, {
            ...previewWebviewOptions(this.extensionUri),
            enableFindWidget: true
        });
        const line = visibleEditorOf(resource)?.selection.active.line;
        return this.track(new SlaPreview(panel, resource, this.previewContext(), line));
    }

    async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: PreviewWebviewState | undefined): Promise<void> {
        if (!state || typeof state.resource !== 'string') {
            // Nothing says which agreement it showed: a panel that cannot be filled is closed.
            panel.dispose();
            return;
        }
        this.track(new SlaPreview(panel, vscode.Uri.parse(state.resource), this.previewContext()));
    }

    /** The agreement of the preview that has focus, if one has. */
    get activeResource(): vscode.Uri | undefined {
        return this.activePreview?.panel.active ? this.activePreview.resource : undefined;
    }

    /** The agreements being previewed. */
    get resources(): vscode.Uri[] {
        return [...this.previews].map(preview => preview.resource);
    }

    /** The body a preview of `resource` shows now, if one is open. */
    renderedBody(resource: vscode.Uri): string | undefined {
        return this.find(resource)?.renderedBody;
    }

    dispose(): void {
        this.previews.forEach(preview => preview.dispose());
        this.disposables.forEach(disposable => disposable.dispose());
    }

    private find(resource: vscode.Uri): SlaPreview | undefined {
        const key = resource.toString();
        return [...this.previews].find(preview => preview.resource.toString() === key);
    }

    private track(preview: SlaPreview): SlaPreview {
        this.previews.add(preview);
        this.activePreview = preview;
        const viewState = preview.panel.onDidChangeViewState(event => {
            if (event.webviewPanel.active) {
                this.activePreview = preview;
            }
        });
        preview.onDidDispose(() => {
            viewState.dispose();
            this.previews.delete(preview);
            if (this.activePreview === preview) {
                this.activePreview = undefined;
            }
        });
        return preview;
    }

    private previewContext() {
        return {
            extensionUri: this.extensionUri,
            models: this.models,
            willRevealLine: (resource: vscode.Uri, line: number) => {
                this.revealing = { resource: resource.toString(), line };
            }
        };
    }

    private onSelectionChanged(event: vscode.TextEditorSelectionChangeEvent): void {
        const document = event.textEditor.document;
        if (document.languageId !== 'sla' || !previewSettings().scrollPreviewWithEditor) {
            return;
        }
        const resource = document.uri.toString();
        const line = event.selections[0]?.active.line;
        if (line === undefined) {
            return;
        }
        const revealing = this.revealing;
        this.revealing = undefined;
        if (revealing && revealing.resource === resource && revealing.line === line) {
            return;
        }
        this.find(document.uri)?.scrollToLine(line);
    }
}
