import { readFileSync } from 'node:fs';

/** Where `needle` first appears in a file, 1-based as the status bar counts, after `offset` characters of it. */
export function positionOf(file: string, needle: string, offset = 0): { line: number; column: number } {
    const lines = readFileSync(file, 'utf8').split(/\r?\n/);
    for (let index = 0; index < lines.length; index++) {
        const column = lines[index].indexOf(needle);
        if (column >= 0) {
            return { line: index + 1, column: column + 1 + offset };
        }
    }
    throw new Error(`"${needle}" is not in ${file}`);
}
