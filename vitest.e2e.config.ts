import { defineConfig } from 'vitest/config';

// The end-to-end suites drive a real VS Code (code-server, VS Code for the Web) through
// chromium: slow, so they stay out of `npm test`. `npm run test:e2e`, `npm run test:web`.
export default defineConfig({
    test: {
        include: ['test/e2e/**/*.e2e.ts', 'test/web/**/*.e2e.ts', 'test/extension-host/**/*.e2e.ts'],
        // One workbench at a time: the tests of a file share it and run in order.
        fileParallelism: false,
        sequence: { concurrent: false },
        testTimeout: 120_000,
        hookTimeout: 300_000,
        reporters: ['verbose']
    }
});
