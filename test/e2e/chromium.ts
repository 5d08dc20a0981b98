import type { BrowserContext } from 'playwright-core';
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM } from './paths.js';

/** Debian chromium, headless, without anything that phones home. */
export const CHROMIUM_ARGS = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run'
];

/**
 * A fresh chromium profile. Webviews live on another origin inside the workbench, so their
 * service worker only registers when third-party cookies are allowed in the profile.
 */
export async function launchChromium(viewport = { width: 1400, height: 900 }): Promise<BrowserContext> {
    if (!existsSync(CHROMIUM)) {
        throw new Error(`${CHROMIUM} is missing: run scripts/install-code-server.sh (it installs Debian chromium).`);
    }
    const profile = mkdtempSync(join(tmpdir(), 'sla-e2e-chromium-'));
    mkdirSync(join(profile, 'Default'), { recursive: true });
    writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({
        profile: { block_third_party_cookies: false, cookie_controls_mode: 0 }
    }));
    const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: CHROMIUM_ARGS,
        viewport
    });
    // Chromium may still be flushing its cache as it exits: retry, and never fail a test over it.
    context.once('close', () => {
        try {
            rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
        } catch {
            // A leftover profile in the temp folder is harmless.
        }
    });
    return context;
}
