import * as vscode from 'vscode';
import { calendarDateOf } from 'sla-model';
import type { ModelSource } from '../model-source.js';
import { loadRenderer } from '../renderer.js';
import type { PreviewContent } from './preview-body.js';
import { previewPageCss, renderPreviewBody } from './preview-body.js';
import { buildPreviewPage } from './preview-html.js';
import { previewSettings } from './preview-settings.js';
import { revealSourceLine } from './source-editor.js';
import type { FromWebviewMessage, ToWebviewMessage } from './webview-messages.js';

/** What every preview panel shares. */
export interface PreviewContext {
    extensionUri: vscode.Uri;
    models: ModelSource;
    /** Called before a click in the preview moves the editor's cursor to `line`. */
    willRevealLine(resource: vscode.Uri, line: number): void;
}

/**
 * One preview panel showing one agreement. The page is built once; later content arrives as
 * `render` messages so the scroll position and the chosen months survive typing. While the
 * panel is hidden its webview is gone, so updates rebuild the page it will be shown with.
 */
export class SlaPreview implements vscode.Disposable {
    private readonly disposables: vscode.Disposable[] = [];
    private readonly disposed = new vscode.EventEmitter<void>();
    readonly onDidDispose = this.disposed.event;
    private isDisposed = false;
    /** The script has loaded and listens; until then content goes into the page itself. */
    private webviewReady = false;
    private pendingBody: string | undefined;
    private lastBody: string | undefined;
    private refreshTimer: ReturnType<typeof setTimeout> | undefined;
    /** Each refresh takes a number; an answer that arrives after a newer request is dropped. */
    private generation = 0;
    private line: number | undefined;

    constructor(readonly panel: vscode.WebviewPanel, private resourceUri: vscode.Uri, private readonly context: PreviewContext, line?: number) {
        this.line = line;
        panel.webview.options = previewWebviewOptions(context.extensionUri);
        panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'media', 'icon.png');
        this.updateTitle();
        this.disposables.push(
            panel.webview.onDidReceiveMessage((message: FromWebviewMessage) => this.onMessage(message)),
            panel.onDidChangeViewState(() => {
                if (!panel.visible && this.webviewReady) {
                    // The webview is released while hidden; it comes back from `webview.html`.
                    this.setPage(this.lastBody ?? '');
                }
            }),
            panel.onDidDispose(() => this.dispose())
        );
        this.setPage('');
        void this.refresh();
    }

    get resource(): vscode.Uri {
        return this.resourceUri;
    }

    /** The body last shown, for tests and the extension's API. */
    get renderedBody(): string | undefined {
        return this.lastBody;
    }

    /** Redraw soon: a burst of changes from the server redraws once. */
    scheduleRefresh(): void {
        if (this.refreshTimer) {
            clearTimeout(this.refreshTimer);
        }
        this.refreshTimer = setTimeout(() => {
            this.refreshTimer = undefined;
            void this.refresh();
        }, previewSettings().updateDelay);
    }

    async refresh(): Promise<void> {
        const generation = ++this.generation;
        const [content, renderer] = await Promise.all([this.loadContent(), loadRenderer()]);
        if (this.isDisposed || generation !== this.generation) {
            return;
        }
        const body = renderPreviewBody(renderer, content, calendarDateOf(new Date()));
        if (body === this.lastBody) {
            return;
        }
        this.lastBody = body;
        if (!this.panel.visible) {
            this.setPage(body);
        } else if (this.webviewReady) {
            this.post({ type: 'render', html: body });
        } else {
            this.pendingBody = body;
        }
    }

    /** The agreement was renamed or moved: follow it. */
    retarget(resource: vscode.Uri): void {
        this.resourceUri = resource;
        this.updateTitle();
        this.setPage(this.lastBody ?? '');
        void this.refresh();
    }

    /** Settings changed: rebuild the page so the script reads them. */
    reload(): void {
        this.setPage(this.lastBody ?? '');
    }

    scrollToLine(line: number): void {
        this.line = line;
        if (this.webviewReady && previewSettings().scrollPreviewWithEditor) {
            this.post({ type: 'scrollToLine', line });
        }
    }

    reveal(viewColumn?: vscode.ViewColumn, preserveFocus?: boolean): void {
        this.panel.reveal(viewColumn, preserveFocus);
    }

    dispose(): void {
        if (this.isDisposed) {
            return;
        }
        this.isDisposed = true;
        if (this.refreshTimer) {
            clearTimeout(this.refreshTimer);
        }
        this.disposed.fire();
        this.disposed.dispose();
        this.disposables.forEach(disposable => disposable.dispose());
        this.panel.dispose();
    }

    private async loadContent(): Promise<PreviewContent> {
        const fileName = baseName(this.resourceUri);
        try {
            // Opening the document makes sure the server knows it, even outside the workspace.
            await vscode.workspace.openTextDocument(this.resourceUri);
            const model = await this.context.models.getModel(this.resourceUri);
            // In Restricted Mode the server read no measurement file: the body says so.
            return model ? { kind: 'agreement', model, restricted: !vscode.workspace.isTrusted } : { kind: 'empty', fileName };
        } catch (error) {
            return { kind: 'error', fileName, message: error instanceof Error ? error.message : String(error) };
        }
    }

    private onMessage(message: FromWebviewMessage): void {
        switch (message.type) {
            case 'ready':
                this.webviewReady = true;
                if (this.pendingBody !== undefined) {
                    this.post({ type: 'render', html: this.pendingBody });
                    this.pendingBody = undefined;
                }
                break;
            case 'revealLine':
                if (previewSettings().clickRevealsSource && Number.isInteger(message.line) && message.line >= 0) {
                    this.context.willRevealLine(this.resourceUri, message.line);
                    void revealSourceLine(this.resourceUri, message.line, this.panel.viewColumn);
                }
                break;
        }
    }

    private setPage(body: string): void {
        this.webviewReady = false;
        this.pendingBody = undefined;
        const webview = this.panel.webview;
        const settings = previewSettings();
        const title = this.panel.title;
        const state = {
            resource: this.resourceUri.toString(),
            line: this.line,
            settings: { scrollPreviewWithEditor: settings.scrollPreviewWithEditor, clickRevealsSource: settings.clickRevealsSource }
        };
        // The renderer loads once; pages are then set in the order they were asked for.
        void loadRenderer().then(renderer => {
            if (this.isDisposed) {
                return;
            }
            webview.html = buildPreviewPage(renderer, {
                cspSource: webview.cspSource,
                nonce: renderer.createNonce(),
                scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'media', 'preview.js')).toString(),
                css: previewPageCss(renderer),
                body,
                title,
                state
            });
        });
    }

    private post(message: ToWebviewMessage): void {
        void this.panel.webview.postMessage(message);
    }

    private updateTitle(): void {
        this.panel.title = `Preview ${baseName(this.resourceUri)}`;
    }
}

/** Scripts on (ours, under the nonce), command links off, and only the extension's own media loadable. */
export function previewWebviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
    return {
        enableScripts: true,
        enableCommandUris: false,
        localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')]
    };
}

function baseName(uri: vscode.Uri): string {
    return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
