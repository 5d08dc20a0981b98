import * as fs from 'node:fs';
import { basename } from 'node:path';
import type { URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import { MAX_SOURCE_FILE_BYTES, SourceFileRefused } from '../workspace/source-file-refused.js';

/*
 * The one way `.sla` and measurement files are read from disk, by the language server and the
 * CLI: only regular files, and at most `limit` bytes. A pipe named like a CSV blocked the
 * reader forever, and `/dev/zero` filled memory until the process aborted (issue #15).
 *
 * The path is checked with `stat` before it is opened, so that a pipe or device is never
 * opened; it is opened without blocking and checked again on the open file, in case it was
 * replaced in between; and it is read up to one byte past the limit, whatever size it claims,
 * so that a file growing while it is read cannot use more memory.
 */

/** The text of the file at `path` as UTF-8; throws `SourceFileRefused` for anything but a regular file of at most `limit` bytes. */
export function readSourceFileSync(path: string, limit = MAX_SOURCE_FILE_BYTES): string {
    checkStats(path, fs.statSync(path), limit);
    const fd = fs.openSync(path, OPEN_FLAGS);
    try {
        const stats = fs.fstatSync(fd);
        checkStats(path, stats, limit);
        const buffer = Buffer.allocUnsafe(Math.min(stats.size, limit) + 1);
        let length = 0;
        for (;;) {
            if (length === buffer.length) {
                refuseSize(path, limit);
            }
            const read = fs.readSync(fd, buffer, length, buffer.length - length, null);
            if (read === 0) {
                break;
            }
            length += read;
        }
        return buffer.toString('utf8', 0, length);
    } finally {
        fs.closeSync(fd);
    }
}

/** As `readSourceFileSync`, without blocking the thread. */
export async function readSourceFile(path: string, limit = MAX_SOURCE_FILE_BYTES): Promise<string> {
    checkStats(path, await fs.promises.stat(path), limit);
    const handle = await fs.promises.open(path, OPEN_FLAGS);
    try {
        const stats = await handle.stat();
        checkStats(path, stats, limit);
        const buffer = Buffer.allocUnsafe(Math.min(stats.size, limit) + 1);
        let length = 0;
        for (;;) {
            if (length === buffer.length) {
                refuseSize(path, limit);
            }
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
            if (bytesRead === 0) {
                break;
            }
            length += bytesRead;
        }
        return buffer.toString('utf8', 0, length);
    } finally {
        await handle.close();
    }
}

/** Langium's Node file system, reading files through the guarded reader. */
export class SourceFileSystemProvider extends NodeFileSystemProvider {
    override readFile(uri: URI): Promise<string> {
        return readSourceFile(uri.fsPath);
    }

    override readFileSync(uri: URI): string {
        return readSourceFileSync(uri.fsPath);
    }
}

/** The file system context for `createSlaServices` on Node: `{ connection, ...SourceFileSystem }`. */
export const SourceFileSystem = {
    fileSystemProvider: () => new SourceFileSystemProvider()
};

// Without O_NONBLOCK, opening a pipe waits for a writer (Windows has no such flag, nor pipes by path).
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

function checkStats(path: string, stats: fs.Stats, limit: number): void {
    if (!stats.isFile()) {
        const kind = stats.isDirectory() ? 'a folder' : stats.isFIFO() ? 'a pipe' : stats.isSocket() ? 'a socket' : 'a device';
        throw new SourceFileRefused(`'${basename(path)}' is ${kind}, not a file: only regular files are read.`);
    }
    if (stats.size > limit) {
        refuseSize(path, limit);
    }
}

function refuseSize(path: string, limit: number): never {
    throw new SourceFileRefused(`'${basename(path)}' is larger than ${formatBytes(limit)}, the most a file may have: it was not read.`);
}

function formatBytes(bytes: number): string {
    return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}
