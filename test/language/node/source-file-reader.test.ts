/**
 * The guarded reader (issue #15): a pipe named as a CSV or an import blocked the reader
 * forever; `/dev/zero` filled memory until the process aborted. Only regular files of at most
 * the limit are read, and the refusal says why.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MAX_SOURCE_FILE_BYTES } from 'sla-language';
import { readSourceFile, readSourceFileSync } from 'sla-language/node';

const folder = join(tmpdir(), `sla-reader-${process.pid}`);
mkdirSync(folder, { recursive: true });
const pipe = join(folder, 'pipe.csv');
execFileSync('mkfifo', [pipe]);
const file = join(folder, 'ten.csv');
writeFileSync(file, 'date,value');

describe('the source file reader', () => {
    test('reads a regular file; near miss: one byte over the limit is refused, at the limit is read', async () => {
        expect(readSourceFileSync(file)).toBe('date,value');
        expect(await readSourceFile(file)).toBe('date,value');
        expect(readSourceFileSync(file, 10)).toBe('date,value');
        expect(() => readSourceFileSync(file, 9)).toThrow("'ten.csv' is larger than 9 bytes, the most a file may have: it was not read.");
        await expect(readSourceFile(file, 9)).rejects.toThrow("'ten.csv' is larger than 9 bytes");
    });

    test('a pipe is refused without waiting for a writer', async () => {
        expect(() => readSourceFileSync(pipe)).toThrow("'pipe.csv' is a pipe, not a file: only regular files are read.");
        await expect(readSourceFile(pipe)).rejects.toThrow("'pipe.csv' is a pipe, not a file");
    }, 30_000);

    test('devices and folders are refused: /dev/zero would fill memory', async () => {
        expect(() => readSourceFileSync('/dev/zero')).toThrow("'zero' is a device, not a file");
        await expect(readSourceFile('/dev/urandom')).rejects.toThrow("'urandom' is a device, not a file");
        expect(() => readSourceFileSync(folder)).toThrow('is a folder, not a file');
    }, 30_000);

    test('the limit is 16 MiB', () => {
        expect(MAX_SOURCE_FILE_BYTES).toBe(16 * 1024 * 1024);
    });
});
