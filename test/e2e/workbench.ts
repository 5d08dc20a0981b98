import type { FrameLocator, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** User settings for a quiet, deterministic workbench. */
export const WORKBENCH_SETTINGS: Record<string, unknown> = {
    'workbench.startupEditor': 'none',
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.editor.enablePreview': false,
    'workbench.colorTheme': 'Default Light Modern',
    'chat.disableAIFeatures': true,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
    'git.enabled': false,
    'security.workspace.trust.enabled': false,
    'files.simpleDialog.enable': true,
    'editor.minimap.enabled': false,
    'editor.hover.delay': 200,
    'editor.quickSuggestions': { other: false, comments: false, strings: false },
    'editor.suggest.preview': false,
    'editor.acceptSuggestionOnEnter': 'on'
};

/** Polls `probe` until it holds, with the failure of its last attempt as the error. */
export async function eventually<T>(probe: () => Promise<T>, timeout = 30_000, interval = 250): Promise<T> {
    const deadline = Date.now() + timeout;
    let lastError: unknown;
    while (Date.now() < deadline) {
        try {
            return await probe();
        } catch (error) {
            lastError = error;
        }
        await new Promise(resolve => setTimeout(resolve, interval));
    }
    throw lastError;
}

function exactly(text: string): RegExp {
    return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/** The workbench in a page: typed interactions as a user makes them. */
export class Workbench {
    constructor(readonly page: Page) {}

    async waitUntilReady(): Promise<void> {
        await this.page.waitForSelector('.monaco-workbench .part.editor', { timeout: 90_000 });
        await this.page.waitForSelector('.monaco-workbench .explorer-folders-view, .monaco-workbench .part.sidebar', { timeout: 60_000 });
    }

    /** Runs a command from the Command Palette by its label. */
    async runCommand(label: string): Promise<void> {
        const input = this.page.locator('.quick-input-widget .quick-input-box input');
        await this.openPalette(input, `>${label}`);
        // The exact label: "View: Close Editor" must not pick "View: Close All Editor Groups".
        const row = this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row')
            .filter({ has: this.page.locator('.label-name', { hasText: exactly(label) }) }).first();
        await row.waitFor({ state: 'visible', timeout: 15_000 });
        await row.click();
        // Done when the palette closed, or when the command opened a picker of its own.
        const widget = this.page.locator('.quick-input-widget');
        await expect.poll(async () => !(await widget.isVisible()) || !(await input.inputValue()).startsWith('>'), { timeout: 5_000 })
            .toBe(true).catch(() => undefined);
    }

    /**
     * Opens the Command Palette and types into it. The palette can open and close again while
     * the workbench moves focus (a walkthrough or webview taking it), so a palette that is gone
     * before the text is in is opened once more.
     */
    private async openPalette(input: Locator, text: string): Promise<void> {
        for (let attempt = 1; ; attempt++) {
            await this.page.keyboard.press('F1');
            try {
                await input.waitFor({ state: 'visible', timeout: 10_000 });
                await input.fill(text, { timeout: 10_000 });
                return;
            } catch (error) {
                if (attempt === 3) throw error;
                await this.page.keyboard.press('Escape');
            }
        }
    }

    /** Opens a workspace file through Quick Open and waits for its editor. */
    async openFile(name: string): Promise<void> {
        await this.page.keyboard.press('Control+P');
        const input = this.page.locator('.quick-input-widget .quick-input-box input');
        await input.waitFor({ state: 'visible' });
        await input.fill(name);
        // Wait until the filtered list has put the file first, not a stale entry of the unfiltered one.
        const row = this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row.focused', { hasText: name });
        await row.waitFor({ state: 'visible', timeout: 15_000 });
        await this.page.keyboard.press('Enter');
        await this.activeTab(name).waitFor({ state: 'visible', timeout: 15_000 });
        await this.editor().locator('.view-lines').waitFor({ state: 'visible' });
    }

    activeTab(name: string): Locator {
        return this.page.locator('.tabs-container .tab.active', { hasText: name });
    }

    /** The editor that has focus (or the only one). */
    editor(): Locator {
        return this.page.locator('.editor-instance .monaco-editor').first();
    }

    /** Focuses the text editor of `name` by clicking its tab. */
    async focusEditor(name: string): Promise<void> {
        await this.page.locator('.tabs-container .tab', { hasText: name }).first().click();
        await this.page.locator('.editor-instance .monaco-editor.focused').waitFor({ state: 'visible', timeout: 5_000 }).catch(async () => {
            await this.editor().locator('.view-lines').click();
        });
    }

    /** Moves the cursor with "Go to Line/Column" (1-based, as the status bar shows it). */
    async goTo(line: number, column = 1): Promise<void> {
        await this.page.keyboard.press('Control+G');
        const input = this.page.locator('.quick-input-widget .quick-input-box input');
        await input.waitFor({ state: 'visible' });
        await input.fill(`:${line}:${column}`);
        await this.page.keyboard.press('Enter');
        await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
        await expect.poll(() => this.cursorPosition()).toEqual({ line, column });
    }

    /** The cursor position from the status bar ("Ln 12, Col 5"). */
    async cursorPosition(): Promise<{ line: number; column: number } | undefined> {
        const text = await this.page.locator('.statusbar-item[id="status.editor.selection"]').innerText().catch(() => '');
        const match = /Ln (\d+), Col (\d+)/.exec(text);
        return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
    }

    /** The text of the editor's visible lines. */
    async visibleText(): Promise<string> {
        return (await this.editor().locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');
    }

    /** The rows the Problems panel shows for files matching `glob` (its filter box), as text. */
    async problems(glob: string): Promise<string[]> {
        const panel = this.page.locator('.markers-panel');
        if (!(await panel.isVisible())) {
            await this.page.keyboard.press('Control+Shift+M');
            await panel.waitFor({ state: 'visible' });
        }
        const filter = this.page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
        if ((await filter.inputValue()) !== glob) {
            await filter.fill(glob);
        }
        return panel.locator('.monaco-list-row').allInnerTexts();
    }

    /**
     * The preview webview's content frame. VS Code nests it in two iframes; the outer one names
     * the extension that owns it, which tells it from other webviews (a walkthrough's media).
     */
    previewFrame(): FrameLocator {
        return this.page.frameLocator('iframe.webview.ready[src*="extensionId=sla-studio.sla-studio"]').first().frameLocator('#active-frame');
    }

    async screenshot(path: string): Promise<void> {
        await this.page.screenshot({ path });
    }
}
