import { writeFileSync } from 'node:fs';
import { runTests } from './harness.js';
import { SLA_EXTENSION_TESTS } from './sla.tests.js';

/**
 * A tiny extension that runs the same suite inside code-server, where @vscode/test-electron
 * cannot start VS Code: installed beside SLA Studio, it runs the tests once the workbench is
 * up and writes the results to the file named by SLA_EXTENSION_TESTS_RESULTS. Without that
 * variable it does nothing.
 */
export async function activate(): Promise<void> {
    const resultsFile = process.env.SLA_EXTENSION_TESTS_RESULTS;
    if (!resultsFile) {
        return;
    }
    const lines: string[] = [];
    const results = await runTests(SLA_EXTENSION_TESTS, line => lines.push(line));
    writeFileSync(resultsFile, JSON.stringify({ results, log: lines }, null, 2));
}

export function deactivate(): void {
    // Nothing to release.
}
