// Builds the bundles of build-options.mjs into dist/ and copies the TextMate grammars and the
// diagnostics page in. The workspace packages are bundled from their TypeScript sources, so no
// `tsc` build is needed first.
//   node esbuild.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extensionBuilds } from './build-options.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
/** @param {string} path */
const here = (path) => fileURLToPath(new URL(path, import.meta.url));

function copyGrammars() {
    mkdirSync(here('dist/syntaxes'), { recursive: true });
    for (const grammar of ['sla.tmLanguage.json', 'sla-prose.tmLanguage.json']) {
        copyFileSync(here(`../../syntaxes/${grammar}`), here(`dist/syntaxes/${grammar}`));
    }
}

/**
 * The bundle a build wrote and its size, as esbuild reports it.
 * @param {esbuild.Metafile} metafile
 * @returns {[string, string]}
 */
function bundleSize(metafile) {
    const [file, output] = Object.entries(metafile.outputs).find(([path]) => !path.endsWith('.map')) ?? ['?', { bytes: 0 }];
    return [file, `${(output.bytes / 1024).toFixed(1)} KiB`];
}

/** The diagnostics page, which the server finds beside it and links every diagnostic's code to. */
function copyDiagnosticsPage() {
    mkdirSync(here('dist/docs'), { recursive: true });
    copyFileSync(here('../../docs/diagnostics.md'), here('dist/docs/diagnostics.md'));
}

copyGrammars();
copyDiagnosticsPage();
const builds = extensionBuilds({ production });
if (watch) {
    const contexts = await Promise.all(Object.values(builds).map(options => esbuild.context(options)));
    await Promise.all(contexts.map(context => context.watch()));
} else {
    const { desktopClient, renderer, ...others } = builds;
    const [client, loadedOnDemand] = await Promise.all([
        esbuild.build({ ...desktopClient, metafile: true }),
        esbuild.build({ ...renderer, metafile: true }),
        ...Object.values(others).map(options => esbuild.build(options))
    ]);
    if (production) {
        // What activation loads, against what waits for the first preview or export.
        const [clientFile, clientSize] = bundleSize(client.metafile);
        const [rendererFile, rendererSize] = bundleSize(loadedOnDemand.metafile);
        console.log(`client bundle ${clientFile}: ${clientSize} (renderer loaded on demand: ${rendererFile} ${rendererSize})`);
    }
}
