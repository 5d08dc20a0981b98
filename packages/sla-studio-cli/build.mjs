// Bundles the `sla` command and the language server, with every dependency, into dist/ as one
// CommonJS file each, and copies in the diagnostics page they link each code to
// (dist/docs/diagnostics.md, found from the bundle by `findDiagnosticsPage`). The workspace
// packages are bundled from their TypeScript sources, so no `tsc` build is needed first.
// `npm pack` runs it (prepack).
//   node build.mjs
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** @param {string} path */
const here = (path) => fileURLToPath(new URL(path, import.meta.url));

rmSync(here('dist'), { recursive: true, force: true });
mkdirSync(here('dist/docs'), { recursive: true });
copyFileSync(here('../../docs/diagnostics.md'), here('dist/docs/diagnostics.md'));

await esbuild.build({
    entryPoints: {
        sla: here('../cli/src/main.ts'),
        server: here('../language/src/node/main.ts')
    },
    outdir: here('dist'),
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // bin/ refuses an older Node before a bundle loads.
    target: 'node22',
    minify: true,
    legalComments: 'linked',
    logLevel: 'warning',
    alias: {
        'sla-model': here('../model/src/index.ts'),
        'sla-model/holiday-regions': here('../model/src/holiday-regions.ts'),
        'sla-language': here('../language/src/index.ts'),
        'sla-language/node': here('../language/src/node/index.ts'),
        'sla-renderer': here('../renderer/src/index.ts')
    }
});
