import * as vscode from 'vscode';
import type { AgreementModel } from 'sla-model';
import { calendarDateOf } from 'sla-model';
import type { ModelSource } from '../model-source.js';
import type { PreviewManager } from '../preview/preview-manager.js';
import type { Renderer } from '../renderer.js';
import { loadRenderer } from '../renderer.js';
import { activeAgreement } from './active-agreement.js';

interface ExportFormat {
    command: string;
    label: string;
    extension: string;
    filters: Record<string, string[]>;
    render(renderer: Renderer, model: AgreementModel): string;
}

const today = () => ({ today: calendarDateOf(new Date()) });

const FORMATS: ExportFormat[] = [
    { command: 'sla.exportHtml', label: 'HTML', extension: 'html', filters: { HTML: ['html', 'htm'] }, render: (renderer, model) => renderer.renderHtmlPage(model, today()) },
    { command: 'sla.exportMarkdown', label: 'Markdown', extension: 'md', filters: { Markdown: ['md'] }, render: (renderer, model) => renderer.renderMarkdown(model, today()) }
];

/**
 * "SLA: Export as HTML…" and "…as Markdown…": the agreement as a self-contained page or as
 * Markdown, saved where the user picks (next to the agreement by default). A second argument
 * gives the target directly, for tasks and tests. Returns the URI written, if any.
 */
export function registerExportCommands(models: ModelSource, previews: PreviewManager): vscode.Disposable[] {
    return FORMATS.map(format => vscode.commands.registerCommand(format.command, async (resource?: unknown, target?: unknown) => {
        const source = activeAgreement(previews, resource);
        if (!source) {
            void vscode.window.showInformationMessage(`Open an .sla file to export it as ${format.label}.`);
            return undefined;
        }
        const model = await models.getModel(source);
        if (!model) {
            void vscode.window.showWarningMessage(`${fileName(source)} holds no agreement to export.`);
            return undefined;
        }
        const destination = target instanceof vscode.Uri ? target : await vscode.window.showSaveDialog({
            title: `Export ${fileName(source)} as ${format.label}`,
            saveLabel: 'Export',
            defaultUri: withExtension(source, format.extension),
            filters: format.filters
        });
        if (!destination) {
            return undefined;
        }
        const refusal = refusedDestination(destination, source, model);
        if (refusal) {
            void vscode.window.showErrorMessage(`Not exported: ${fileName(destination)} ${refusal}. Choose another file.`);
            return undefined;
        }
        const renderer = await loadRenderer();
        await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(format.render(renderer, model)));
        if (!(target instanceof vscode.Uri)) {
            void vscode.window.showInformationMessage(`Exported ${fileName(destination)}.`, 'Open').then(choice => {
                if (choice === 'Open') {
                    void vscode.commands.executeCommand('vscode.open', destination);
                }
            });
        }
        return destination;
    }));
}

/** Why an export may not be written to `destination`: never onto an agreement or a file it reads. */
function refusedDestination(destination: vscode.Uri, source: vscode.Uri, model: AgreementModel): string | undefined {
    const folder = vscode.Uri.joinPath(source, '..');
    const reads = [
        source,
        ...model.terms.flatMap(term => term.origin.uri === '' ? [] : [vscode.Uri.parse(term.origin.uri)]),
        ...model.measurements.flatMap(series => series.file === undefined ? [] : [vscode.Uri.joinPath(folder, series.file)])
    ];
    if (reads.some(read => read.toString() === destination.toString())) {
        return 'is a file this agreement is read from';
    }
    return /\.sla$/i.test(destination.path) ? 'is an .sla file, which an export never replaces' : undefined;
}

function fileName(uri: vscode.Uri): string {
    return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

function withExtension(uri: vscode.Uri, extension: string): vscode.Uri | undefined {
    if (uri.scheme === 'untitled') {
        // An untitled agreement has no folder of its own: suggest the first workspace folder.
        const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
        return folder ? vscode.Uri.joinPath(folder, `agreement.${extension}`) : undefined;
    }
    return uri.with({ path: uri.path.replace(/\.sla$/i, '') + '.' + extension });
}
