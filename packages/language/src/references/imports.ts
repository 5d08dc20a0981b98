import type { LangiumDocument, URI } from 'langium';
import { UriUtils } from 'langium';
import { isSlaFile } from '../generated/ast.js';
import { proseText } from '../model/prose.js';

/** The files a document imports, resolved against its folder; empty paths are skipped. */
export function importedUris(document: LangiumDocument): URI[] {
    const root = document.parseResult.value;
    if (!isSlaFile(root) || root.imports.length === 0) {
        return [];
    }
    const folder = UriUtils.dirname(document.uri);
    return root.imports
        .map(anImport => proseText(anImport.path).trim())
        .filter(path => path.length > 0)
        .map(path => UriUtils.resolvePath(folder, path));
}

/**
 * Whether an import may be followed: always, except in Restricted Mode (an untrusted
 * workspace), where only files inside the workspace folders are; with no folder open, none.
 */
export function importAllowed(uri: string, settings: { restricted: boolean; workspaceFolders: readonly string[] }): boolean {
    if (!settings.restricted) {
        return true;
    }
    return settings.workspaceFolders.some(folder => uri.startsWith(folder.endsWith('/') ? folder : `${folder}/`));
}

const importTextsByRoot = new WeakMap<object, readonly string[]>();

/**
 * `importedUris` as strings, kept per tree: the builder asks for every document of a workspace
 * on every change, and scoping for every mention. A changed import is never a reparsed block
 * (see `parser/block-reparse.ts`), so it always comes with a new tree.
 */
export function importedUriTexts(document: LangiumDocument): readonly string[] {
    const root = document.parseResult.value;
    let texts = importTextsByRoot.get(root);
    if (!texts) {
        texts = importedUris(document).map(uri => uri.toString());
        importTextsByRoot.set(root, texts);
    }
    return texts;
}
