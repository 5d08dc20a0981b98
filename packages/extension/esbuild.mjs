// Bundles the extension into dist/: the desktop client and its Node language server, the web
// client and its web-worker server, and copies the TextMate grammars in. The workspace packages
// are bundled from their TypeScript sources, so no `tsc` build is needed first.
//   node esbuild.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
/** @param {string} path */
const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/** @type {esbuild.BuildOptions} */
const common = {
    bundle: true,
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    legalComments: production ? 'none' : 'inline',
    logLevel: 'info',
    alias: {
        'sla-model': here('../model/src/index.ts'),
        'sla-language/protocol': here('../language/src/lsp/protocol.ts'),
        'sla-renderer': here('../renderer/src/index.ts')
    },
    // The editor provides `vscode`; everything else ships inside the bundle.
    external: ['vscode']
};

// VS Code 1.91 runs extensions on Node 20.
/** @type {esbuild.BuildOptions} */
const node = { ...common, platform: 'node', format: 'cjs', target: 'node20' };
/** @type {esbuild.BuildOptions} */
const browser = {
    ...common,
    alias: {
        ...common.alias,
        // csv-parse's Node build needs Node's Buffer; its browser build brings its own.
        'csv-parse/sync': 'csv-parse/browser/esm/sync'
    },
    platform: 'browser',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' }
};

/** @type {esbuild.BuildOptions[]} */
const builds = [
    { ...node, entryPoints: { extension: here('src/extension.ts') }, outdir: here('dist'), outExtension: { '.js': '.cjs' } },
    { ...node, entryPoints: { server: here('src/server/node-server.ts') }, outdir: here('dist'), outExtension: { '.js': '.cjs' } },
    // The web extension host loads the client as a CommonJS module; the worker runs a plain script.
    { ...browser, format: 'cjs', entryPoints: { extension: here('src/web/extension.ts') }, outdir: here('dist/web') },
    { ...browser, format: 'iife', entryPoints: { server: here('../language/src/browser/main.ts') }, outdir: here('dist/web') }
];

function copyGrammars() {
    mkdirSync(here('dist/syntaxes'), { recursive: true });
    for (const grammar of ['sla.tmLanguage.json', 'sla-prose.tmLanguage.json']) {
        copyFileSync(here(`../../syntaxes/${grammar}`), here(`dist/syntaxes/${grammar}`));
    }
}

copyGrammars();
if (watch) {
    const contexts = await Promise.all(builds.map(options => esbuild.context(options)));
    await Promise.all(contexts.map(context => context.watch()));
} else {
    await Promise.all(builds.map(options => esbuild.build(options)));
}
