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
