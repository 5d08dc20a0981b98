import { describe, expect, test } from 'vitest';
import { PREVIEW_CSS } from 'sla-renderer';

describe('PREVIEW_CSS', () => {
    test('colours come from VS Code theme variables, each with a fallback', () => {
        for (const variable of ['editor-foreground', 'editor-background', 'textLink-foreground', 'charts-blue', 'charts-green', 'charts-red', 'charts-yellow', 'contrastBorder']) {
            expect(PREVIEW_CSS).toMatch(new RegExp(`var\\(--vscode-${variable}, [^)]+\\)`));
        }
    });

    test('every literal colour is a fallback inside var(), in a light and a dark set', () => {
        const literals = PREVIEW_CSS.match(/#[0-9a-f]{3,8}\b/gi) ?? [];
        const fallbacks = PREVIEW_CSS.match(/var\(--vscode-[\w-]+, #[0-9a-f]{3,8}\)/gi) ?? [];
        expect(literals.length).toBe(fallbacks.length);
        expect(PREVIEW_CSS).toContain('@media (prefers-color-scheme: dark)');
    });

    test('the chart\'s parts are coloured by class', () => {
        expect(PREVIEW_CSS).toContain('.sla-target-line { stroke: var(--sla-target);');
        expect(PREVIEW_CSS).toContain('.sla-actual-line { stroke: var(--sla-actual);');
        expect(PREVIEW_CSS).toContain('.sla-goal-line { stroke: var(--sla-goal);');
        expect(PREVIEW_CSS).toContain('.sla-today-line { stroke: var(--sla-today);');
        expect(PREVIEW_CSS).toContain('.sla-chart[hidden] { display: none; }');
    });

    test('on paper: the page estimate\'s margins, no controls, charts and rows kept whole', () => {
        const print = PREVIEW_CSS.slice(PREVIEW_CSS.indexOf('@media print {'));
        expect(print).toContain('@page { margin: 20mm; }');
        expect(print).toContain('.sla-month-picker-label, .sla-chart-data { display: none; }');
        expect(print).toContain('.sla-chart-group, .sla-report-chart, .sla-table tr, .sla-list > li, .sla-facts, .sla-glossary > div { break-inside: avoid; }');
    });
});
