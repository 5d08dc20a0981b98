import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const extension = (path: string) => fileURLToPath(new URL(`../../packages/extension/${path}`, import.meta.url));

/** The server's packages: none of them belongs in the VS Code client, desktop or web. */
const SERVER_INPUT = /node_modules\/(langium|chevrotain|@chevrotain|vscode-languageserver\/)|packages\/language\/src\/(?!lsp\/protocol\.ts)/;

/** The files esbuild puts into a client bundle, with the aliases of `packages/extension/esbuild.mjs`. */
async function bundleInputs(entry: string, platform: 'node' | 'browser'): Promise<string[]> {
    const result = await esbuild.build({
        entryPoints: [extension(entry)],
        bundle: true,
        write: false,
        metafile: true,
        platform,
        format: 'cjs',
        outfile: 'client.js',
        logLevel: 'silent',
        external: ['vscode'],
        alias: {
            'sla-model': extension('../model/src/index.ts'),
            'sla-language/protocol': extension('../language/src/lsp/protocol.ts'),
            'sla-renderer': extension('../renderer/src/index.ts'),
            ...(platform === 'browser' ? { 'csv-parse/sync': 'csv-parse/browser/esm/sync' } : {})
        }
    });
    return Object.keys(result.metafile.inputs);
}

describe('the VS Code client bundles no server code', () => {
    test.each([['src/extension.ts', 'node'], ['src/web/extension.ts', 'browser']] as const)('%s (%s)', async (entry, platform) => {
        const inputs = await bundleInputs(entry, platform);
        expect(inputs.some(input => input.includes('packages/renderer/src/html.ts'))).toBe(true);
        expect(inputs.some(input => input.includes('packages/language/src/lsp/protocol.ts'))).toBe(true);
        expect(inputs.filter(input => SERVER_INPUT.test(input))).toEqual([]);
    });
});
