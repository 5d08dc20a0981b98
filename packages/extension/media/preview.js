// @ts-check
// The script of the SLA preview webview. It runs under a nonce-only Content-Security-Policy:
// it replaces the document on `render`, scrolls to the clause of the editor's cursor, reveals
// a clicked clause's source line, switches the months of pacing charts, and keeps what the
// user chose in the webview state (which VS Code hands back after a reload).
(function () {
    /** @typedef {import('../src/preview/webview-messages').ToWebviewMessage} ToWebviewMessage */
    /** @typedef {import('../src/preview/webview-messages').FromWebviewMessage} FromWebviewMessage */
    /** @typedef {import('../src/preview/webview-messages').PreviewInitialState} PreviewInitialState */
    /** @typedef {import('../src/preview/webview-messages').PreviewWebviewState} PreviewWebviewState */

    /** @type {{ postMessage(message: FromWebviewMessage): void; getState(): PreviewWebviewState | undefined; setState(state: PreviewWebviewState): void }} */
    // @ts-ignore acquireVsCodeApi is defined by the webview host, once per page.
    const vscode = acquireVsCodeApi();

    const root = /** @type {HTMLElement} */ (document.getElementById('sla-preview-root'));
    const stateElement = document.getElementById('sla-preview-state');
    /** @type {PreviewInitialState} */
    const initial = JSON.parse(stateElement?.getAttribute('data-state') ?? '{}');
    const previous = vscode.getState();

    /** @type {PreviewWebviewState} */
    const state = {
        resource: initial.resource,
        // A page rebuilt for the same agreement keeps the months and position chosen before.
        months: previous && previous.resource === initial.resource ? previous.months ?? {} : {},
        scrollY: previous && previous.resource === initial.resource ? previous.scrollY : undefined
    };
    vscode.setState(state);

    if (initial.settings?.clickRevealsSource) {
        document.body.classList.add('sla-click-reveals');
    }

    function saveState() {
        vscode.setState(state);
    }

    // ---- month pickers ------------------------------------------------------------------

    /**
     * Shows the chart of `month` in `group` and hides the group's other months: the month
     * pickers' script, which the renderer writes into every page with charts, does it.
     * @param {string} group
     * @param {string} month
     */
    function showMonth(group, month) {
        /** @type {{ slaShowMonth?: (group: string, month: string) => void }} */ (/** @type {unknown} */ (window)).slaShowMonth?.(group, month);
    }

    /** After a render: put every picker back on the month chosen before, if it still exists. */
    function restoreMonths() {
        for (const picker of root.querySelectorAll('select.sla-month-picker')) {
            const select = /** @type {HTMLSelectElement} */ (picker);
            const group = select.getAttribute('data-chart-group');
            const month = group ? state.months[group] : undefined;
            if (group && month && [...select.options].some(option => option.value === month)) {
                select.value = month;
                showMonth(group, month);
            }
        }
    }

    root.addEventListener('change', event => {
        const target = event.target;
        if (target instanceof HTMLSelectElement && target.classList.contains('sla-month-picker')) {
            const group = target.getAttribute('data-chart-group');
            if (group) {
                state.months[group] = target.value;
                saveState();
            }
        }
    });

    // ---- source lines ---------------------------------------------------------------------

    /** Elements tagged with their source line, in document order, that take up space. */
    function lineElements() {
        /** @type {{ line: number; element: HTMLElement }[]} */
        const result = [];
        for (const element of root.querySelectorAll('[data-line]')) {
            const line = Number(element.getAttribute('data-line'));
            if (Number.isInteger(line) && element instanceof HTMLElement && element.getClientRects().length > 0) {
                result.push({ line, element });
            }
        }
        return result;
    }

    /**
     * Brings the clause written on `line` (or the last one before it) to the top of the view.
     * @param {number} line
     */
    function scrollToLine(line) {
        let best;
        for (const entry of lineElements()) {
            if (entry.line <= line && (!best || entry.line > best.line)) {
                best = entry;
            }
        }
        if (!best) {
            window.scrollTo({ top: 0 });
            return;
        }
        const top = best.element.getBoundingClientRect().top + window.scrollY;
        window.scrollTo({ top: Math.max(0, top - 12) });
        highlight(best.element);
    }

    /** @type {HTMLElement | undefined} */
    let highlighted;
    /** @param {HTMLElement} element */
    function highlight(element) {
        highlighted?.classList.remove('sla-preview-line-highlight');
        highlighted = element;
        element.classList.add('sla-preview-line-highlight');
    }

    root.addEventListener('click', event => {
        if (!initial.settings?.clickRevealsSource) {
            return;
        }
        const target = event.target;
        if (!(target instanceof Element) || target.closest('a, select, option, button, input, summary, label')) {
            return;
        }
        // Selecting text to copy it is not a click on a clause.
        const selection = window.getSelection();
        if (selection && !selection.isCollapsed) {
            return;
        }
        const clause = target.closest('[data-line]');
        const line = clause ? Number(clause.getAttribute('data-line')) : NaN;
        if (Number.isInteger(line) && line >= 0) {
            highlight(/** @type {HTMLElement} */ (clause));
            vscode.postMessage({ type: 'revealLine', line });
        }
    });

    /** @type {ReturnType<typeof setTimeout> | undefined} */
    let scrollTimer;
    window.addEventListener('scroll', () => {
        clearTimeout(scrollTimer);
        scrollTimer = setTimeout(() => {
            state.scrollY = window.scrollY;
            saveState();
        }, 100);
    });

    // ---- messages from the extension -----------------------------------------------------

    window.addEventListener('message', event => {
        /** @type {ToWebviewMessage} */
        const message = event.data;
        switch (message?.type) {
            case 'render': {
                const scrollY = window.scrollY;
                // The renderer escapes every user string and emits no script; the CSP would block one anyway.
                root.innerHTML = message.html;
                restoreMonths();
                window.scrollTo({ top: scrollY });
                break;
            }
            case 'scrollToLine':
                if (initial.settings?.scrollPreviewWithEditor) {
                    scrollToLine(message.line);
                }
                break;
        }
    });

    restoreMonths();
    if (state.scrollY !== undefined) {
        window.scrollTo({ top: state.scrollY });
    } else if (typeof initial.line === 'number' && initial.settings?.scrollPreviewWithEditor) {
        scrollToLine(initial.line);
    }
    vscode.postMessage({ type: 'ready' });
}());
