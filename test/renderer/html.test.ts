import { describe, expect, test } from 'vitest';
import { renderHtmlFragment } from 'sla-renderer';
import { fixtureModel, TODAY } from './fixtures.js';

describe('renderHtmlFragment', async () => {
    const model = await fixtureModel();
    const html = renderHtmlFragment(model, { today: TODAY });

    test('the document body only, in an article', () => {
        expect(html.startsWith('<article class="sla-document" data-line="0">\n<header class="sla-header" data-line="0">\n<h1>Fixture SLA</h1>\n'
            + '<p class="sla-subtitle">Internal agreement · service-based · version 2.0</p>\n</header>\n')).toBe(true);
        expect(html.endsWith('<footer class="sla-footer">\n<p class="sla-page-estimate">Estimated length: 4.9 pages, 5.9 pages with the service level report.</p>\n</footer>\n</article>\n')).toBe(true);
    });

    test('an agreement with errors: a draft banner under the title, "problem" for one; none without errors', () => {
        const header = (problems?: number) => {
            const text = renderHtmlFragment(model, { today: TODAY, problems });
            return text.slice(text.indexOf('<h1>'), text.indexOf('</header>'));
        };
        const subtitle = '<h1>Fixture SLA</h1>\n<p class="sla-subtitle">Internal agreement · service-based · version 2.0</p>\n';
        expect(header(3)).toBe(`${subtitle}<p class="sla-draft" role="note">Draft — 3 problems</p>\n`);
        expect(header(1)).toBe(`${subtitle}<p class="sla-draft" role="note">Draft — 1 problem</p>\n`);
        expect(header(0)).toBe(subtitle);
        expect(header(undefined)).toBe(subtitle);
    });

    test('no script, no event handler, no style attribute, no image', () => {
        expect(html).not.toMatch(/<script|<img|<iframe|\son\w+=|\sstyle=/i);
    });

    test('elements from source clauses carry their zero-based line', () => {
        expect(html).toContain('<li id="party-Marketing" data-line="8"><strong>Marketing team</strong> (Marketing), provider. Representative: Dana Lee, Service Level Manager.</li>');
        expect(html).toContain('<section class="sla-section sla-level-4" id="metric-LeadsDelivered" data-line="24">\n<h4 data-line="24">Qualified leads delivered</h4>');
        expect(html).toContain('<tr id="severity-Urgent" data-line="40"><th scope="row"><strong>Urgent</strong></th><td>30 minutes</td><td>4 hours</td>'
            + '<td>after 1 hour: Head of Sales; after 2 hours: Chief Revenue Officer</td></tr>');
        expect(html).toContain('<div id="term-qualified-lead" data-line="15"><dt>Qualified Lead <span class="sla-aliases">(also Qualified Leads)</span></dt>'
            + '<dd><p>A lead with a score of at least 40.</p></dd></div>');
        expect(html).toContain('<tr data-line="47"><th scope="row">5%</th><td>95%</td><td><a class="sla-ref" href="#metric-LeadsDelivered">Qualified leads delivered</a></td></tr>');
    });

    test('prose through Markdown with term links; undefined terms marked', () => {
        expect(html).toContain('<div class="sla-prose"><p>Marketing generates <a class="sla-term" href="#term-qualified-lead">Qualified Leads</a> for Sales.</p>\n'
            + '<p>Sales follows up within two <span class="sla-term sla-term-undefined" title="Not defined in the glossary">Business Days</span>.</p></div>');
    });

    test('a month picker for the series with two months; one figure per month, all but the selected hidden', () => {
        expect(html).toContain('<div class="sla-chart-group" data-chart-group="LeadsDelivered" data-line="24">\n'
            + '<label class="sla-month-picker-label">Month <select class="sla-month-picker" data-chart-group="LeadsDelivered">\n'
            + '<option value="2026-02">February 2026</option>\n<option value="2026-03" selected>March 2026</option>\n</select></label>\n'
            + '<figure class="sla-chart" id="chart-LeadsDelivered-2026-02" data-chart-group="LeadsDelivered" data-month="2026-02" data-line="24" hidden>\n');
        expect(html).toContain('<figure class="sla-chart" id="chart-LeadsDelivered-2026-03" data-chart-group="LeadsDelivered" data-month="2026-03" data-line="24">\n');
        // One month only: no picker.
        expect(html).toContain('<div class="sla-chart-group" data-chart-group="LeadsDelivered.DecisionMakers" data-line="29">\n'
            + '<figure class="sla-chart" id="chart-LeadsDelivered-DecisionMakers-2026-03"');
        // The other picker is the service level report's.
        expect(html.match(/<select class="sla-month-picker" data-chart-group="[^"]*"/g)).toEqual([
            '<select class="sla-month-picker" data-chart-group="LeadsDelivered"', '<select class="sla-month-picker" data-chart-group="sla-report"']);
    });

    test('the selected month follows the options', () => {
        const february = renderHtmlFragment(model, { today: TODAY, months: { LeadsDelivered: '2026-02' } });
        expect(february).toContain('<option value="2026-02" selected>February 2026</option>\n<option value="2026-03">March 2026</option>');
        expect(february).toContain('data-month="2026-02" data-line="24">\n');
        expect(february).toContain('data-month="2026-03" data-line="24" hidden>\n');
    });

    test('a partial agreement renders what it has', async () => {
        const partial = renderHtmlFragment(await fixtureModel('agreement Partial "Partial" {\n    party A "A team" provider\n    service S {'), { today: TODAY });
        expect(partial).toContain('<h1>Partial</h1>');
        expect(partial).toContain('<li id="party-A" data-line="1"><strong>A team</strong> (A), provider.</li>');
    });
});
