// Draws the extension's Marketplace icon, media/icon.png (128×128), from media/icon.svg with
// the Debian chromium the end-to-end tests use: no image tools needed.
//   node scripts/make-icon.mjs
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const media = (name) => fileURLToPath(new URL(`../packages/extension/media/${name}`, import.meta.url));
const svg = readFileSync(media('icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
    const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
    await page.locator('svg').screenshot({ path: media('icon.png'), omitBackground: true });
} finally {
    await browser.close();
}
console.log(`wrote ${media('icon.png')}`);
