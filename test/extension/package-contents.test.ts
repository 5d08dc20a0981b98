import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { extensionBuilds } from '../../packages/extension/build-options.mjs';

const extension = (path: string) => fileURLToPath(new URL(`../../packages/extension/${path}`, import.meta.url));

/** The files each build of build-options.mjs writes, relative to packages/extension. */
function bundleFiles(): string[] {
    return Object.values(extensionBuilds({ production: true })).flatMap(options =>
        Object.keys(options.entryPoints as Record<string, string>).map(name =>
            relative(extension('.'), `${options.outdir}/${name}${options.outExtension?.['.js'] ?? '.js'}`)));
}

test('the .vsix ships every bundle, the renderer loaded on demand included', () => {
    // .vscodeignore leaves everything out, then lets in what it names with `!`.
    const shipped = readFileSync(extension('.vscodeignore'), 'utf8').split('\n').filter(line => line.startsWith('!')).map(line => line.slice(1));
    expect(bundleFiles().sort()).toEqual(['dist/extension.cjs', 'dist/renderer.cjs', 'dist/server.cjs', 'dist/web/extension.js', 'dist/web/server.js']);
    for (const file of bundleFiles()) {
        expect(shipped, file).toContain(file);
    }
});

test('the .vsix ships the diagnostics page where the server looks for it, beside dist/server.cjs', () => {
    const shipped = readFileSync(extension('.vscodeignore'), 'utf8').split('\n');
    expect(shipped).toContain('!dist/docs/diagnostics.md');
});
