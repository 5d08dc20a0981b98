/**
 * The messages between a preview panel and the script in its webview (`media/preview.js`),
 * typed on both sides as VS Code's Markdown preview does. Pure types: the webview script
 * reads them through JSDoc.
 */

/** Extension → webview. */
export type ToWebviewMessage =
    /** New content for the document: the renderer's fragment, or an empty or error notice. */
    | { type: 'render'; html: string }
    /** The cursor moved in the source editor: bring the clause on this zero-based line into view. */
    | { type: 'scrollToLine'; line: number };

/** Webview → extension. */
export type FromWebviewMessage =
    /** The script has loaded and listens for messages. */
    | { type: 'ready' }
    /** A section was clicked: reveal its zero-based source line in the editor. */
    | { type: 'revealLine'; line: number };

/** What the page carries in `<meta id="sla-preview-state" data-state="…">` before its script runs. */
export interface PreviewInitialState {
    /** The agreement's URI, kept in the webview state so the panel can be revived after a reload. */
    resource: string;
    /** Zero-based source line to show first (the editor's cursor), if any. */
    line?: number;
    settings: PreviewSettings;
}

export interface PreviewSettings {
    scrollPreviewWithEditor: boolean;
    clickRevealsSource: boolean;
}

/** What the script keeps with `vscode.setState`; VS Code hands it back to the panel serializer. */
export interface PreviewWebviewState {
    resource: string;
    /** Selected month per chart group (`data-chart-group` → `YYYY-MM`). */
    months: Record<string, string>;
    scrollY?: number;
}
