import type { ServiceLevelReport } from 'sla-model';
import { reportDocument } from 'sla-model';
import { escapeHtml } from './escape.js';
import { blockHtml, sectionLines } from './html.js';
import { PAGE_CSS } from './page.js';
import { createNonce, htmlPage } from './page-shell.js';
import { PREVIEW_CSS } from './styles.js';

/**
 * The service level report as an HTML fragment: the blocks the rendered agreement's report
 * section is made of (`reportDocument`), under the report's own title.
 */
export function renderReportHtml(report: ServiceLevelReport): string {
    const { blocks, sections } = reportDocument(report, 'sla-report');
    return [
        '<article class="sla-document sla-report-page">',
        '<header class="sla-header">',
        `<h1>${escapeHtml(`${report.agreement.title}: service level report, ${report.scope}`)}</h1>`,
        '</header>',
        ...blocks.map(block => blockHtml(block, 1)),
        ...sections.flatMap(section => sectionLines(section, 2)),
        '</article>'
    ].join('\n') + '\n';
}

/** `sla report --format html`: the report as a standalone page in the one page shell; it runs no script. */
export function renderReportPage(report: ServiceLevelReport, options: { nonce?: string } = {}): string {
    return htmlPage({
        title: `${report.agreement.title}: service level report, ${report.scope}`,
        nonce: options.nonce ?? createNonce(),
        css: PREVIEW_CSS + PAGE_CSS,
        body: renderReportHtml(report)
    });
}
