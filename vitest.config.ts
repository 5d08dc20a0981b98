import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Tests import the packages by name and run against their TypeScript sources.
export default defineConfig({
    resolve: {
        alias: [
            { find: /^sla-model$/, replacement: source('./packages/model/src/index.ts') },
            { find: /^sla-model\/holiday-regions$/, replacement: source('./packages/model/src/holiday-regions.ts') },
            { find: /^sla-language$/, replacement: source('./packages/language/src/index.ts') },
            { find: /^sla-language\/protocol$/, replacement: source('./packages/language/src/lsp/protocol.ts') },
            { find: /^sla-language\/node$/, replacement: source('./packages/language/src/node/index.ts') },
            { find: /^sla-renderer$/, replacement: source('./packages/renderer/src/index.ts') }
        ]
    },
    test: {
        include: ['test/**/*.test.ts'],
        testTimeout: 30_000
    }
});
