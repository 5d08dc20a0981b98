import type {
    AgreementModel, Block, ChartGroup, DocumentProse, DocumentSection, Inline, Pacing, RenderOptions, ReportChart, ReportGroup, SlaDocument
} from 'sla-model';
import {
    buildDocument, describeDaysWithoutData, describeFinishLine, describeIgnored, describeProjection, describeStanding, formatMonth, formatQuantity, REPORT_STATUS_WORDS
} from 'sla-model';
import { escapeMarkdown, escapeMarkdownProse, markdownLinkDestination } from './escape.js';
import { draftSentence, estimateSentence } from './html.js';
import { PACE_COLUMNS, paceRows } from './pace-table.js';
import { renderTerminalChart } from './terminal-chart.js';

/**
 * The agreement as Markdown. User text is escaped so it cannot become markup: plain fields
 * are backslash-escaped, prose keeps its Markdown but no raw HTML (`<` is written as an
 * entity). Charts become a text chart in a code block with the day-by-day table.
 */
export function renderMarkdown(model: AgreementModel, options: RenderOptions & { problems?: number }): string {
    return documentToMarkdown(buildDocument(model, options));
}

/** Term mentions link to the glossary's heading, the anchor every Markdown viewer makes. */
const GLOSSARY_ANCHOR = '#glossary';

export function documentToMarkdown(document: SlaDocument): string {
    const chunks = [`# ${escapeMarkdown(document.title)}`];
    if (document.subtitle.length > 0) {
        chunks.push(escapeMarkdown(document.subtitle.join(' · ')));
    }
    if (document.problems) {
        chunks.push(`> **${draftSentence(document.problems)}**`);
    }
    for (const section of document.sections) {
        chunks.push(...sectionMarkdown(section, 2));
    }
    chunks.push('---', `*${estimateSentence(document)}*`);
    return chunks.join('\n\n') + '\n';
}

function sectionMarkdown(section: DocumentSection, level: number): string[] {
    const heading = Math.min(level, 6);
    return [
        `${'#'.repeat(heading)} ${escapeMarkdown(section.title)}`,
        ...section.blocks.flatMap(block => blockMarkdown(block, level)),
        ...section.sections.flatMap(child => sectionMarkdown(child, level + 1))
    ];
}

/** A block as Markdown chunks: one, but the report writes its month's blocks and sections. */
function blockMarkdown(block: Block, level: number): string | string[] {
    switch (block.kind) {
        case 'prose':
            return proseMarkdown(block.prose);
        case 'paragraph':
            return inlineMarkdown(block.content);
        case 'note':
            return `> ${inlineMarkdown(block.content)}`;
        case 'facts':
            return block.facts.map(fact => `- ${escapeMarkdown(fact.label)}: ${inlineMarkdown(fact.content)}`).join('\n');
        case 'list': {
            const items = block.items.map(item => listItem(inlineMarkdown(item.content), item.prose));
            return block.title === undefined ? items.join('\n') : `**${escapeMarkdown(block.title)}**\n\n${items.join('\n')}`;
        }
        case 'table': {
            const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
            return [
                `*${escapeMarkdown(block.caption)}*`,
                '',
                row(block.columns.map(escapeMarkdown)),
                row(block.columns.map(() => '---')),
                ...block.rows.map(tableRow => row(tableRow.cells.map(inlineMarkdown)))
            ].join('\n');
        }
        case 'glossary':
            return block.entries.map(entry => {
                const aliases = entry.aliases.length > 0 ? ` (also ${escapeMarkdown(entry.aliases.join(', '))})` : '';
                const source = entry.source ? ` *from ${escapeMarkdown(entry.source)}*` : '';
                return listItem(`**${escapeMarkdown(entry.term)}**${aliases}${source}: ${proseMarkdown(entry.definition)}`);
            }).join('\n');
        case 'chart':
            return chartMarkdown(block.chart);
        case 'report':
            return reportMarkdown(block.report, level);
        case 'report-chart':
            return reportChartMarkdown(block.chart);
    }
}

/** The selected month's report, with the other months named: Markdown has no month picker. */
function reportMarkdown(group: ReportGroup, level: number): string[] {
    const month = group.months.find(each => each.month === group.selected) ?? group.months[0];
    if (!month) {
        return [];
    }
    const others = group.months.filter(each => each !== month);
    return [
        ...month.blocks.flatMap(block => blockMarkdown(block, level)),
        ...month.sections.flatMap(section => sectionMarkdown(section, level + 1)),
        ...(others.length > 0 ? [`Other months reported: ${others.map(each => each.label).join(', ')}.`] : [])
    ];
}

/** In place of the chart: the year's evaluated periods in one line, a period without data named as such. */
function reportChartMarkdown(chart: ReportChart): string {
    const periods = chart.year.periods.filter(period => period.status !== undefined).map(period =>
        `${period.short} ${period.value === undefined ? '—' : formatQuantity(period.value, chart.year.unit, true)} (${REPORT_STATUS_WORDS[period.status!]})`);
    return escapeMarkdown(`${chart.year.year} against the target: ${periods.length > 0 ? periods.join(', ') : 'no period evaluated yet'}.`);
}

/** A list item; continuation lines are indented so paragraphs stay inside the item. */
function listItem(first: string, prose?: DocumentProse): string {
    const text = prose ? `${first}\n\n${proseMarkdown(prose)}` : first;
    return `- ${text.split('\n').map((line, index) => index === 0 || line === '' ? line : `  ${line}`).join('\n')}`;
}

function inlineMarkdown(content: Inline[]): string {
    return content.map(inline => {
        switch (inline.kind) {
            case 'text':
                return escapeMarkdown(inline.text);
            case 'strong':
                return (inline.text ?? '').trim() === '' ? '' : `**${escapeMarkdown(inline.text.trim())}**`;
            case 'ref':
                // Parties and metrics have no heading of their own to link to in Markdown.
                return escapeMarkdown(inline.text);
            case 'term':
                return mentionMarkdown(inline);
            case 'url': {
                // The address is shown as it links: marked reads escaped brackets in a link's
                // text as markup again, so the text carries none.
                const destination = markdownLinkDestination(inline.href);
                return `[${escapeMarkdown(destination)}](${destination})`;
            }
            case 'prose':
                return proseMarkdown(inline.prose);
        }
    }).join('');
}

function mentionMarkdown(mention: { term: string; anchor?: string }): string {
    const name = escapeMarkdown(mention.term);
    return mention.anchor ? `[${name}](${GLOSSARY_ANCHOR})` : `*${name}* (undefined term)`;
}

function proseMarkdown(prose: DocumentProse): string {
    return prose.map(piece => piece.kind === 'mention' ? mentionMarkdown(piece) : escapeMarkdownProse(piece.text)).join('');
}

function chartMarkdown(group: ChartGroup): string {
    const pacing = group.charts.find(chart => chart.month === group.selected) ?? group.charts[0];
    const others = group.charts.filter(chart => chart !== pacing && chart.months.includes(chart.month));
    const lines = [
        `**${escapeMarkdown(group.title)}: pacing for ${formatMonth(pacing.year, pacing.monthNumber)}**`,
        [describeFinishLine(pacing), describeStanding(pacing), describeDaysWithoutData(pacing), describeProjection(pacing), describeIgnored(pacing)]
            .filter((text): text is string => text !== undefined).join('  \n'),
        '```text\n' + renderTerminalChart(pacing) + '```',
        paceTableMarkdown(pacing)
    ];
    if (others.length > 0) {
        lines.push(`Other months with measurements: ${others.map(chart => formatMonth(chart.year, chart.monthNumber)).join(', ')}.`);
    }
    return lines.join('\n\n');
}

function paceTableMarkdown(pacing: Pacing): string {
    const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
    return [row(PACE_COLUMNS), row(PACE_COLUMNS.map(() => '---:')), ...paceRows(pacing).map(row)].join('\n');
}
