/**
 * A small test harness for code that runs inside VS Code's extension host: tests run one
 * after another with plain `node:assert`, and each result is reported, so the same suite runs
 * under @vscode/test-electron and under code-server (see driver.ts) without a test framework.
 */
export interface ExtensionTest {
    name: string;
    run(): Promise<void>;
}

export interface ExtensionTestResult {
    name: string;
    passed: boolean;
    durationMs: number;
    error?: string;
}

export async function runTests(tests: readonly ExtensionTest[], log: (line: string) => void = console.log): Promise<ExtensionTestResult[]> {
    const results: ExtensionTestResult[] = [];
    for (const test of tests) {
        const started = Date.now();
        try {
            await test.run();
            results.push({ name: test.name, passed: true, durationMs: Date.now() - started });
            log(`  ✓ ${test.name} (${Date.now() - started} ms)`);
        } catch (error) {
            const message = error instanceof Error ? error.stack ?? error.message : String(error);
            results.push({ name: test.name, passed: false, durationMs: Date.now() - started, error: message });
            log(`  ✗ ${test.name} (${Date.now() - started} ms)\n${message}`);
        }
    }
    return results;
}

/** Polls until `probe` returns a value other than undefined or false, or fails with `message`. */
export async function waitFor<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, message: string, timeout = 20_000): Promise<T> {
    const deadline = Date.now() + timeout;
    let last: unknown;
    while (Date.now() < deadline) {
        try {
            const value = await probe();
            if (value !== undefined && value !== false) {
                return value;
            }
        } catch (error) {
            last = error;
        }
        await new Promise(resolve => setTimeout(resolve, 100));
    }
    throw new Error(`Timed out after ${timeout} ms: ${message}${last ? ` (last error: ${last})` : ''}`);
}
