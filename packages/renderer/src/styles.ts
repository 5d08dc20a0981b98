import { PRINT_MARGIN_MM } from 'sla-model';

/**
 * The stylesheet of the rendered agreement. Colours come from VS Code's theme variables, so
 * the preview follows light, dark and high-contrast themes; each has a fallback for a
 * standalone page, where `prefers-color-scheme` picks the light or dark set.
 *
 * On paper (`@media print`): the page estimate (sla-model's page-estimate.ts) lays the
 * document out with these margins and rules, so a change there is a change here. Controls
 * (the month picker, the collapsed day-by-day table) do not print; a chart, a table row, a
 * list item, a group of facts or a glossary entry is not split over two pages, nor a heading
 * parted from what follows it.
 */
export const PREVIEW_CSS = `
:root {
    color-scheme: light dark;
    --sla-fg: var(--vscode-editor-foreground, #1f2328);
    --sla-bg: var(--vscode-editor-background, #ffffff);
    --sla-muted: var(--vscode-descriptionForeground, #59636e);
    --sla-link: var(--vscode-textLink-foreground, #0969da);
    --sla-border: var(--vscode-contrastBorder, var(--vscode-panel-border, #d1d9e0));
    --sla-subtle-bg: var(--vscode-textBlockQuote-background, #f6f8fa);
    --sla-code-bg: var(--vscode-textCodeBlock-background, #eff1f3);
    --sla-target: var(--vscode-charts-blue, #0969da);
    --sla-actual: var(--vscode-charts-green, #1a7f37);
    --sla-goal: var(--vscode-charts-red, #cf222e);
    --sla-today: var(--vscode-charts-yellow, #9a6700);
    --sla-warning: var(--vscode-editorWarning-foreground, #9a6700);
    --sla-focus: var(--vscode-focusBorder, #0969da);
}
@media (prefers-color-scheme: dark) {
    :root {
        --sla-fg: var(--vscode-editor-foreground, #e6edf3);
        --sla-bg: var(--vscode-editor-background, #0d1117);
        --sla-muted: var(--vscode-descriptionForeground, #9198a1);
        --sla-link: var(--vscode-textLink-foreground, #4493f8);
        --sla-border: var(--vscode-contrastBorder, var(--vscode-panel-border, #3d444d));
        --sla-subtle-bg: var(--vscode-textBlockQuote-background, #151b23);
        --sla-code-bg: var(--vscode-textCodeBlock-background, #262c36);
        --sla-target: var(--vscode-charts-blue, #4493f8);
        --sla-actual: var(--vscode-charts-green, #3fb950);
        --sla-goal: var(--vscode-charts-red, #f85149);
        --sla-today: var(--vscode-charts-yellow, #d29922);
        --sla-warning: var(--vscode-editorWarning-foreground, #d29922);
        --sla-focus: var(--vscode-focusBorder, #4493f8);
    }
}
.sla-document {
    color: var(--sla-fg);
    background: var(--sla-bg);
    font-family: var(--vscode-font-family, system-ui, -apple-system, "Segoe UI", sans-serif);
    font-size: var(--vscode-font-size, 14px);
    line-height: 1.55;
    max-width: 52rem;
    margin: 0 auto;
    padding: 1.5rem 1.25rem 3rem;
}
.sla-document h1 { font-size: 1.8em; margin: 0 0 0.2em; }
.sla-document h2 { font-size: 1.35em; margin: 1.6em 0 0.5em; padding-bottom: 0.2em; border-bottom: 1px solid var(--sla-border); }
.sla-document h3 { font-size: 1.15em; margin: 1.3em 0 0.4em; }
.sla-document h4 { font-size: 1em; margin: 1.2em 0 0.3em; }
.sla-document h5, .sla-document h6 { font-size: 0.95em; margin: 1em 0 0.3em; }
.sla-document a { color: var(--sla-link); text-decoration: none; }
.sla-document a:hover { text-decoration: underline; }
.sla-document a:focus-visible, .sla-document select:focus-visible, .sla-document summary:focus-visible {
    outline: 2px solid var(--sla-focus);
    outline-offset: 2px;
}
.sla-document code, .sla-document pre { background: var(--sla-code-bg); border-radius: 4px; font-family: var(--vscode-editor-font-family, ui-monospace, monospace); }
.sla-document code { padding: 0.1em 0.3em; }
.sla-document pre { padding: 0.6em 0.8em; overflow-x: auto; }
.sla-document blockquote { margin: 0.5em 0; padding: 0.2em 1em; border-left: 3px solid var(--sla-border); background: var(--sla-subtle-bg); }
.sla-subtitle, .sla-list-title, .sla-term-source, .sla-aliases, .sla-footer, .sla-chart-note { color: var(--sla-muted); }
.sla-subtitle { margin: 0; }
.sla-list-title { margin: 0.8em 0 0.2em; font-weight: 600; }
.sla-list { margin: 0.3em 0; padding-left: 1.4em; }
.sla-list > li { margin: 0.25em 0; }
.sla-prose > p:first-child { margin-top: 0; }
.sla-prose > p:last-child { margin-bottom: 0; }
.sla-list .sla-prose { margin-top: 0.2em; }
.sla-facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; margin: 0.5em 0; }
.sla-facts > div { display: contents; }
.sla-facts dt { color: var(--sla-muted); }
.sla-facts dd { margin: 0; }
.sla-table, .sla-chart-data table { border-collapse: collapse; margin: 0.6em 0; width: 100%; }
.sla-table caption, .sla-chart-data caption { text-align: left; color: var(--sla-muted); padding-bottom: 0.3em; }
.sla-table th, .sla-table td, .sla-chart-data th, .sla-chart-data td {
    border: 1px solid var(--sla-border);
    padding: 0.3em 0.6em;
    text-align: left;
    vertical-align: top;
}
.sla-table thead th, .sla-chart-data thead th { background: var(--sla-subtle-bg); }
.sla-chart-data td { text-align: right; font-variant-numeric: tabular-nums; }
.sla-align-left { text-align: left; }
.sla-align-center { text-align: center; }
.sla-align-right { text-align: right; }
.sla-glossary > div { margin: 0.5em 0; scroll-margin-top: 1em; }
.sla-glossary dt { font-weight: 600; }
.sla-glossary dt .sla-aliases, .sla-glossary dt .sla-term-source { font-weight: normal; }
.sla-glossary dd { margin: 0.1em 0 0 1.2em; }
.sla-glossary dd > p { margin: 0 0 0.4em; }
.sla-term { border-bottom: 1px dotted currentColor; }
a.sla-term { text-decoration: none; }
.sla-term-undefined { color: var(--sla-warning); border-bottom: 1px dashed var(--sla-warning); }
.sla-note { color: var(--sla-warning); }
.sla-chart-group { margin: 0.8em 0 1.2em; }
.sla-month-picker-label { display: inline-block; margin-bottom: 0.4em; color: var(--sla-muted); }
.sla-month-picker {
    color: var(--vscode-dropdown-foreground, var(--sla-fg));
    background: var(--vscode-dropdown-background, var(--sla-bg));
    border: 1px solid var(--vscode-dropdown-border, var(--sla-border));
    border-radius: 3px;
    padding: 0.15em 0.3em;
    font: inherit;
}
.sla-chart { margin: 0; }
.sla-chart[hidden] { display: none; }
.sla-chart figcaption { display: flex; flex-direction: column; gap: 0.1em; margin-bottom: 0.4em; }
.sla-chart-title { font-weight: 600; }
.sla-pace-ahead, .sla-pace-met { color: var(--sla-actual); }
.sla-pace-behind, .sla-pace-missed { color: var(--sla-goal); }
.sla-pace-on-pace { color: var(--sla-target); }
.sla-pace-unknown, .sla-finish { color: var(--sla-muted); }
.sla-chart-svg { display: block; width: 100%; max-width: 44rem; height: auto; color: var(--sla-fg); font-size: 11px; font-family: inherit; overflow: visible; }
.sla-chart-svg text { fill: currentColor; stroke: none; }
.sla-chart-svg .sla-axis line { stroke: currentColor; opacity: 0.6; }
.sla-chart-svg .sla-axis .sla-grid { stroke: var(--sla-border); opacity: 0.7; }
.sla-chart-svg .sla-axis-label { opacity: 0.8; }
.sla-target-line { stroke: var(--sla-target); stroke-width: 2; stroke-dasharray: 6 4; fill: none; }
.sla-target-point { fill: var(--sla-target); stroke: none; }
.sla-actual-line { stroke: var(--sla-actual); stroke-width: 2.5; fill: none; }
.sla-actual-point { fill: var(--sla-actual); stroke: var(--sla-bg); stroke-width: 1; }
.sla-projection-line { stroke: var(--sla-actual); stroke-width: 1.5; stroke-dasharray: 2 4; fill: none; }
.sla-goal-line { stroke: var(--sla-goal); stroke-width: 1.5; }
.sla-chart-svg .sla-goal-label { fill: var(--sla-goal); font-weight: 600; }
.sla-today-line { stroke: var(--sla-today); stroke-width: 1.5; stroke-dasharray: 3 3; }
.sla-chart-svg .sla-today-label { fill: var(--sla-today); font-weight: 600; }
.sla-chart-legend { display: flex; flex-wrap: wrap; gap: 0.3em 1.2em; list-style: none; padding: 0; margin: 0.3em 0; font-size: 0.9em; }
.sla-swatch { display: inline-block; width: 1.4em; height: 0; margin-right: 0.4em; vertical-align: middle; border-top: 2px solid currentColor; }
.sla-swatch-target { border-top: 2px dashed var(--sla-target); }
.sla-swatch-actual { border-top: 3px solid var(--sla-actual); }
.sla-swatch-goal { border-top: 2px solid var(--sla-goal); }
.sla-swatch-projection { border-top: 2px dotted var(--sla-actual); }
.sla-swatch-today { border-top: 2px dashed var(--sla-today); }
.sla-chart-data summary { cursor: pointer; color: var(--sla-link); }
.sla-chart-data .sla-today-row th, .sla-chart-data .sla-today-row td { background: var(--sla-subtle-bg); font-weight: 600; }
.sla-report-month[hidden] { display: none; }
.sla-report-chart { margin: 0.6em 0 0.8em; }
.sla-report-chart-svg { display: block; width: 100%; max-width: 480px; height: auto; color: var(--sla-fg); font-size: 10px; font-family: inherit; overflow: visible; }
.sla-report-chart-svg text { fill: currentColor; stroke: none; }
.sla-report-chart-svg .sla-axis line { stroke: currentColor; opacity: 0.6; }
.sla-report-chart-svg .sla-axis .sla-grid { stroke: var(--sla-border); opacity: 0.7; }
.sla-report-target { stroke: var(--sla-target); stroke-width: 1.5; stroke-dasharray: 6 4; }
.sla-report-chart-svg .sla-report-target-label { fill: var(--sla-target); }
.sla-report-line { stroke: var(--sla-fg); stroke-width: 1.5; fill: none; opacity: 0.7; }
.sla-report-gap { stroke: var(--sla-warning); stroke-width: 1; stroke-dasharray: 2 3; }
.sla-report-point { stroke: var(--sla-bg); stroke-width: 1; }
.sla-report-met { fill: var(--sla-actual); }
.sla-report-missed { fill: var(--sla-goal); }
.sla-report-in-progress { fill: var(--sla-bg); stroke: var(--sla-fg); stroke-width: 1.5; }
.sla-draft { margin: 0.6em 0 0; padding: 0.3em 0.7em; border: 2px solid var(--sla-warning); border-radius: 4px; color: var(--sla-warning); font-weight: 600; }
.sla-footer { margin-top: 2.5em; border-top: 1px solid var(--sla-border); padding-top: 0.5em; font-size: 0.9em; }
.vscode-high-contrast .sla-target-line, .vscode-high-contrast .sla-actual-line { stroke-width: 3; }
.vscode-high-contrast .sla-document a { text-decoration: underline; }
@media print {
    @page { margin: ${PRINT_MARGIN_MM}mm; }
    .sla-document { max-width: none; padding: 0; }
    .sla-month-picker-label, .sla-chart-data { display: none; }
    .sla-chart-group, .sla-report-chart, .sla-table tr, .sla-list > li, .sla-facts, .sla-glossary > div { break-inside: avoid; }
    .sla-document :is(h1, h2, h3, h4, h5, h6), .sla-list-title, .sla-table caption { break-after: avoid; }
}
@media (forced-colors: active) {
    .sla-target-line, .sla-actual-line, .sla-goal-line, .sla-today-line, .sla-projection-line { stroke: CanvasText; }
    .sla-target-point, .sla-actual-point, .sla-report-point { fill: CanvasText; }
    .sla-report-target, .sla-report-line, .sla-report-gap { stroke: CanvasText; }
}
`;
