// The esbuild options of every bundle in dist/: the desktop client, the renderer it loads on
// demand and its Node language server; the web client and its web-worker server. esbuild.mjs
// builds them; the tests in test/extension/ bundle with the same options to check what goes into
// each. The workspace packages are bundled from their TypeScript sources.
import { fileURLToPath } from 'node:url';

/** @param {string} path */
const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/** Where the desktop client finds the renderer at run time, relative to dist/extension.cjs. */
export const RENDERER_BUNDLE = './renderer.cjs';

/**
 * Leaves `sla-renderer` out of the desktop client: it is a third of the client's size and needed
 * only once a preview opens or an export runs, so `import('sla-renderer')` becomes a
 * `require('./renderer.cjs')` at that moment. A static import would load it at activation
 * again, so it fails the build.
 * @type {import('esbuild').Plugin}
 */
export const rendererOnDemand = {
    name: 'renderer-on-demand',
    setup(build) {
        build.onResolve({ filter: /^sla-renderer$/ }, args => args.kind === 'dynamic-import'
            ? { path: RENDERER_BUNDLE, external: true }
            : { errors: [{ text: 'The desktop client loads sla-renderer on demand: import it with import() (through src/renderer.ts), or import only its types.' }] });
    }
};

/**
 * @param {{ production: boolean }} options
 * @returns {Record<import('./build-options.mjs').BundleName, import('esbuild').BuildOptions>}
 */
export function extensionBuilds({ production }) {
    /** @type {import('esbuild').BuildOptions} */
    const common = {
        bundle: true,
        minify: production,
        sourcemap: !production,
        sourcesContent: false,
        legalComments: production ? 'none' : 'inline',
        logLevel: 'info',
        alias: {
            'sla-model': here('../model/src/index.ts'),
            'sla-model/holiday-regions': here('../model/src/holiday-regions.ts'),
            'sla-language/protocol': here('../language/src/lsp/protocol.ts'),
            'sla-renderer': here('../renderer/src/index.ts')
        },
        // The editor provides `vscode`; everything else ships inside the bundles.
        external: ['vscode']
    };
    // VS Code 1.91 runs extensions on Node 20.
    /** @type {import('esbuild').BuildOptions} */
    const node = { ...common, platform: 'node', format: 'cjs', target: 'node20', outdir: here('dist'), outExtension: { '.js': '.cjs' } };
    /** @type {import('esbuild').BuildOptions} */
    const browser = {
        ...common,
        alias: {
            ...common.alias,
            // csv-parse's Node build needs Node's Buffer; its browser build brings its own.
            'csv-parse/sync': 'csv-parse/browser/esm/sync'
        },
        platform: 'browser',
        target: 'es2022',
        outdir: here('dist/web'),
        define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' }
    };
    return {
        desktopClient: {
            ...node,
            entryPoints: { extension: here('src/extension.ts') },
            plugins: [rendererOnDemand],
            // `import()` compiles to a `require` inside a promise: CommonJS throughout, as the
            // extension host loads extensions.
            supported: { 'dynamic-import': false }
        },
        renderer: { ...node, entryPoints: { renderer: here('../renderer/src/index.ts') } },
        desktopServer: { ...node, entryPoints: { server: here('src/server/node-server.ts') } },
        // The web extension host loads the client as one CommonJS module, the renderer included;
        // the worker runs a plain script.
        webClient: { ...browser, format: 'cjs', entryPoints: { extension: here('src/web/extension.ts') } },
        webServer: { ...browser, format: 'iife', entryPoints: { server: here('../language/src/browser/main.ts') } }
    };
}
