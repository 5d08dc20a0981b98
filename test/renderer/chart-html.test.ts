import { describe, expect, test } from 'vitest';
import { renderHtmlFragment } from 'sla-renderer';
import { calendarDate } from 'sla-model';
import { fixtureModel, TODAY } from './fixtures.js';

/** One month's figure of the LeadsDelivered group. */
function figureOf(html: string, month: string): string {
    const start = html.indexOf(`<figure class="sla-chart" id="chart-LeadsDelivered-${month}"`);
    return html.slice(start, html.indexOf('</figure>', start));
}

describe('chart figure', async () => {
    const html = renderHtmlFragment(await fixtureModel(), { today: TODAY });
    const figure = html.slice(html.indexOf('<figure class="sla-chart" id="chart-LeadsDelivered-2026-03"'), html.indexOf('</figure>', html.indexOf('id="chart-LeadsDelivered-2026-03"')));

    test('caption with the standing, the projection and the finish line', () => {
        expect(figure).toContain('<figcaption>\n<span class="sla-chart-title">Qualified leads delivered: pacing for March 2026</span>\n'
            + '<span class="sla-pace sla-pace-behind">Behind pace by 8.5 (−13.2%) on day 5: 56 against a cumulative target of 64.5.</span>\n'
            + '<span class="sla-projection">Projected month end: 347.2 of 400, falls short of the goal (11.2 a day on average over days 1–5, days without data as 0, × 31 days).</span>\n'
            + '<span class="sla-finish">Finish line: 400 by 31 March 2026 (12.9 a day, 400 × 1/31).</span>\n</figcaption>');
    });

    test('the SVG is described by the same sentences', () => {
        expect(figure).toContain('<desc id="chart-LeadsDelivered-2026-03-desc">Finish line: 400 by 31 March 2026 (12.9 a day, 400 × 1/31). '
            + 'Behind pace by 8.5 (−13.2%) on day 5: 56 against a cumulative target of 64.5. Projected month end: 347.2 of 400');
    });

    test('measurements outside the period are reported', () => {
        expect(figure).toContain('<p class="sla-chart-note">1 measurement lies outside the agreement&#39;s period and is left out.</p>');
    });

    test('the day-by-day table is the fallback, today\'s row marked', () => {
        expect(figure).toContain('<details class="sla-chart-data">\n<summary>Day-by-day data</summary>\n'
            + '<table><caption>Qualified leads delivered: pacing for March 2026</caption>\n'
            + '<thead><tr><th scope="col">Day</th><th scope="col">Daily target</th><th scope="col">Cumulative target</th><th scope="col">Actual</th><th scope="col">Cumulative actual</th><th scope="col">Difference</th></tr></thead>\n'
            + '<tbody><tr data-day="1"><th scope="row">1</th><td>12.9</td><td>12.9</td><td>14</td><td>14</td><td>+1.1</td></tr>');
        expect(figure).toContain('<tr data-day="4"><th scope="row">4</th><td>12.9</td><td>51.6</td><td>–</td><td>39</td><td>−12.6</td></tr>');
        expect(figure).toContain('<tr data-day="15" class="sla-today-row"><th scope="row">15</th><td>12.9</td><td>193.5</td><td>–</td><td>–</td><td>–</td></tr>');
        expect(figure.match(/<tr data-day=/g)).toHaveLength(31);
    });

    test('a legend of what is drawn', () => {
        expect(figure).toContain('<ul class="sla-chart-legend" aria-hidden="true"><li><span class="sla-swatch sla-swatch-target"></span>Cumulative target</li>'
            + '<li><span class="sla-swatch sla-swatch-actual"></span>Actual cumulative</li><li><span class="sla-swatch sla-swatch-goal"></span>Finish line (monthly goal)</li>'
            + '<li><span class="sla-swatch sla-swatch-projection"></span>Month-end projection</li><li><span class="sla-swatch sla-swatch-today"></span>Today</li></ul>');
    });
});

describe('a finished month\'s figure', async () => {
    // Today 15 March: February is over. Its rows: 10 + 20 + 30 = 60 of 400, none on days 4–28.
    const figure = figureOf(renderHtmlFragment(await fixtureModel(), { today: TODAY }), '2026-02');

    test('the caption gives the final result and the days without data, and no projection', () => {
        expect(figure).toContain('<figcaption>\n<span class="sla-chart-title">Qualified leads delivered: pacing for February 2026</span>\n'
            + '<span class="sla-pace sla-pace-missed">Final: 60 of 400, goal missed by 340.</span>\n'
            + '<span class="sla-days-without-data">No data for 4–28 February 2026.</span>\n'
            + '<span class="sla-finish">Finish line: 400 by 28 February 2026 (14.3 a day, 400 × 1/28).</span>\n</figcaption>');
        expect(figure).toContain('<desc id="chart-LeadsDelivered-2026-02-desc">Finish line: 400 by 28 February 2026 (14.3 a day, 400 × 1/28). '
            + 'Final: 60 of 400, goal missed by 340. No data for 4–28 February 2026.</desc>');
    });

    test('no projection is drawn or listed', () => {
        expect(figure).not.toContain('projection');
        expect(figure).not.toContain('sla-today');
    });

    test('a met goal is coloured as met', async () => {
        const csv = 'date,value,segment\n2026-02-01,200,\n2026-02-28,210,\n';
        const met = figureOf(renderHtmlFragment(await fixtureModel(undefined, { '/work/leads.csv': csv }), { today: TODAY }), '2026-02');
        // 200 + 210 = 410: 10 over at least 400.
        expect(met).toContain('<span class="sla-pace sla-pace-met">Final: 410 of 400, goal met by 10.</span>');
    });
});

describe('a running month with rows dated after today', async () => {
    // Today 3 March: days 1–3 count (14 + 15 + 10 = 39), day 5's 17 has not happened yet.
    const figure = figureOf(renderHtmlFragment(await fixtureModel(), { today: calendarDate(2026, 3, 3) }), '2026-03');

    test('the standing and the projection use days 1–3 only', () => {
        expect(figure).toContain('<span class="sla-pace sla-pace-ahead">Ahead of pace by 0.3 (+0.7%) on day 3: 39 against a cumulative target of 38.7.</span>');
        // 39 / 3 = 13 a day × 31 = 403.
        expect(figure).toContain('<span class="sla-projection">Projected month end: 403 of 400, reaches the goal (13 a day on average over days 1–3, days without data as 0, × 31 days).</span>');
    });

    test('the note says what is left out', () => {
        expect(figure).toContain('<p class="sla-chart-note">1 measurement lies outside the agreement&#39;s period and is left out. '
            + 'A measurement dated after today (5 March 2026) is left out.</p>');
    });

    test('the table shows no actual after today, and the chart has no point there', () => {
        expect(figure).toContain('<tr data-day="5"><th scope="row">5</th><td>12.9</td><td>64.5</td><td>–</td><td>–</td><td>–</td></tr>');
        expect(figure.match(/class="sla-actual-point"/g)).toHaveLength(3);
        expect(figure).not.toContain('data-day="5" data-value="56"');
    });
});
