import * as esbuild from 'esbuild';
import { repository } from '../e2e/paths.js';

/** Bundles an entry of this suite into one CommonJS file for the extension host (`vscode` stays external). */
export async function bundleSuite(entry: 'index.ts' | 'driver.ts', outfile: string): Promise<void> {
    await esbuild.build({
        entryPoints: [repository(`test/extension-host/${entry}`)],
        outfile,
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        external: ['vscode'],
        sourcemap: 'inline',
        logLevel: 'warning'
    });
}
