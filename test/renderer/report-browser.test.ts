import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AgreementModel } from 'sla-model';
import { calendarDate, serviceLevelReport } from 'sla-model';
import { renderHtmlPage, renderReportPage, REPORT_CHART_WIDTH, reportChartGeometry } from 'sla-renderer';
import { CHROMIUM_ARGS } from '../e2e/chromium.js';
import { CHROMIUM } from '../e2e/paths.js';
import { buildExamples } from '../helpers/example-documents.js';

/**
 * The service level report's charts in headless Chromium: every point drawn where the report's
 * value lands through the chart's scales (within half a pixel on the screen), with a gap, not
 * a point, where a period has no value; and the report section's month picker under the page's policy.
 */
let browser: Browser;
const models = new Map<string, AgreementModel>();

beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const { services, documents } = await buildExamples();
    for (const document of documents) {
        const model = services.Sla.sla.ModelProvider.modelOf(document);
        if (model) {
            models.set(document.uri.path.split('/').at(-1)!, model);
        }
    }
}, 60_000);

afterAll(async () => {
    await browser?.close();
});

interface Drawn {
    series: string;
    svg: { left: number; top: number; width: number };
    points: { period: string; value: number; x: number; y: number }[];
    gaps: string[];
}

describe('the report chart in a browser', () => {
    test('the hosting example in October 2026: each point at its value through the scales', async () => {
        // A fortnight after the agreement's year: every month of April to December 2026 has a value.
        const report = serviceLevelReport(models.get('cloud-hosting.sla')!, { today: calendarDate(2027, 4, 15), month: '2026-10' });
        const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
        const errors: string[] = [];
        page.on('pageerror', error => errors.push(error.message));
        page.on('console', message => message.type() === 'error' && errors.push(message.text()));
        await page.setContent(renderReportPage(report, { nonce: 'report-test' }));
        const drawn: Drawn[] = await page.evaluate(() => Array.from(document.querySelectorAll('section.sla-section')).flatMap(section => {
            const svg = section.querySelector('svg.sla-report-chart-svg');
            if (!svg) {
                return [];
            }
            const box = svg.getBoundingClientRect();
            return [{
                series: section.id,
                svg: { left: box.left, top: box.top, width: box.width },
                points: Array.from(svg.querySelectorAll('circle.sla-report-point')).map(circle => {
                    const rect = circle.getBoundingClientRect();
                    return { period: circle.getAttribute('data-period')!, value: Number(circle.getAttribute('data-value')), x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
                }),
                gaps: Array.from(svg.querySelectorAll('line.sla-report-gap')).map(line => line.getAttribute('data-period')!)
            }];
        }));
        await page.close();
        expect(errors).toEqual([]);
        expect(drawn.map(chart => chart.series)).toEqual(['sla-report-Availability', 'sla-report-ApiAvailability', 'sla-report-ResponseInTime']);
        report.series.forEach((series, index) => {
            const chart = drawn[index];
            const { x, y } = reportChartGeometry(series.year);
            const scale = chart.svg.width / REPORT_CHART_WIDTH;
            const valued = series.year.periods.filter(period => period.value !== undefined && period.status !== undefined);
            expect(chart.points.map(point => [point.period, point.value])).toEqual(valued.map(period => [period.key, period.value]));
            for (const point of chart.points) {
                expect(Math.abs(point.x - (chart.svg.left + x(point.period)! * scale)), `${series.metric} ${point.period} x`).toBeLessThan(0.5);
                expect(Math.abs(point.y - (chart.svg.top + y(point.value) * scale)), `${series.metric} ${point.period} y`).toBeLessThan(0.5);
            }
            expect(chart.gaps).toEqual(series.year.periods.filter(period => period.status === 'no-data').map(period => period.key));
        });
        // October's store availability is the report's own figure: 98.8799…%, missed.
        const october = report.series[0].year.periods.find(period => period.key === '2026-10')!;
        expect([october.status, october.value?.toFixed(4), report.series[0].rows[0].result]).toEqual(['missed', '98.8799', '98.8799%']);
        // Nine months of 2026 were tracked for each availability; the incidents metric has none with data.
        expect(drawn.map(chart => [chart.points.length, chart.gaps.length])).toEqual([[9, 0], [9, 0], [0, 9]]);
    }, 60_000);

    test('the report section of the rendered agreement follows its month picker', async () => {
        // The IT service desk on 15 March 2026: February (finished) shows first, March is offered.
        const page = await browser.newPage();
        await page.setContent(renderHtmlPage(models.get('it-service-desk.sla')!, { today: calendarDate(2026, 3, 15), nonce: 'report-test' }));
        const visible = () => page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('div.sla-report-month')).filter(month => !month.hidden).map(month => month.dataset.month));
        expect(await visible()).toEqual(['2026-02']);
        await page.selectOption('select.sla-month-picker[data-chart-group="sla-report"]', '2026-03');
        expect(await visible()).toEqual(['2026-03']);
        await page.close();
    }, 60_000);
});
