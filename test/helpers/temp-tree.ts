import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** A new folder under the system's temporary folder holding `files` (path → text). */
export function makeTempTree(prefix: string, files: Record<string, string>): string {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    for (const [file, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
        fs.writeFileSync(path.join(folder, file), text);
    }
    return folder;
}
