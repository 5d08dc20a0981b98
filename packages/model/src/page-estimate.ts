import type { Block, ChartGroup, DocumentProse, DocumentSection, GlossaryEntry, Inline, ListItem, ReportGroup, SlaDocument, TableRow } from './document-model.js';
import { formatMonth } from './format.js';
import { describeFinishLine, describeIgnored, describeProjection, describeStanding } from './pacing-text.js';

/**
 * How long the printed agreement is, in pages, for `document-too-long` and the preview
 * ("if they are more than 3 to 5 pages long, you are doing it wrong").
 *
 * The estimate lays out the document the renderer writes (`SlaDocument`) the way Chromium
 * prints the standalone page with its print stylesheet (`sla-renderer`'s styles.ts): every
 * heading, paragraph, fact, list item, table row, glossary entry and chart becomes a box
 * whose height comes from the stylesheet's font sizes, line heights and margins, and from
 * its text's width wrapped into the page's width; adjoining margins collapse. The boxes are
 * then put on pages as the printer does: a box that may not be split (a chart, a table row,
 * a list item, a glossary entry) moves to the next page when it does not fit, a heading moves
 * with what follows it, running text breaks between lines with two lines at least on either
 * side, and a table's header row is repeated on the page its rows continue on.
 *
 * pages = full pages + the used part of the last page, rounded up to a tenth: 4.2 pages print
 * on five sheets, and 5.1 on six. Letter is shorter and A4 narrower, so the estimate is made
 * for each; the document's `pages` (the preview's figure, and what `document-too-long`
 * compares) is the longer of the two, so an agreement within the limit fits on either paper. The figures are measured for Chromium on Linux, whose
 * `system-ui` is DejaVu Sans, a wide face: Windows and macOS faces print somewhat shorter.
 * `test/model/page-estimate-print.test.ts` prints the examples and checks the estimate.
 */

/** The margin of the printed page, all round; the print stylesheet uses it. */
export const PRINT_MARGIN_MM = 20;

export type Paper = 'a4' | 'letter';

/** Pages on each paper, and on the one it is longer on. */
export interface PageEstimate {
    a4: number;
    letter: number;
    pages: number;
}

/** What the estimate reads: the document, before its own length is known. */
export type PrintedDocument = Omit<SlaDocument, 'pages' | 'withReport'>;

const PX_PER_MM = 96 / 25.4;

/** The page's area inside the margins, in CSS pixels. */
export const PAGE_AREA: Record<Paper, { width: number; height: number }> = {
    a4: pageArea(210, 297),
    letter: pageArea(215.9, 279.4)
};

function pageArea(widthMm: number, heightMm: number) {
    return { width: (widthMm - 2 * PRINT_MARGIN_MM) * PX_PER_MM, height: (heightMm - 2 * PRINT_MARGIN_MM) * PX_PER_MM };
}

/** The body's font size (`--vscode-font-size` falls back to 14px) and line height. */
const FONT_SIZE = 14;
const LINE_HEIGHT = 1.55;
/**
 * The average advance of a character of English text, in em: measured in Chromium for
 * DejaVu Sans, regular and bold (600 and 700 print the same bold face).
 */
const CHAR_EM = 0.509;
const BOLD_CHAR_EM = 0.575;
/**
 * What a wrapped line leaves empty at its end, in em: a line ends before the word that does
 * not fit, on average half a word and a space.
 */
const LINE_WASTE = 1.5;
/** The chart's viewBox, 640 × 300 (chart-svg.ts), drawn at the page's width. */
const CHART_ASPECT = 300 / 640;
/** A report chart's viewBox, 480 × 160 (report-chart.ts), drawn at most 480px wide. */
const REPORT_CHART = { width: 480, aspect: 160 / 480 };

/** The estimated number of pages on a paper; without one, on the paper it is longer on. */
export function estimatePages(document: PrintedDocument, paper?: Paper): number {
    const estimate = pageEstimate(document);
    return paper ? estimate[paper] : estimate.pages;
}

/** The page estimate on A4 and Letter. Pure: the same document always gives the same estimate. */
export function pageEstimate(document: PrintedDocument): PageEstimate {
    const boxes = documentBoxes(document);
    const a4 = roundUp(paginate(boxes, PAGE_AREA.a4));
    const letter = roundUp(paginate(boxes, PAGE_AREA.letter));
    return { a4, letter, pages: Math.max(a4, letter) };
}

/** Up to the next tenth: a tenth of a page more is a tenth more paper. */
function roundUp(pages: number): number {
    return Math.ceil(pages * 10 - 1e-6) / 10;
}

/**
 * A box of the printed document. Its margins collapse with its neighbours' (the larger one
 * is the space between them) and are dropped at the top of a page.
 */
interface Box {
    top: number;
    bottom: number;
    /** The box's height on a page of this width. */
    height(width: number): number;
    /** Running text of this line height, which may break between lines. */
    line?: number;
    /** A heading or a caption: printed on the page of the box after it. */
    keep?: boolean;
    /** A table row's header row, printed again above it when the row starts a page. */
    header?(width: number): number;
}

/**
 * The document's length in pages on one page area: whole pages, and the used part of the
 * last. Heights are worked out once per area.
 */
function paginate(boxes: Box[], area: { width: number; height: number }): number {
    const page = area.height;
    const heights = boxes.map(box => box.height(area.width));
    // What must fit for a box to start on a page: two lines of text, a whole box, and what a heading keeps with.
    const start = new Array<number>(boxes.length);
    for (let index = boxes.length - 1; index >= 0; index--) {
        const box = boxes[index];
        const own = box.line ? Math.min(heights[index], 2 * box.line) : heights[index];
        const next = boxes[index + 1];
        start[index] = box.keep && next ? own + Math.max(box.bottom, next.top) + start[index + 1] : own;
    }
    let full = 0;
    let used = 0;
    let margin = 0;
    boxes.forEach((box, index) => {
        let gap = used === 0 ? 0 : Math.max(margin, box.top);
        if (used > 0 && used + gap + start[index] > page) {
            full++;
            used = box.header?.(area.width) ?? 0;
            gap = 0;
        }
        used += gap;
        let height = heights[index];
        if (box.line) {
            // Lines go on while they fit; the last two of a paragraph are not left alone on a page.
            while (used + height > page) {
                const lines = Math.round(height / box.line);
                const fit = Math.min(Math.floor((page - used) / box.line), lines - 2);
                if (fit >= 2) {
                    height -= fit * box.line;
                } else if (used === 0) {
                    break;
                }
                // Fewer than two lines would stay behind: the rest goes to the next page whole.
                full++;
                used = 0;
            }
        }
        used += height;
        // A box taller than a page runs on over the next.
        while (used > page) {
            full++;
            used -= page;
        }
        margin = box.bottom;
    });
    return full + used / page;
}

/** The width of a text in em of its own font; a recovering parser may leave a name out. */
function textWidth(text: string | undefined, bold = false): number {
    return (text?.length ?? 0) * (bold ? BOLD_CHAR_EM : CHAR_EM);
}

/** Lines of a text `em` wide in a font of `size`, wrapped into `width` pixels. */
function lineCount(em: number, size: number, width: number): number {
    const text = em * size;
    if (text <= width) {
        return 1;
    }
    const waste = LINE_WASTE * size;
    return Math.ceil((text - waste) / Math.max(width - waste, size));
}

interface TextStyle {
    size: number;
    top: number;
    bottom: number;
    /** Left indent, in pixels. */
    indent?: number;
    /** Padding and borders above and below the text. */
    extra?: number;
    keep?: boolean;
    /** Whether the text may break between lines. */
    breaks?: boolean;
}

function textBox(em: number, style: TextStyle): Box {
    const line = style.size * LINE_HEIGHT;
    return {
        top: style.top,
        bottom: style.bottom,
        height: width => lineCount(em, style.size, width - (style.indent ?? 0)) * line + (style.extra ?? 0),
        line: style.breaks ? line : undefined,
        keep: style.keep
    };
}

/** Boxes stacked inside one box that is not split: margins between them collapse, the outer ones are the box's. */
function group(boxes: Box[], style: { top: number; bottom: number; indent?: number; extra?: number }): Box {
    const indent = style.indent ?? 0;
    return {
        top: Math.max(style.top, boxes[0]?.top ?? 0),
        bottom: Math.max(style.bottom, boxes.at(-1)?.bottom ?? 0),
        height: width => stackHeight(boxes, width - indent) + (style.extra ?? 0)
    };
}

function stackHeight(boxes: Box[], width: number): number {
    let height = 0;
    boxes.forEach((box, index) => {
        height += (index === 0 ? 0 : Math.max(boxes[index - 1].bottom, box.top)) + box.height(width);
    });
    return height;
}

const BODY = FONT_SIZE;
const EM = (ems: number) => ems * BODY;

/** Headings by level, from the stylesheet: font size and margins in em of the heading's font. */
const HEADINGS: Record<number, { size: number; top: number; bottom: number; extra: number }> = {
    1: heading(1.8, 0, 0.2),
    2: { ...heading(1.35, 1.6, 0.5), extra: EM(1.35 * 0.2) + 1 },
    3: heading(1.15, 1.3, 0.4),
    4: heading(1, 1.2, 0.3),
    5: heading(0.95, 1, 0.3),
    6: heading(0.95, 1, 0.3)
};

function heading(size: number, top: number, bottom: number) {
    return { size: EM(size), top: EM(size * top), bottom: EM(size * bottom), extra: 0 };
}

function headingBox(text: string | undefined, level: number): Box {
    const style = HEADINGS[Math.min(level, 6)];
    return textBox(textWidth(text, true), { ...style, keep: true });
}

function documentBoxes(document: PrintedDocument): Box[] {
    const boxes: Box[] = [headingBox(document.title, 1)];
    if (document.subtitle.length > 0) {
        boxes.push(textBox(textWidth(document.subtitle.join(' · ')), { size: BODY, top: 0, bottom: 0 }));
    }
    for (const section of document.sections) {
        sectionBoxes(section, 2, boxes);
    }
    // The footer: a rule, and the estimate's line in a smaller font.
    const small = EM(0.9);
    boxes.push({ top: small * 2.5, bottom: 0, height: () => 1 + small * 0.5 + small + small * LINE_HEIGHT });
    return boxes;
}

function sectionBoxes(section: DocumentSection, level: number, boxes: Box[]): void {
    boxes.push(headingBox(section.title, level));
    for (const block of section.blocks) {
        boxes.push(...blockBoxes(block, level));
    }
    for (const child of section.sections) {
        sectionBoxes(child, level + 1, boxes);
    }
}

const PARAGRAPH = { size: BODY, top: EM(1), bottom: EM(1), breaks: true };

function blockBoxes(block: Block, level: number): Box[] {
    switch (block.kind) {
        case 'prose':
            return proseBoxes(block.prose);
        case 'paragraph':
        case 'note':
            return [textBox(inlineWidth(block.content), PARAGRAPH)];
        case 'facts':
            return [factsBox(block.facts.map(fact => [textWidth(fact.label), inlineWidth(fact.content)]))];
        case 'list':
            return listBoxes(block.title, block.items);
        case 'table':
            return tableBoxes(block.caption, block.columns, block.rows);
        case 'glossary':
            return block.entries.map((entry, index) => glossaryBox(entry, index === 0, index === block.entries.length - 1));
        case 'chart':
            return [chartBox(block.chart)];
        case 'report':
            return reportBoxes(block.report, level);
        case 'report-chart':
            return [{ top: EM(0.6), bottom: EM(0.8), height: width => Math.min(width, REPORT_CHART.width) * REPORT_CHART.aspect }];
    }
}

/** The report's selected month as it prints: the month picker does not print, the other months are hidden. */
function reportBoxes(report: ReportGroup, level: number): Box[] {
    const month = report.months.find(each => each.month === report.selected) ?? report.months[0];
    const boxes: Box[] = [];
    for (const block of month?.blocks ?? []) {
        boxes.push(...blockBoxes(block, level));
    }
    for (const section of month?.sections ?? []) {
        sectionBoxes(section, level + 1, boxes);
    }
    return boxes;
}

function inlineWidth(content: Inline[]): number {
    return sum(content.map(inline => textWidth(inlineText(inline), inline.kind === 'strong')));
}

function inlineText(inline: Inline): string | undefined {
    switch (inline.kind) {
        case 'term':
            return inline.term;
        case 'prose':
            return plainText(proseSource(inline.prose));
        default:
            return inline.text;
    }
}

/** A grid of labels and values: the labels' column is as wide as the widest label, so only values wrap. */
function factsBox(facts: [label: number, value: number][]): Box {
    const labels = Math.max(...facts.map(([label]) => label)) * BODY;
    const line = BODY * LINE_HEIGHT;
    return {
        top: EM(0.5),
        bottom: EM(0.5),
        height: width => facts.reduce((height, [, value]) =>
            height + line * lineCount(value, BODY, width - labels - EM(1)), 0)
            + EM(0.2) * (facts.length - 1)
    };
}

function listBoxes(title: string | undefined, items: ListItem[]): Box[] {
    const boxes: Box[] = [];
    if (title !== undefined) {
        boxes.push(textBox(textWidth(title, true), { size: BODY, top: EM(0.8), bottom: EM(0.2), keep: true }));
    }
    const indent = EM(1.4);
    items.forEach((item, index) => {
        const parts = [textBox(inlineWidth(item.content), { size: BODY, top: 0, bottom: 0 })];
        if (item.prose) {
            parts.push(group(proseBoxes(item.prose), { top: EM(0.2), bottom: 0 }));
        }
        // The list's own margin collapses with its first and last item's.
        boxes.push(group(parts, { top: index === 0 ? EM(0.3) : EM(0.25), bottom: index === items.length - 1 ? EM(0.3) : EM(0.25), indent }));
    });
    return boxes;
}

/** A cell's padding (0.3em 0.6em) and its share of the collapsed borders. */
const CELL_PADDING = { vertical: EM(0.6) + 1, horizontal: EM(1.2) + 1 };

function tableBoxes(caption: string, columns: string[], rows: TableRow[]): Box[] {
    // The first cell of a row is a header cell, in bold, as is the header row.
    const cells = [
        columns.map(column => cellMeasure(column, true)),
        ...rows.map(row => row.cells.map((cell, index) => cellMeasure(cell.map(inlineText).join(''), index === 0)))
    ];
    let layout: { width: number; columns: number[] } | undefined;
    const columnWidths = (width: number) => {
        if (layout?.width !== width) {
            layout = { width, columns: autoColumns(cells, width) };
        }
        return layout.columns;
    };
    const rowHeight = (row: Measure[]) => (width: number) => {
        const widths = columnWidths(width);
        return Math.max(...row.map((cell, index) => lineCount(cell.em, BODY, widths[index] ?? width))) * BODY * LINE_HEIGHT + CELL_PADDING.vertical;
    };
    const header = rowHeight(cells[0]);
    const margin = EM(0.6);
    return [
        textBox(textWidth(caption), { size: BODY, top: margin, bottom: 0, extra: EM(0.3), keep: true }),
        { top: 0, bottom: rows.length === 0 ? margin : 0, height: header, keep: true },
        ...cells.slice(1).map((row, index) => ({ top: 0, bottom: index === rows.length - 1 ? margin : 0, height: rowHeight(row), header }))
    ];
}

/** A table cell's width in em, and its longest word's: a column is never narrower than that. */
interface Measure {
    em: number;
    word: number;
}

function cellMeasure(text: string | undefined, bold: boolean): Measure {
    const longest = (text ?? '').split(' ').reduce((most, word) => Math.max(most, word.length), 0);
    return { em: textWidth(text, bold), word: longest * (bold ? BOLD_CHAR_EM : CHAR_EM) };
}

/**
 * Column widths of a table as wide as the page, after the automatic table layout: every
 * column as wide as its widest cell when they all fit, else what is left above the longest
 * words shared in proportion to what each column would need beyond them.
 */
function autoColumns(cells: Measure[][], width: number): number[] {
    const count = Math.max(...cells.map(row => row.length));
    const widest = new Array<number>(count).fill(0);
    const longestWord = new Array<number>(count).fill(0);
    for (const row of cells) {
        row.forEach((cell, index) => {
            widest[index] = Math.max(widest[index], cell.em * BODY);
            longestWord[index] = Math.max(longestWord[index], cell.word * BODY);
        });
    }
    const room = width - count * CELL_PADDING.horizontal;
    const most = sum(widest);
    const least = sum(longestWord);
    if (most <= room) {
        return widest.map(each => most === 0 ? room / count : each + (room - most) * each / most);
    }
    if (least >= room) {
        return longestWord;
    }
    return longestWord.map((each, index) => each + (widest[index] - each) * (room - least) / (most - least));
}

function sum(values: number[]): number {
    return values.reduce((total, value) => total + value, 0);
}

function glossaryBox(entry: GlossaryEntry, first: boolean, last: boolean): Box {
    let term = textWidth(entry.term, true);
    if (entry.aliases.length > 0) {
        term += textWidth(` (also ${entry.aliases.join(', ')})`);
    }
    if (entry.source) {
        term += textWidth(` from ${entry.source}`);
    }
    const definition = proseBoxes(entry.definition, { top: 0, bottom: EM(0.4) });
    // A definition's paragraphs sit straight in the `dd`, 1.2em in, 0.1em below the term.
    const parts = [textBox(term, { size: BODY, top: 0, bottom: 0 })];
    if (definition.length > 0) {
        parts.push(group(definition, { top: EM(0.1), bottom: 0, indent: EM(1.2) }));
    }
    return group(parts, { top: first ? EM(1) : EM(0.5), bottom: last ? EM(1) : EM(0.5) });
}

/** The chart legend's labels (chart-html.ts), in a font 0.9em, each after a 1.4em swatch. */
const LEGEND = {
    target: 'Cumulative target',
    actual: 'Actual cumulative',
    goal: 'Finish line (monthly goal)',
    projection: 'Month-end projection',
    today: 'Today'
};

/**
 * A chart as it prints: the selected month's figure, without the month picker and the
 * collapsed day-by-day table, which do not print. Caption lines, the chart at the page's
 * width, the legend and a note about measurements left out.
 */
function chartBox(chart: ChartGroup): Box {
    const pacing = chart.charts.find(each => each.month === chart.selected) ?? chart.charts[0];
    if (!pacing) {
        return { top: EM(0.8), bottom: EM(1.2), height: () => 0 };
    }
    const caption = [
        textWidth(`${chart.title}: pacing for ${formatMonth(pacing.year, pacing.monthNumber)}`, true),
        textWidth(describeStanding(pacing)),
        ...[describeProjection(pacing)].filter(text => text !== undefined).map(text => textWidth(text)),
        textWidth(describeFinishLine(pacing))
    ];
    const legend = [
        LEGEND.target,
        ...(pacing.lastDataDay !== undefined ? [LEGEND.actual] : []),
        LEGEND.goal,
        ...(pacing.projection ? [LEGEND.projection] : []),
        ...(pacing.todayDay !== undefined ? [LEGEND.today] : [])
    ].map(label => EM(0.9) * (1.8 + textWidth(label)));
    const ignored = describeIgnored(pacing);
    const small = EM(0.9);
    const parts: Box[] = [
        { top: 0, bottom: 0, height: width => sum(caption.map(em => lineCount(em, BODY, width))) * BODY * LINE_HEIGHT + EM(0.1) * (caption.length - 1) + EM(0.4) },
        { top: 0, bottom: 0, height: width => width * CHART_ASPECT },
        { top: small * 0.3, bottom: small * 0.3, height: width => legendLines(legend, width, small * 1.2) * (small * LINE_HEIGHT + small * 0.3) - small * 0.3 }
    ];
    if (ignored) {
        parts.push(textBox(textWidth(ignored), PARAGRAPH));
    }
    return group(parts, { top: EM(0.8), bottom: EM(1.2) });
}

/** Lines of a wrapping row of items of these widths, `gap` apart. */
function legendLines(items: number[], width: number, gap: number): number {
    let lines = 1;
    let used = 0;
    for (const item of items) {
        if (used > 0 && used + gap + item > width) {
            lines++;
            used = 0;
        }
        used += (used > 0 ? gap : 0) + item;
    }
    return lines;
}

/** The Markdown source of prose: mentions print as their term. */
function proseSource(prose: DocumentProse): string {
    return prose.map(piece => piece.kind === 'text' ? piece.text : piece.term).join('');
}

const LINK = /!?\[([^\]]*)\]\([^)]*\)/g;
const MARKS = /[*_`~]+|^\s*>\s?/gm;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;
const HEADING = /^\s{0,3}(#{1,6})\s+/;
const FENCE = /^\s*(```|~~~)/;

/** Text as it prints: links show their text, emphasis marks and quote marks do not print, spaces collapse. */
function plainText(markdown: string): string {
    return markdown.replace(LINK, '$1').replace(MARKS, '').replace(/\s+/g, ' ').trim();
}

/**
 * Prose as Markdown blocks: paragraphs, headings, list items, code and table rows. A prose
 * block's first and last paragraph lose their outer margin (`.sla-prose > p:first-child`);
 * a glossary definition's paragraphs have their own.
 */
function proseBoxes(prose: DocumentProse, paragraph?: { top: number; bottom: number }): Box[] {
    const boxes: Box[] = [];
    const paragraphs = new Set<Box | undefined>();
    for (const chunk of proseSource(prose).split(/\n[ \t]*\n/)) {
        const lines = chunk.split('\n').filter(line => line.trim() !== '');
        if (lines.length === 0) {
            continue;
        }
        const title = HEADING.exec(lines[0]);
        if (title && lines.length === 1) {
            boxes.push(headingBox(plainText(lines[0].slice(title[0].length)), title[1].length));
        } else if (FENCE.test(lines[0])) {
            // Code does not wrap: a line of code is a line, in a padded block.
            const code = lines.filter(line => !FENCE.test(line)).length;
            boxes.push({ top: EM(1), bottom: EM(1), height: () => code * BODY * LINE_HEIGHT + EM(1.2) });
        } else if (lines.every(line => line.trim().startsWith('|'))) {
            const rows = lines.filter(line => !/^[\s|:-]+$/.test(line));
            boxes.push({ top: EM(0.6), bottom: EM(0.6), height: () => rows.length * (BODY * LINE_HEIGHT + CELL_PADDING.vertical) });
        } else if (LIST_ITEM.test(lines[0])) {
            const items: string[] = [];
            for (const line of lines) {
                if (LIST_ITEM.test(line) || items.length === 0) {
                    items.push(line.replace(LIST_ITEM, ''));
                } else {
                    items[items.length - 1] += ` ${line}`;
                }
            }
            boxes.push(...items.map((item, index) => textBox(textWidth(plainText(item)),
                { size: BODY, top: index === 0 ? EM(1) : 0, bottom: index === items.length - 1 ? EM(1) : 0, indent: 40, breaks: true })));
        } else {
            const box = textBox(textWidth(plainText(lines.join(' '))), { ...PARAGRAPH, ...paragraph });
            paragraphs.add(box);
            boxes.push(box);
        }
    }
    if (!paragraph && paragraphs.has(boxes[0])) {
        boxes[0] = { ...boxes[0], top: 0 };
    }
    if (!paragraph && paragraphs.has(boxes.at(-1))) {
        boxes[boxes.length - 1] = { ...boxes[boxes.length - 1], bottom: 0 };
    }
    return boxes;
}
