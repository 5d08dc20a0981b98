import { runTests } from '@vscode/test-electron';
import { repository } from '../e2e/paths.js';
import { createWorkspace, removeWorkspace } from '../e2e/workspace-fixture.js';
import { bundleSuite } from './bundle.js';

/**
 * Runs the extension-host suite in a desktop VS Code downloaded by @vscode/test-electron, for
 * machines that can reach update.code.visualstudio.com:
 *   npm run package   (bundles dist/)
 *   npx vitest run --config vitest.e2e.config.ts test/extension-host
 * Here, where no download works, the same suite runs inside code-server (test/e2e).
 */
export async function runInElectron(version = process.env.SLA_VSCODE_VERSION ?? 'stable'): Promise<void> {
    const extensionTestsPath = repository('.vscode-test/extension-host/index.cjs');
    await bundleSuite('index.ts', extensionTestsPath);
    const workspace = createWorkspace();
    try {
        await runTests({
            version,
            extensionDevelopmentPath: repository('packages/extension'),
            extensionTestsPath,
            launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes']
        });
    } finally {
        removeWorkspace(workspace);
    }
}
