import { runTests } from './harness.js';
import { SLA_EXTENSION_TESTS } from './sla.tests.js';

/**
 * The entry @vscode/test-electron loads (`extensionTestsPath`): runs the suite inside the
 * extension host and fails the run if a test fails.
 */
export async function run(): Promise<void> {
    console.log('SLA Studio extension tests');
    const results = await runTests(SLA_EXTENSION_TESTS);
    const failed = results.filter(result => !result.passed);
    console.log(`${results.length - failed.length} passed, ${failed.length} failed`);
    if (failed.length > 0) {
        throw new Error(`${failed.length} extension test(s) failed: ${failed.map(result => result.name).join(', ')}`);
    }
}
