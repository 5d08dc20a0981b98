import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import type { SlaFile, SlaServices, SlaSettingsValues } from 'sla-language';
import { createSlaServices, importedUris, isSourceFileRefused } from 'sla-language';
import { readSourceFileSync, SourceFileSystem } from 'sla-language/node';
import type { LangiumSharedServices } from 'langium/lsp';
import { CliError } from './cli-error.js';

export interface LoadedWorkspace {
    shared: LangiumSharedServices;
    sla: SlaServices;
    /** The documents named on the command line (directly or through a folder), in path order. */
    documents: LangiumDocument<SlaFile>[];
}

const SKIPPED_FOLDERS = new Set(['node_modules', 'out', 'dist']);

/** Every `.sla` file named, or found below a named folder, as absolute paths in sorted order. */
export function collectSlaFiles(args: string[]): string[] {
    const files = new Set<string>();
    for (const arg of args) {
        const absolute = path.resolve(arg);
        let stat: fs.Stats;
        try {
            stat = fs.statSync(absolute);
        } catch {
            throw new CliError(`sla: cannot read '${arg}': no such file or folder`);
        }
        if (stat.isDirectory()) {
            walk(absolute, files);
        } else if (absolute.endsWith('.sla')) {
            files.add(absolute);
        } else {
            throw new CliError(`sla: '${arg}' is not an .sla file`);
        }
    }
    return [...files].sort();
}

function walk(folder: string, files: Set<string>): void {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
        if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) {
            continue;
        }
        const child = path.join(folder, entry.name);
        if (entry.isDirectory()) {
            walk(child, files);
        } else if (entry.isFile() && entry.name.endsWith('.sla')) {
            files.add(child);
        }
    }
}

/**
 * Loads the given `.sla` files and every shared glossary they import (transitively), then
 * builds and validates them together, under `settings`, so references across files resolve.
 */
export async function loadWorkspace(files: string[], settings?: Partial<SlaSettingsValues>): Promise<LoadedWorkspace> {
    const { shared, Sla } = createSlaServices(SourceFileSystem);
    Sla.sla.Settings.update(settings);
    const langiumDocuments = shared.workspace.LangiumDocuments;
    const factory = shared.workspace.LangiumDocumentFactory;
    const load = (file: string): LangiumDocument<SlaFile> => {
        const uri = URI.file(file);
        if (langiumDocuments.hasDocument(uri)) {
            return langiumDocuments.getDocument(uri) as LangiumDocument<SlaFile>;
        }
        let text: string;
        try {
            text = readSourceFileSync(file);
        } catch (error) {
            const reason = isSourceFileRefused(error) ? error.message : (error as NodeJS.ErrnoException).code ?? 'unreadable';
            throw new CliError(`sla: cannot read '${path.relative(process.cwd(), file) || file}': ${reason}`);
        }
        const document = factory.fromString<SlaFile>(text, uri);
        langiumDocuments.addDocument(document);
        return document;
    };
    const documents = files.map(load);
    // Imported glossaries join the build but are reported only when named themselves.
    const queue = [...documents];
    const all = [...documents];
    while (queue.length > 0) {
        const document = queue.pop()!;
        for (const target of importedUris(document)) {
            if (target.fsPath.endsWith('.sla') && fs.existsSync(target.fsPath) && !langiumDocuments.hasDocument(target)) {
                const imported = load(target.fsPath);
                all.push(imported);
                queue.push(imported);
            }
        }
    }
    await shared.workspace.DocumentBuilder.build(all, { validation: true });
    return { shared, sla: Sla, documents };
}
