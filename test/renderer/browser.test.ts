import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import MarkdownIt from 'markdown-it';
import { marked } from 'marked';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AgreementModel } from 'sla-model';
import { computePacing, findPaceTarget } from 'sla-model';
import { CHART_WIDTH, chartLayout, PREVIEW_CSS, renderHtmlFragment, renderHtmlPage, renderMarkdown } from 'sla-renderer';
import { REPO_ROOT } from '../helpers/run-cli.js';
import { checkDocument, modelOf } from '../helpers/sla-test-services.js';
import { fixtureModel, TODAY } from './fixtures.js';
import { HOSTILE_STRINGS, hostileAgreement } from './hostile-corpus.js';

/**
 * The rendered pages in headless Chromium: the chart plots the computed series, the month
 * picker works under the page's policy, no agreement text runs script, and screenshots in
 * light and dark land in test-artifacts/renderer/.
 */
const ARTIFACTS = path.join(REPO_ROOT, 'test-artifacts', 'renderer');
const CHROMIUM = '/usr/bin/chromium';

/** Every element the renderer and markdown-it may write; anything else came from user text. */
const ALLOWED_ELEMENTS = new Set([
    'html', 'head', 'meta', 'title', 'style', 'body', 'script',
    'article', 'header', 'footer', 'section', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div', 'span', 'strong', 'em', 's',
    'a', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'pre', 'blockquote',
    'hr', 'br', 'figure', 'figcaption', 'label', 'select', 'option', 'details', 'summary',
    'svg', 'desc', 'g', 'line', 'path', 'circle', 'text'
]);

let browser: Browser;

beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
    });
}, 60_000);

afterAll(async () => {
    await browser?.close();
});

function writeArtifact(name: string, content: string): string {
    const file = path.join(ARTIFACTS, name);
    fs.writeFileSync(file, content);
    return pathToFileURL(file).href;
}

/** A bare page without a policy: only the escaping stands between user text and script. */
function barePage(title: string, body: string): string {
    return `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n<style>${PREVIEW_CSS}</style>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}

interface Canaries {
    dialogs: string[];
    errors: string[];
    console: string[];
    requests: string[];
}

async function open(url: string, colorScheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; canaries: Canaries }> {
    const page = await browser.newPage({ viewport: { width: 960, height: 900 }, colorScheme });
    const canaries: Canaries = { dialogs: [], errors: [], console: [], requests: [] };
    page.on('dialog', dialog => {
        canaries.dialogs.push(dialog.message());
        void dialog.dismiss();
    });
    page.on('pageerror', error => canaries.errors.push(error.message));
    page.on('console', message => canaries.console.push(message.text()));
    // Any request but the page itself would be remote content or a followed payload.
    await page.route('**/*', route => {
        if (route.request().url() === url) {
            return route.continue();
        }
        canaries.requests.push(route.request().url());
        return route.abort();
    });
    await page.goto(url);
    return { page, canaries };
}

interface DomReport {
    pwned: unknown;
    unexpectedElements: string[];
    handlerAttributes: string[];
    styleAttributes: number;
    unsafeLinks: string[];
    scripts: number;
}

/**
 * Fires every inline-handler event on every element, then reports what the DOM holds.
 * `strictLinks`: every address must be web, mail or in-document (our renderer's rule);
 * otherwise only addresses that resolve to a scheme that can run or embed code count.
 */
async function inspect(page: Page, strictLinks = true): Promise<DomReport> {
    return page.evaluate(([allowed, strict]) => {
        const all = Array.from(document.querySelectorAll('*'));
        for (const element of all) {
            for (const type of ['mouseover', 'focus', 'click', 'load', 'error', 'toggle', 'animationstart']) {
                // A click on a link would navigate: only the handler attributes are tried for clicks.
                if (type === 'click' && element.closest('a')) {
                    continue;
                }
                element.dispatchEvent(new Event(type));
            }
        }
        const allowedSet = new Set(allowed);
        return {
            pwned: (window as unknown as { __pwned?: unknown }).__pwned,
            unexpectedElements: Array.from(new Set(all.map(element => element.localName).filter(name => !allowedSet.has(name)))),
            handlerAttributes: all.flatMap(element => element.getAttributeNames().filter(name => name.toLowerCase().startsWith('on')).map(name => `${element.localName}[${name}]`)),
            // markdown-it writes table alignment as a style; nothing else may.
            styleAttributes: all.filter(element => element.hasAttribute('style') && !/^text-align:(left|right|center)$/.test(element.getAttribute('style')!)).length,
            unsafeLinks: all.flatMap(element => ['href', 'xlink:href', 'src', 'action', 'formaction'].map(name => element.getAttribute(name)).filter((value): value is string => value !== null))
                .filter(value => strict
                    ? !/^(https?:|mailto:|#)/i.test(value.trim())
                    : !['http:', 'https:', 'mailto:', 'file:'].includes(new URL(value, document.baseURI).protocol)),
            scripts: document.scripts.length
        };
    }, [[...ALLOWED_ELEMENTS], strictLinks] as const);
}

async function settle(page: Page): Promise<void> {
    // Give error and load handlers of anything that slipped through the time to run.
    await page.waitForTimeout(200);
}

describe('the pacing chart in a browser', () => {
    let model: AgreementModel;
    let page: Page;
    let canaries: Canaries;

    beforeAll(async () => {
        model = await fixtureModel();
        ({ page, canaries } = await open(writeArtifact('fixture.html', renderHtmlPage(model, { today: TODAY }))));
    });

    afterAll(async () => {
        await page?.close();
    });

    interface Plotted {
        group: string;
        month: string;
        svg: { left: number; top: number; width: number };
        points: { kind: string; day: number; value: number; cx: number; cy: number; screenX: number; screenY: number }[];
        paths: Record<string, string>;
    }

    async function plotted(): Promise<Plotted[]> {
        return page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('figure.sla-chart:not([hidden])')).map(figure => {
            const svg = figure.querySelector('svg')!;
            const box = svg.getBoundingClientRect();
            return {
                group: figure.dataset.chartGroup!,
                month: figure.dataset.month!,
                svg: { left: box.left, top: box.top, width: box.width },
                points: Array.from(svg.querySelectorAll('circle')).map(circle => {
                    const rect = circle.getBoundingClientRect();
                    return {
                        kind: circle.getAttribute('class')!,
                        day: Number(circle.dataset.day),
                        value: Number(circle.dataset.value),
                        cx: Number(circle.getAttribute('cx')),
                        cy: Number(circle.getAttribute('cy')),
                        screenX: rect.left + rect.width / 2,
                        screenY: rect.top + rect.height / 2
                    };
                }),
                paths: Object.fromEntries(Array.from(svg.querySelectorAll('path')).map(element => [element.getAttribute('class')!, element.getAttribute('d')!]))
            };
        }));
    }

    /** Checks one drawn chart against the series computed for it, through the same scales. */
    function expectPlots(chart: Plotted): void {
        const [metric, segment] = chart.group.split('.');
        const pacing = computePacing(model, findPaceTarget(model, metric, segment)!, { today: TODAY, month: chart.month });
        const { x, y } = chartLayout(pacing);
        const pixels = chart.svg.width / CHART_WIDTH;
        const targets = chart.points.filter(point => point.kind === 'sla-target-point');
        const actuals = chart.points.filter(point => point.kind === 'sla-actual-point');
        expect(targets.map(point => [point.day, point.value])).toEqual(pacing.days.map(day => [day.day, day.cumulativeTarget]));
        expect(actuals.map(point => [point.day, point.value])).toEqual(pacing.days.filter(day => day.actual !== undefined).map(day => [day.day, day.cumulativeActual]));
        for (const point of [...targets, ...actuals]) {
            expect(point.cx).toBeCloseTo(x(point.day), 2);
            expect(point.cy).toBeCloseTo(y(point.value), 2);
            // Where the browser drew it: the same point, scaled to the SVG's size on screen.
            expect(Math.abs(point.screenX - (chart.svg.left + x(point.day) * pixels))).toBeLessThan(0.5);
            expect(Math.abs(point.screenY - (chart.svg.top + y(point.value) * pixels))).toBeLessThan(0.5);
        }
        const vertices = (d: string) => [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map(match => [Number(match[1]), Number(match[2])]);
        const expectLine = (d: string, series: [number, number][]) => {
            const drawn = vertices(d);
            expect(drawn).toHaveLength(series.length + 1);
            [[0, 0], ...series].forEach(([day, value], index) => {
                expect(drawn[index][0]).toBeCloseTo(x(day), 2);
                expect(drawn[index][1]).toBeCloseTo(y(value), 2);
            });
        };
        expectLine(chart.paths['sla-target-line'], pacing.days.map(day => [day.day, day.cumulativeTarget]));
        expectLine(chart.paths['sla-actual-line'], pacing.days.filter(day => day.cumulativeActual !== undefined).map(day => [day.day, day.cumulativeActual!]));
    }

    test('every plotted point and line vertex is the computed series through the chart\'s scales', async () => {
        const charts = await plotted();
        expect(charts.map(chart => [chart.group, chart.month, chart.points.length])).toEqual([
            ['LeadsDelivered', '2026-03', 31 + 4],
            ['LeadsDelivered.DecisionMakers', '2026-03', 31 + 1]
        ]);
        charts.forEach(expectPlots);
    });

    test('the month picker shows the chosen month under the page\'s policy', async () => {
        await page.selectOption('select.sla-month-picker[data-chart-group="LeadsDelivered"]', '2026-02');
        const visible = await page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('figure.sla-chart'))
            .map(figure => `${figure.dataset.chartGroup} ${figure.dataset.month} ${figure.hidden ? 'hidden' : 'shown'}`));
        expect(visible).toEqual([
            'LeadsDelivered 2026-02 shown',
            'LeadsDelivered 2026-03 hidden',
            'LeadsDelivered.DecisionMakers 2026-03 shown'
        ]);
        const charts = await plotted();
        expect(charts.map(chart => [chart.group, chart.month, chart.points.length])).toEqual([
            ['LeadsDelivered', '2026-02', 28 + 3],
            ['LeadsDelivered.DecisionMakers', '2026-03', 31 + 1]
        ]);
        charts.forEach(expectPlots);
        expect(canaries.errors).toEqual([]);
        expect(canaries.console.filter(text => /Content Security Policy/i.test(text))).toEqual([]);
    });

    test('on paper: no month picker, no data table, only the chosen month\'s chart, each kept on one page', async () => {
        // The previous test chose February for LeadsDelivered; printing keeps that choice.
        const displayed = () => page.evaluate(() => ({
            pickers: Array.from(document.querySelectorAll('.sla-month-picker-label')).map(label => getComputedStyle(label).display),
            data: Array.from(document.querySelectorAll('.sla-chart-data')).map(details => getComputedStyle(details).display),
            charts: Array.from(document.querySelectorAll<HTMLElement>('figure.sla-chart'))
                .filter(figure => getComputedStyle(figure).display !== 'none')
                .map(figure => `${figure.dataset.chartGroup} ${figure.dataset.month}`),
            unbroken: Array.from(document.querySelectorAll('.sla-chart-group')).map(group => getComputedStyle(group).breakInside)
        }));
        await page.emulateMedia({ media: 'print' });
        try {
            const printed = await displayed();
            expect(printed.pickers).toEqual(['none', 'none']);
            expect(printed.data.length).toBeGreaterThan(0);
            expect(new Set(printed.data)).toEqual(new Set(['none']));
            expect(printed.charts).toEqual(['LeadsDelivered 2026-02', 'LeadsDelivered.DecisionMakers 2026-03']);
            expect(new Set(printed.unbroken)).toEqual(new Set(['avoid']));
        } finally {
            await page.emulateMedia({ media: 'screen' });
        }
        // Near miss: on screen the picker is there.
        expect((await displayed()).pickers).toEqual(['inline-block', 'inline-block']);
    });
});

describe('no agreement text runs script', () => {
    let models: { payload: string; model: AgreementModel }[];

    beforeAll(async () => {
        models = [];
        for (const [index, payload] of HOSTILE_STRINGS.entries()) {
            const csvPath = `/work/hostile-${index}.csv`;
            const { text, csv } = hostileAgreement(payload, `hostile-${index}.csv`);
            const result = await checkDocument(text, { files: { [csvPath]: csv } });
            expect(result.document.parseResult.lexerErrors, payload).toEqual([]);
            expect(result.document.parseResult.parserErrors.map(error => error.message), payload).toEqual([]);
            const model = modelOf(result)!;
            // The payload reached the fields as text, whole.
            expect(model.title, payload).toBe(payload);
            expect(model.parties[0].representatives[0], payload).toEqual({ person: payload, jobRole: payload });
            models.push({ payload, model });
        }
    }, 120_000);

    test('the HTML fragment, in a page without any policy to hide behind', async () => {
        const body = models.map(({ model }) => renderHtmlFragment(model, { today: TODAY })).join('\n');
        const { page, canaries } = await open(writeArtifact('hostile-fragments.html', barePage('Hostile fragments', body)));
        await settle(page);
        const report = await inspect(page);
        await settle(page);
        expect({ ...report, pwned: await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned) }).toEqual({
            pwned: undefined, unexpectedElements: [], handlerAttributes: [], styleAttributes: 0, unsafeLinks: [], scripts: 0
        });
        expect(canaries.dialogs).toEqual([]);
        // Each payload shows up as the text it is.
        const text = await page.evaluate(() => document.body.innerText);
        expect(text).toContain('<script>window.__pwned = 1</script>');
        expect(text).toContain('{{constructor.constructor("window.__pwned = 25")()}}');
        await page.screenshot({ path: path.join(ARTIFACTS, 'hostile-fragments.png'), fullPage: false });
        await page.close();
    });

    test('the standalone page: only its own nonce\'d script', async () => {
        const { model } = models[0];
        const { page, canaries } = await open(writeArtifact('hostile-page.html', renderHtmlPage(model, { today: TODAY })));
        await settle(page);
        const report = await inspect(page);
        expect(report).toEqual({ pwned: undefined, unexpectedElements: [], handlerAttributes: [], styleAttributes: 0, unsafeLinks: [], scripts: 1 });
        expect(canaries.dialogs).toEqual([]);
        expect(canaries.errors).toEqual([]);
        await page.close();
    });

    /** Markdown viewers as they are found: markdown-it as is and with raw HTML on, and marked (GitHub flavour). */
    const VIEWERS: [string, (text: string) => string][] = [
        ['markdown-it', text => new MarkdownIt({ html: false }).render(text)],
        ['markdown-it-html', text => new MarkdownIt({ html: true, linkify: true }).render(text)],
        ['marked', text => marked.parse(text, { async: false, gfm: true })]
    ];

    test('the Markdown file: no HTML tag from user text', () => {
        const markdown = models.map(({ model }) => renderMarkdown(model, { today: TODAY }));
        for (const [index, text] of markdown.entries()) {
            expect(text.match(/<[a-z/!?]/gi), HOSTILE_STRINGS[index]).toBeNull();
        }
        fs.writeFileSync(path.join(ARTIFACTS, 'hostile.md'), markdown.join('\n\n'));
    });

    test.each(VIEWERS)('the Markdown rendered by %s: no script, no unsafe link, nothing remote', async (name, render) => {
        const html = models.map(({ model }) => render(renderMarkdown(model, { today: TODAY }))).join('\n');
        const { page, canaries } = await open(writeArtifact(`hostile-markdown-${name}.html`, barePage(`Hostile Markdown (${name})`, html)));
        await settle(page);
        // Every address must be web, mail or in-document, and the only requests the page itself.
        const report = await inspect(page);
        await settle(page);
        expect({ ...report, pwned: await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned) }).toEqual({
            pwned: undefined, unexpectedElements: [], handlerAttributes: [], styleAttributes: 0, unsafeLinks: [], scripts: 0
        });
        expect(canaries.dialogs).toEqual([]);
        expect(canaries.requests).toEqual([]);
        // The breakout payloads stayed inside the reference's one link.
        const links = await page.evaluate(() => Array.from(document.querySelectorAll('a')).map(link => link.getAttribute('href')!));
        expect(links).toContain('https://x.example/%29%5By%5D%28javascript:window.__pwned=31%29');
        expect(links).toContain('https://x.example/%29!%5By%5D%28http://remote.example/32.png%29');
        await page.close();
    });
});

describe('screenshots', () => {
    test('the sales and marketing example in light and dark', async () => {
        const folder = path.join(REPO_ROOT, 'examples');
        const read = (file: string) => fs.readFileSync(path.join(folder, file), 'utf8');
        // The example with its CSV and shared glossary, in the test file system at the same relative places.
        const result = await checkDocument(read('sales-marketing/sales-marketing.sla'), {
            path: '/work/sales-marketing/sales-marketing.sla',
            files: {
                '/work/sales-marketing/leads-2026-03.csv': read('sales-marketing/leads-2026-03.csv'),
                '/work/common-glossary.sla': read('common-glossary.sla')
            }
        });
        const model = modelOf(result)!;
        const url = writeArtifact('sales-marketing.html', renderHtmlPage(model, { today: TODAY }));
        for (const scheme of ['light', 'dark'] as const) {
            const { page, canaries } = await open(url, scheme);
            const shot = path.join(ARTIFACTS, `sales-marketing-${scheme}.png`);
            await page.screenshot({ path: shot, fullPage: true });
            await page.locator('figure.sla-chart:not([hidden])').first().screenshot({ path: path.join(ARTIFACTS, `sales-marketing-chart-${scheme}.png`) });
            expect(fs.statSync(shot).size).toBeGreaterThan(10_000);
            const background = await page.evaluate(() => getComputedStyle(document.querySelector('.sla-document')!).backgroundColor);
            expect(background).toBe(scheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(13, 17, 23)');
            expect(canaries.errors).toEqual([]);
            await page.close();
        }
    });
});
