import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect } from 'vitest';

/** Set to write the golden files from the outputs instead of comparing with them. */
export const UPDATING_GOLDEN = process.env.UPDATE_GOLDEN === '1';

/**
 * Compares `actual` with the committed file `folder/name`, byte for byte; with
 * `UPDATE_GOLDEN=1` writes it instead. A missing file fails rather than being made, so a
 * golden file never appears without someone asking for it.
 */
export function expectGolden(folder: string, name: string, actual: string): void {
    const file = path.join(folder, name);
    if (UPDATING_GOLDEN) {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, actual);
        return;
    }
    if (!fs.existsSync(file)) {
        expect.fail(`no golden file ${name}; run UPDATE_GOLDEN=1 npx vitest run test/cli to write it`);
    }
    expect(actual, name).toBe(fs.readFileSync(file, 'utf8'));
}

/** The golden files below `folder`, as paths relative to it with `/`, sorted. */
export function goldenFiles(folder: string): string[] {
    if (!fs.existsSync(folder)) {
        return [];
    }
    return fs.readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter(name => fs.statSync(path.join(folder, name)).isFile() && !name.endsWith('.gitattributes'))
        .map(name => name.split(path.sep).join('/'))
        .sort();
}
