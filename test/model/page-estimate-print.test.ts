import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AgreementModel, Paper } from 'sla-model';
import { buildDocument, calendarDateOf, pageEstimate, PRINT_MARGIN_MM } from 'sla-model';
import { renderHtmlPage } from 'sla-renderer';
import { CHROMIUM_ARGS } from '../e2e/chromium.js';
import { CHROMIUM } from '../e2e/paths.js';
import { buildExamples } from '../helpers/example-documents.js';
import { END_MARKER, printedLength } from '../helpers/pdf-length.js';
import { checkDocument, modelOf, TEST_TODAY } from '../helpers/sla-test-services.js';
import { fixtureModel } from '../renderer/fixtures.js';
import { escalationMatrix, longProse, manyMetrics, manyTerms, mixed, oneParagraph } from './print-agreements.js';

/**
 * The page estimate against real printing: every example and a few long agreements are
 * rendered as the standalone page, printed by Chromium on A4 and Letter, and the estimate
 * for each paper is compared with the printed length: the pages before the last, and the
 * used part of the last, read from where a link at the document's end lands in the PDF.
 * A page count alone would fail an exact estimate of a document whose last page is less
 * than half full; the count is shown beside it.
 */
const TODAY = calendarDateOf(TEST_TODAY);
const PAPER_FORMATS: [Paper, 'A4' | 'Letter'][] = [['a4', 'A4'], ['letter', 'Letter']];
const TOLERANCE = 0.5;

const SYNTHETIC: [string, string][] = [
    ['long prose', longProse(11)],
    ['one long paragraph', oneParagraph(2400)],
    ['many metrics', manyMetrics(9)],
    ['many glossary terms', manyTerms(52)],
    ['big escalation matrix', escalationMatrix(40)],
    ['mixed, 4 services', mixed(4)],
    ['mixed, 5 services', mixed(5)],
    ['long prose, 6 pages', longProse(13)]
];

let browser: Browser;
const agreements: [string, AgreementModel][] = [];
const figures: string[] = [];

beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const examples = await buildExamples();
    for (const document of examples.documents) {
        const model = examples.services.Sla.sla.ModelProvider.modelOf(document);
        if (model && !document.uri.path.endsWith('common-glossary.sla')) {
            agreements.push([path.basename(document.uri.path), model]);
        }
    }
    agreements.push(['renderer fixture', await fixtureModel()]);
    for (const [name, text] of SYNTHETIC) {
        const checked = await checkDocument(text);
        expect(checked.diagnostics.filter(diagnostic => diagnostic.severity === 1)).toEqual([]);
        agreements.push([name, modelOf(checked)!]);
    }
}, 60_000);

afterAll(async () => {
    await browser?.close();
    console.log(['Page estimate against printed length (pages printed in brackets):',
        `${'document'.padEnd(24)} ${'A4 estimate'.padStart(12)} ${'printed'.padStart(12)} ${'Letter estimate'.padStart(16)} ${'printed'.padStart(12)}`,
        ...figures].join('\n'));
});

describe('the page estimate against Chromium printing', () => {
    test('every agreement, on A4 and Letter', async () => {
        const misses: string[] = [];
        for (const [name, model] of agreements) {
            const estimate = pageEstimate(buildDocument(model, { today: TODAY }));
            // The marker link sits at the end of the footer's line, so it adds no height.
            const html = renderHtmlPage(model, { today: TODAY, nonce: 'print' })
                .replace('</p>\n</footer>', ` <a href="${END_MARKER}">.</a></p>\n</footer>`);
            const page = await browser.newPage();
            await page.setContent(html);
            const row = [name.padEnd(24)];
            for (const [paper, format] of PAPER_FORMATS) {
                const printed = printedLength(await page.pdf({ format }), PRINT_MARGIN_MM);
                row.push(estimate[paper].toFixed(1).padStart(paper === 'a4' ? 12 : 16), `${printed.length.toFixed(2)} (${printed.pages})`.padStart(12));
                if (Math.abs(estimate[paper] - printed.length) > TOLERANCE) {
                    misses.push(`${name} on ${format}: estimated ${estimate[paper]}, printed ${printed.length.toFixed(2)}`);
                }
            }
            figures.push(row.join(' '));
            await page.close();
        }
        expect(misses).toEqual([]);
    }, 120_000);
});
