import { describe, expect, test } from 'vitest';
import { renderHtmlFragment } from 'sla-renderer';
import { fixtureModel, TODAY } from './fixtures.js';

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
