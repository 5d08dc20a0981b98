import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A path inside the repository. */
export const repository = (path = '') => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/** Where scripts/install-code-server.sh puts what the suites drive (gitignored). */
export const VSCODE_TEST = repository('.vscode-test');
export const CODE_SERVER_ENTRY = repository('.vscode-test/code-server/node_modules/code-server/out/node/entry.js');
export const NODE_24 = repository(`.vscode-test/node24/node_modules/node-linux-${process.arch === 'arm64' ? 'arm64' : 'x64'}/bin/node`);
export const CHROMIUM = process.env.SLA_E2E_CHROMIUM ?? '/usr/bin/chromium';

/** Screenshots and logs of the end-to-end runs (gitignored). */
export const ARTIFACTS = repository('test-artifacts/e2e');

/** The packaged extension, as `npm run package` writes it. */
export function packagedExtension(): string {
    const manifest = JSON.parse(readFileSync(repository('packages/extension/package.json'), 'utf8')) as { name: string; version: string };
    return repository(`packages/extension/${manifest.name}-${manifest.version}.vsix`);
}
