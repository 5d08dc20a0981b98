import * as renderer from 'sla-renderer';
import { expect, test } from 'vitest';
import { loadRenderer } from '../../packages/extension/src/renderer.js';

test('the extension loads the renderer once, when first asked', async () => {
    const loading = loadRenderer();
    expect(loadRenderer()).toBe(loading);
    const loaded = await loading;
    expect(loaded.renderHtmlFragment).toBe(renderer.renderHtmlFragment);
    expect(loaded.createNonce).toBe(renderer.createNonce);
});
