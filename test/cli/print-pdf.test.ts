import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findBrowser } from '../../packages/cli/src/print-pdf.js';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-print-pdf-'));
const bin = (...parts: string[]) => path.join(folder, ...parts);

beforeAll(() => {
    for (const [dir, name, mode] of [['a', 'google-chrome', 0o755], ['b', 'chromium-browser', 0o755], ['c', 'chromium', 0o644], ['own', 'my-chrome', 0o755]] as const) {
        fs.mkdirSync(bin(dir), { recursive: true });
        fs.writeFileSync(bin(dir, name), '#!/bin/sh\n', { mode });
    }
    fs.mkdirSync(bin('d', 'chromium'), { recursive: true });
});

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('findBrowser', () => {
    const PATH = ['a', 'b', 'c', 'd'].map(dir => bin(dir)).join(path.delimiter);

    test('$SLA_CHROMIUM first, when it names an executable file', () => {
        expect(findBrowser({ SLA_CHROMIUM: bin('own', 'my-chrome'), PATH })).toBe(bin('own', 'my-chrome'));
    });

    test('then chromium, chromium-browser, google-chrome on PATH, in that order of names', () => {
        // c/chromium is not executable and d/chromium is a folder, so the first name is skipped;
        // b/chromium-browser comes before a/google-chrome although a is first on PATH.
        expect(findBrowser({ SLA_CHROMIUM: bin('nonexistent'), PATH })).toBe(bin('b', 'chromium-browser'));
        expect(findBrowser({ PATH: bin('a') })).toBe(bin('a', 'google-chrome'));
    });

    test('none: undefined', () => {
        expect(findBrowser({ SLA_CHROMIUM: bin('c', 'chromium'), PATH: [bin('c'), bin('d')].join(path.delimiter) })).toBeUndefined();
        expect(findBrowser({})).toBeUndefined();
    });
});
