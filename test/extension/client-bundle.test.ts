import * as esbuild from 'esbuild';
import { isBuiltin } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { extensionBuilds, RENDERER_BUNDLE } from '../../packages/extension/build-options.mjs';

const extension = (path: string) => fileURLToPath(new URL(`../../packages/extension/${path}`, import.meta.url));

/** The bundles exactly as `npm run package` builds them. */
const builds = extensionBuilds({ production: true });

/** The server's packages: none of them belongs in the VS Code client, desktop or web. */
const SERVER_INPUT = /node_modules\/(langium|chevrotain|@chevrotain|vscode-languageserver\/)|packages\/language\/src\/(?!lsp\/protocol\.ts)/;
/** The renderer and what only it uses: the desktop client loads them on demand. */
const RENDERER_INPUT = /packages\/renderer\/src\/|node_modules\/(markdown-it|entities|linkify-it|mdurl|uc\.micro|punycode|d3-)/;

/** Bundles in memory: every file esbuild read, the bundle's size, and what it imports at run time. */
async function bundle(options: esbuild.BuildOptions) {
    const result = await esbuild.build({ ...options, write: false, metafile: true, logLevel: 'silent' });
    const [file, output] = Object.entries(result.metafile.outputs).find(([path]) => !path.endsWith('.map'))!;
    // `vscode` is the editor's and Node's own modules are the runtime's: neither is shipped.
    const imports = output.imports.filter(entry => entry.path !== 'vscode' && !isBuiltin(entry.path));
    const text = result.outputFiles.find(output => output.path.endsWith(file))!.text;
    return { inputs: Object.keys(result.metafile.inputs), bytes: output.bytes, imports, text };
}

describe('the VS Code client bundles no server code', () => {
    test.each([['desktop', builds.desktopClient], ['web', builds.webClient]] as const)('%s', async (_name, options) => {
        const { inputs } = await bundle(options);
        expect(inputs.some(input => input.includes('packages/language/src/lsp/protocol.ts'))).toBe(true);
        expect(inputs.filter(input => SERVER_INPUT.test(input))).toEqual([]);
    });
});

describe('the desktop client loads the renderer on demand', () => {
    test('the client takes in no renderer module, and requires dist/renderer.cjs only when asked', async () => {
        const client = await bundle(builds.desktopClient);
        expect(client.inputs.filter(input => RENDERER_INPUT.test(input))).toEqual([]);
        // `import()` compiled to a `require` (`supported: { 'dynamic-import': false }`) inside a
        // promise, so it runs when a preview or an export first asks, not at activation.
        expect(client.imports).toEqual([{ path: RENDERER_BUNDLE, kind: 'require-call', external: true }]);
        expect(client.text.match(/require\("\.\/renderer\.cjs"\)/g)).toHaveLength(1);
        expect(client.text).toMatch(/Promise\.resolve\(\)\.then\(\(\)=>\w+\(require\("\.\/renderer\.cjs"\)\)\)/);
    });

    test('the renderer bundle has the renderer, markdown-it, entities and d3, and no server code', async () => {
        const renderer = await bundle(builds.renderer);
        for (const module of ['packages/renderer/src/html.ts', 'node_modules/markdown-it/', 'node_modules/entities/', 'node_modules/d3-scale/']) {
            expect(renderer.inputs.some(input => input.includes(module)), module).toBe(true);
        }
        expect(renderer.inputs.filter(input => SERVER_INPUT.test(input))).toEqual([]);
        expect(renderer.imports).toEqual([]);
    });

    test('the client stays small', async () => {
        // Minified: 828.7 KiB with the language server's code, 668.7 KiB without it but with the
        // renderer, 445.2 KiB once the renderer (226.0 KiB) loads on demand.
        const { bytes } = await bundle(builds.desktopClient);
        expect(bytes / 1024).toBeLessThan(640);
    });

    test('a static import of sla-renderer fails the desktop build', async () => {
        const entry = { contents: `import { escapeHtml } from 'sla-renderer'; console.log(escapeHtml);`, resolveDir: extension('src'), loader: 'ts' as const };
        const { entryPoints: _entryPoints, ...options } = builds.desktopClient;
        await expect(bundle({ ...options, stdin: entry, outfile: 'client.cjs', outdir: undefined, outExtension: undefined }))
            .rejects.toThrow(/loads sla-renderer on demand/);
    });

    test('the web client bundles the renderer', async () => {
        const { inputs, imports } = await bundle(builds.webClient);
        expect(inputs.some(input => input.includes('packages/renderer/src/html.ts'))).toBe(true);
        expect(imports).toEqual([]);
    });
});
