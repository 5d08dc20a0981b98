import { test } from 'vitest';
import { runInElectron } from './run-electron.js';

// Needs a VS Code download (@vscode/test-electron), so it is opt-in: SLA_TEST_ELECTRON=1.
test.runIf(process.env.SLA_TEST_ELECTRON === '1')('the extension-host suite passes in desktop VS Code', async () => {
    await runInElectron();
}, 600_000);
