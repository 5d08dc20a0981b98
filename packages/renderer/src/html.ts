import type { AgreementModel, Block, DocumentSection, Inline, RenderOptions, ReportGroup, SlaDocument } from 'sla-model';
import { buildDocument } from 'sla-model';
import { cachedChartGroupHtml } from './chart-cache.js';
import { escapeHtml } from './escape.js';
import { mentionHtml, proseToHtml, proseToInlineHtml } from './prose-html.js';
import { renderReportChartSvg } from './report-chart.js';

/**
 * The document body only: `<article class="sla-document">…</article>`. Every element from a
 * source clause carries `data-line` (zero-based) for scroll sync. No script, no event
 * handler, no style attribute; every user string is escaped; charts are inline SVG.
 */
export function renderHtmlFragment(model: AgreementModel, options: RenderOptions & { problems?: number }): string {
    return documentToHtml(buildDocument(model, options));
}

export function documentToHtml(document: SlaDocument): string {
    const lines = [
        `<article class="sla-document" data-line="${document.line}">`,
        `<header class="sla-header" data-line="${document.line}">`,
        `<h1>${escapeHtml(document.title)}</h1>`,
        ...(document.subtitle.length > 0 ? [`<p class="sla-subtitle">${escapeHtml(document.subtitle.join(' · '))}</p>`] : []),
        ...(document.problems ? [`<p class="sla-draft" role="note">${escapeHtml(draftSentence(document.problems))}</p>`] : []),
        '</header>',
        ...document.sections.flatMap(section => sectionLines(section, 2)),
        '<footer class="sla-footer">',
        `<p class="sla-page-estimate">${escapeHtml(estimateSentence(document))}</p>`,
        '</footer>',
        '</article>'
    ];
    return lines.join('\n') + '\n';
}

function pages(count: number): string {
    return `${count} ${count === 1 ? 'page' : 'pages'}`;
}

/** The banner of an agreement with errors: `Draft — 1 problem`, `Draft — 3 problems`. */
export function draftSentence(problems: number): string {
    return `Draft — ${problems} ${problems === 1 ? 'problem' : 'problems'}`;
}

/** `Estimated length: 4.2 pages.`, and with a report: `…, 5.1 pages with the service level report.` */
export function estimateSentence(document: SlaDocument): string {
    return document.withReport === undefined ? `Estimated length: ${pages(document.pages)}.`
        : `Estimated length: ${pages(document.pages)}, ${pages(document.withReport)} with the service level report.`;
}

function lineAttr(line: number | undefined): string {
    return line === undefined ? '' : ` data-line="${line}"`;
}

function idAttr(id: string | undefined): string {
    return id === undefined ? '' : ` id="${escapeHtml(id)}"`;
}

/**
 * A section and its subsections as lines, joined once for the whole document: joining per
 * level would copy the charts' long HTML again at every level.
 */
export function sectionLines(section: DocumentSection, level: number): string[] {
    const heading = Math.min(level, 6);
    return [
        `<section class="sla-section sla-level-${level}"${idAttr(section.id)}${lineAttr(section.line)}>`,
        `<h${heading}${lineAttr(section.line)}>${escapeHtml(section.title)}</h${heading}>`,
        ...section.blocks.map(block => blockHtml(block, level)),
        ...section.sections.flatMap(child => sectionLines(child, level + 1)),
        '</section>'
    ];
}

export function blockHtml(block: Block, level: number): string {
    switch (block.kind) {
        case 'prose':
            return `<div class="sla-prose"${lineAttr(block.line)}>${proseToHtml(block.prose)}</div>`;
        case 'paragraph':
            return `<p${lineAttr(block.line)}>${inlineHtml(block.content)}</p>`;
        case 'note':
            return `<p class="sla-note"${lineAttr(block.line)}>${inlineHtml(block.content)}</p>`;
        case 'facts':
            return `<dl class="sla-facts">${block.facts.map(fact =>
                `<div${lineAttr(fact.line)}><dt>${escapeHtml(fact.label)}</dt><dd>${inlineHtml(fact.content)}</dd></div>`).join('')}</dl>`;
        case 'list': {
            const title = block.title === undefined ? '' : `<p class="sla-list-title">${escapeHtml(block.title)}</p>\n`;
            const items = block.items.map(item => {
                const prose = item.prose ? `<div class="sla-prose">${proseToHtml(item.prose)}</div>` : '';
                return `<li${idAttr(item.id)}${lineAttr(item.line)}>${inlineHtml(item.content)}${prose}</li>`;
            });
            return `${title}<ul class="sla-list">\n${items.join('\n')}\n</ul>`;
        }
        case 'table': {
            const head = block.columns.map(column => `<th scope="col">${escapeHtml(column)}</th>`).join('');
            const rows = block.rows.map(row =>
                `<tr${idAttr(row.id)}${lineAttr(row.line)}>${row.cells.map((cell, index) => index === 0
                    ? `<th scope="row">${inlineHtml(cell)}</th>`
                    : `<td>${inlineHtml(cell)}</td>`).join('')}</tr>`);
            return `<table class="sla-table">\n<caption>${escapeHtml(block.caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
        }
        case 'glossary':
            return `<dl class="sla-glossary">\n${block.entries.map(entry => {
                const aliases = entry.aliases.length > 0 ? ` <span class="sla-aliases">(also ${escapeHtml(entry.aliases.join(', '))})</span>` : '';
                const source = entry.source ? ` <span class="sla-term-source">from ${escapeHtml(entry.source)}</span>` : '';
                // An imported term's line is in its glossary file, not in this agreement.
                const line = entry.source ? '' : lineAttr(entry.line);
                return `<div id="${escapeHtml(entry.anchor)}"${line}><dt>${escapeHtml(entry.term)}${aliases}${source}</dt><dd>${proseToHtml(entry.definition)}</dd></div>`;
            }).join('\n')}\n</dl>`;
        case 'chart':
            return cachedChartGroupHtml(block.chart);
        case 'report':
            return reportGroupHtml(block.report, level);
        case 'report-chart':
            return `<figure class="sla-report-chart" id="${escapeHtml(block.chart.id)}">${renderReportChartSvg(block.chart)}</figure>`;
    }
}

/**
 * The report section's months: a month picker when there are several (the pacing charts'
 * picker and script, under the group `sla-report`), then each month's report, all but the
 * selected one hidden.
 */
function reportGroupHtml(group: ReportGroup, level: number): string {
    const groupAttr = escapeHtml(group.id);
    const lines: string[] = [];
    if (group.months.length > 1) {
        lines.push(`<label class="sla-month-picker-label">Month <select class="sla-month-picker" data-chart-group="${groupAttr}">`);
        for (const month of group.months) {
            lines.push(`<option value="${escapeHtml(month.month)}"${month.month === group.selected ? ' selected' : ''}>${escapeHtml(month.label)}</option>`);
        }
        lines.push('</select></label>');
    }
    for (const month of group.months) {
        lines.push(`<div class="sla-report-month" data-chart-group="${groupAttr}" data-month="${escapeHtml(month.month)}"${month.month === group.selected ? '' : ' hidden'}>`,
            ...month.blocks.map(block => blockHtml(block, level)),
            ...month.sections.flatMap(section => sectionLines(section, level + 1)),
            '</div>');
    }
    return lines.join('\n');
}

function inlineHtml(content: Inline[]): string {
    return content.map(inline => {
        switch (inline.kind) {
            case 'text':
                return escapeHtml(inline.text);
            case 'strong':
                return `<strong>${escapeHtml(inline.text)}</strong>`;
            case 'ref':
                return `<a class="sla-ref" href="#${escapeHtml(inline.anchor)}">${escapeHtml(inline.text)}</a>`;
            case 'term':
                return mentionHtml(inline);
            case 'url':
                return `<a class="sla-url" href="${escapeHtml(inline.href)}" rel="noopener noreferrer">${escapeHtml(inline.text)}</a>`;
            case 'prose':
                return proseToInlineHtml(inline.prose);
        }
    }).join('');
}
