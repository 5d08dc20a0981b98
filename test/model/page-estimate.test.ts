import { describe, expect, test } from 'vitest';
import type { Block, PrintedDocument } from 'sla-model';
import { buildDocument, calendarDate, estimatePages, PAGE_AREA, pageEstimate } from 'sla-model';
import { checkDocument, modelOf } from '../helpers/sla-test-services.js';

/**
 * The figures below are worked by hand from the print stylesheet, in CSS pixels:
 *
 * - page areas inside 20 mm margins, at 96 / 25.4 px a millimetre: Letter 664.8189 × 904.8189,
 *   A4 642.5197 × 971.3386;
 * - body text 14 px, lines 1.55 × 14 = 21.7 px; a paragraph's margins 14 px;
 * - the title (h1, 25.2 px): a 39.06 px line, 5.04 px below it;
 * - a section heading (h2, 18.9 px): a 29.295 px line + 3.78 px padding + a 1 px rule =
 *   34.075 px, 30.24 px above it and 9.45 px below;
 * - the footer: 31.5 px above it, and 1 + 6.3 + 12.6 + 19.53 = 39.43 px;
 * - a page starts without the margin of what is first on it.
 *
 * So a document starts with 39.06 + 30.24 (the title's 5.04 collapses into it) + 34.075 + 9.45
 * = 112.825 px before its first section's first block.
 */
function document(blocks?: Block[]): PrintedDocument {
    return { title: 'A', line: 0, subtitle: [], sections: blocks ? [{ id: 's', title: 'S', blocks, sections: [] }] : [] };
}

/** `count` paragraphs of one word: one line each, 21.7 px, 14 px apart. */
function paragraphs(count: number): Block {
    return { kind: 'prose', prose: [{ kind: 'text', text: Array.from({ length: count }, () => 'w').join('\n\n') }] };
}

describe('pageEstimate', () => {
    test('the page areas', () => {
        // The paper less 20 mm each side, at 96 / 25.4 px a millimetre.
        const px = 96 / 25.4;
        expect(PAGE_AREA).toEqual({
            a4: { width: (210 - 40) * px, height: (297 - 40) * px },
            letter: { width: (215.9 - 40) * px, height: (279.4 - 40) * px }
        });
        expect([PAGE_AREA.letter.width, PAGE_AREA.letter.height, PAGE_AREA.a4.width, PAGE_AREA.a4.height].map(each => each.toFixed(4)))
            .toEqual(['664.8189', '904.8189', '642.5197', '971.3386']);
    });

    test('a title alone: its line and the footer', () => {
        // 39.06 + 31.5 + 39.43 = 109.99 px: 0.1216 of a Letter page and 0.1132 of an A4 page, up to a tenth.
        expect(pageEstimate(document())).toEqual({ a4: 0.2, letter: 0.2, pages: 0.2 });
    });

    test('one page of paragraphs, and the footer that no longer fits on it', () => {
        // 20 paragraphs: 112.825 + 21.7 + 19 × 35.7 = 812.825 px, the footer 70.93 more: 883.755 px,
        // 0.9767 of a Letter page and 0.9098 of an A4 page.
        expect(pageEstimate(document([paragraphs(20)]))).toEqual({ a4: 1, letter: 1, pages: 1 });
        // 21: 848.525 + 70.93 = 919.455 px is more than a Letter page: the footer starts a second
        // one, 1 + 39.43 / 904.8189 = 1.0436. A4 still holds it: 0.9466.
        expect(pageEstimate(document([paragraphs(21)]))).toEqual({ a4: 1, letter: 1.1, pages: 1.1 });
    });

    test('at the five-page threshold', () => {
        // Letter holds 22 one-line paragraphs on its first page (112.825 + 21.7 + 21 × 35.7 =
        // 884.225 ≤ 904.8189) and 25 on every other (21.7 + 24 × 35.7 = 878.5); A4 holds 24, then 27.
        // 120 paragraphs: 22 + 3 × 25 on Letter's first four pages, 23 on the fifth:
        // 21.7 + 22 × 35.7 + 70.93 = 878.03 px, 4 + 0.9704 = 4.9704 pages, 5.0 up to a tenth.
        // On A4, 24 + 3 × 27 and 15: 21.7 + 14 × 35.7 + 70.93 = 592.43 px, 4.6099 pages.
        expect(pageEstimate(document([paragraphs(120)]))).toEqual({ a4: 4.7, letter: 5, pages: 5 });
        // 121: the fifth Letter page holds 24 paragraphs, 842.8 px, and the footer no longer:
        // 5 + 39.43 / 904.8189 = 5.0436 pages, 5.1 up to a tenth. A4: 628.13 px, 4.6467 pages.
        expect(pageEstimate(document([paragraphs(121)]))).toEqual({ a4: 4.7, letter: 5.1, pages: 5.1 });
    });

    test('a paragraph breaks between lines, leaving two lines at least on the next page', () => {
        // 3300 characters, 3300 × 0.509 em × 14 = 23515.8 px of text. A wrapped line leaves 1.5 em
        // (21 px) empty: ⌈(23515.8 − 21) / (664.8189 − 21)⌉ = 37 lines on Letter, ⌈… / 621.5197⌉ = 38 on A4.
        const paragraph: Block = { kind: 'prose', prose: [{ kind: 'text', text: `${'word '.repeat(659)}words` }] };
        // Letter's first page has room for 36 lines after 112.825 px; 35 stay so that 2 go on:
        // 1 + (2 × 21.7 + 70.93) / 904.8189 = 1.1264 pages.
        // A4's holds 39: all 38 fit (937.425 px), the footer does not: 1 + 39.43 / 971.3386 = 1.0406.
        expect(pageEstimate(document([paragraph]))).toEqual({ a4: 1.1, letter: 1.2, pages: 1.2 });
    });

    test('a table breaks between rows and repeats its header row', () => {
        // The caption: 21.7 + 4.2 px of padding, 8.4 px below the heading (the heading's 9.45 wins);
        // the header row and each row: 21.7 + 8.4 px of padding + a 1 px rule = 31.1 px.
        const rows = Array.from({ length: 40 }, (_, index) => ({ cells: [[{ kind: 'strong' as const, text: `L${index}` }], [{ kind: 'text' as const, text: '1 hour' }]] }));
        const table: Block = { kind: 'table', caption: 'Levels', columns: ['Severity', 'Response'], rows };
        // Letter: 112.825 + 25.9 + 31.1 = 169.825 px, then 23 rows (885.125 px); the second page
        // repeats the header row above the other 17: 18 × 31.1 + 31.5 + 39.43 = 630.73 px, 1.6971 pages.
        // A4: 25 rows on the first page, 16 × 31.1 + 70.93 = 568.53 px on the second, 1.5853 pages.
        expect(pageEstimate(document([table]))).toEqual({ a4: 1.6, letter: 1.7, pages: 1.7 });
    });

    test('a chart is not split: it moves to the next page whole', async () => {
        const checked = await checkDocument(`agreement P "P" {
    period 2026-01-01 to 2026-12-31
    party Provider "Provider" provider
    party Customer "Customer" customer
    service S "S" {
        provided by Provider to Customer
        metric Leads "Leads" {
            counts "leads"
            target >= 310 per month
            measured by "CRM" every day
            controlled by Provider
            pace daily
        }
    }
}`);
        const built = buildDocument(modelOf(checked)!, { today: calendarDate(2026, 3, 15) });
        const chart = built.sections.find(section => section.id === 'sla-services')!.sections[0].sections[0].blocks.find(block => block.kind === 'chart')!;
        // The printed figure: a caption of three lines, "Leads: pacing for March 2026" (bold),
        // "No measurements for March 2026." and "Finish line: 310 by 31 March 2026 (10 a day,
        // 310 × 1/31).", 1.4 px apart and 5.6 px above the chart: 73.5 px; the chart at the page's
        // width, 300 / 640 of it: 311.6339 px on Letter, 301.1811 on A4; a legend of one line
        // (target, finish line, today), 19.53 px, 3.78 px below the chart. 11.2 px above the
        // figure and 16.8 below. Letter: 408.4439 px; A4: 397.9911 px.
        // Alone: 112.825 − 9.45 + 11.2 + 408.4439 + 31.5 + 39.43 = 593.9489 px on Letter, 0.6564
        // pages; 583.4961 px on A4, 0.6007 pages.
        expect(pageEstimate(document([chart]))).toEqual({ a4: 0.7, letter: 0.7, pages: 0.7 });
        // After 12 paragraphs (527.225 px), the figure would end at 946.8689 px on Letter: it
        // starts the second page, 1 + (408.4439 + 70.93) / 904.8189 = 1.5298 pages. On A4 it
        // fits (936.4161 px) and the footer goes over: 1.0406.
        expect(pageEstimate(document([paragraphs(12), chart]))).toEqual({ a4: 1.1, letter: 1.6, pages: 1.6 });
    });

    test('a heading is not left at the bottom of a page without what follows it', () => {
        // 22 paragraphs end at 884.225 px on Letter. A second section's heading (30.24 + 34.075)
        // and its first line (9.45 + 21.7) do not fit below (979.69 px): the heading starts page 2
        // with them, 34.075 + 9.45 + 21.7 + 70.93 = 136.155 px, 1.1505 pages. On A4 too: 1.1402.
        const two: PrintedDocument = {
            ...document(),
            sections: [
                { id: 's', title: 'S', blocks: [paragraphs(22)], sections: [] },
                { id: 't', title: 'T', blocks: [paragraphs(1)], sections: [] }
            ]
        };
        expect(pageEstimate(two)).toEqual({ a4: 1.2, letter: 1.2, pages: 1.2 });
    });

    test('estimatePages gives one paper, or the one the document is longer on', () => {
        const longerOnLetter = document([paragraphs(21)]);
        expect([estimatePages(longerOnLetter, 'a4'), estimatePages(longerOnLetter, 'letter'), estimatePages(longerOnLetter)]).toEqual([1, 1.1, 1.1]);
    });
});
