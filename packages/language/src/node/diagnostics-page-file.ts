import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where the diagnostics page lies next to an installed entry point: `docs/diagnostics.md`. */
const PAGE = path.join('docs', 'diagnostics.md');

/**
 * The `file:` URI of the diagnostics page shipped with the program that runs from `start` (a
 * file or folder): the nearest `docs/diagnostics.md` in it or a folder above, at most four up.
 * Diagnostics link their code to it; undefined when the page was not shipped.
 */
export function findDiagnosticsPage(start: string | undefined): string | undefined {
    if (!start) {
        return undefined;
    }
    let folder = path.resolve(start);
    for (let level = 0; level <= 4; level++) {
        const candidate = path.join(folder, PAGE);
        if (fs.statSync(candidate, { throwIfNoEntry: false })?.isFile()) {
            return pathToFileURL(candidate).href;
        }
        const parent = path.dirname(folder);
        if (parent === folder) {
            break;
        }
        folder = parent;
    }
    return undefined;
}
