import MarkdownIt from 'markdown-it';
import { describe, expect, test } from 'vitest';
import { calendarDate } from 'sla-model';
import { renderMarkdown } from 'sla-renderer';
import { fixtureModel, TODAY } from './fixtures.js';

describe('renderMarkdown', async () => {
    const model = await fixtureModel();
    const md = renderMarkdown(model, { today: TODAY });

    test('title, subtitle and the parties', () => {
        expect(md.startsWith('# Fixture SLA\n\nInternal agreement · service-based · version 2.0\n\n## Parties\n\n'
            + '- **Marketing team** (Marketing), provider. Representative: Dana Lee, Service Level Manager.\n'
            + '- **Sales team** (Sales), customer.\n'
            + '- **CRM Vendor** (Crm), third party, involved in negotiating this agreement.\n\n## Period\n\nFrom 1 January 2026 to 31 December 2026.\n\n')).toBe(true);
    });

    test('an agreement with errors: a draft banner under the subtitle; none without errors', () => {
        expect(renderMarkdown(model, { today: TODAY, problems: 2 }).startsWith('# Fixture SLA\n\nInternal agreement · service-based · version 2.0\n\n> **Draft — 2 problems**\n\n## Parties\n\n')).toBe(true);
        expect(renderMarkdown(model, { today: TODAY, problems: 1 })).toContain('\n\n> **Draft — 1 problem**\n\n');
        expect(renderMarkdown(model, { today: TODAY, problems: 0 })).toBe(md);
    });

    test('prose keeps its paragraphs; mentions link to the glossary; undefined terms are marked', () => {
        expect(md).toContain('## Summary and goals\n\nMarketing generates [Qualified Leads](#glossary) for Sales.\n\n'
            + 'Sales follows up within two *Business Days* (undefined term).\n\n**Goals**\n\n'
            + '- **Deliver 400 leads a month**, owned by Marketing team.\n\n  So that Sales reaches its own goal.\n\n');
    });

    test('services and metrics as nested headings with their facts', () => {
        expect(md).toContain('## Service\n\n### Lead generation\n\n- Provided by: Marketing team\n- Provided to: Sales team\n- Hours: Every day\n- Depends on: CRM Vendor\n\n');
        expect(md).toContain('#### Qualified leads delivered\n\n- Counts: [Qualified Lead](#glossary)\n- Target: at least 400 per month\n'
            + '- Measured by: CRM report, operated by CRM Vendor, every day\n- Controlled by: Marketing team\n\n');
    });

    test('the escalation matrix as a table', () => {
        expect(md).toContain('## Severity and escalation\n\n*Response, resolution and escalation path for each severity level*\n\n'
            + '| Severity | Response within | Resolution within | Escalation path |\n| --- | --- | --- | --- |\n'
            + '| **Urgent** | 30 minutes | 4 hours | after 1 hour: Head of Sales; after 2 hours: Chief Revenue Officer |\n\n');
    });

    test('a chart as its sentences, a text chart in a code block and the day-by-day table', () => {
        expect(md).toContain('**Qualified leads delivered: pacing for March 2026**\n\n'
            + 'Finish line: 400 by 31 March 2026 (12.9 a day, 400 × 1/31).  \n'
            + 'Behind pace by 8.5 (−13.2%) on day 5: 56 against a cumulative target of 64.5.  \n'
            + 'Projected month end: 347.2 of 400, falls short of the goal (11.2 a day on average over days 1–5, days without data as 0, × 31 days).  \n'
            + '1 measurement lies outside the agreement\'s period and is left out.\n\n```text\n450 |');
        expect(md).toContain('| Day | Daily target | Cumulative target | Actual | Cumulative actual | Difference |\n| ---: | ---: | ---: | ---: | ---: | ---: |\n'
            + '| 1 | 12.9 | 12.9 | 14 | 14 | +1.1 |\n');
        expect(md).toContain('| 31 | 12.9 | 400.0 | – | – | – |\n\nOther months with measurements: February 2026.\n\n');
    });

    test('a finished month chosen in the options: the final result and the days without data', () => {
        // Today 10 April, March shown: 14 + 15 + 10 + 17 = 56 of 400; no rows on day 4 or days 6–31.
        const finished = renderMarkdown(model, { today: calendarDate(2026, 4, 10), months: { LeadsDelivered: '2026-03' } });
        expect(finished).toContain('**Qualified leads delivered: pacing for March 2026**\n\n'
            + 'Finish line: 400 by 31 March 2026 (12.9 a day, 400 × 1/31).  \n'
            + 'Final: 56 of 400, goal missed by 344.  \n'
            + 'No data for 4 and 6–31 March 2026.  \n'
            + '1 measurement lies outside the agreement\'s period and is left out.\n\n```text\n');
    });

    test('the glossary, the signature block and the page estimate close the document', () => {
        // One representative (Dana Lee, of the Marketing team); Signature and Date are left blank to sign.
        expect(md.endsWith('## Glossary\n\n- **Qualified Lead** (also Qualified Leads): A lead with a score of at least 40.\n\n'
            + '## Signatures\n\n*Signed for the parties by their representatives*\n\n| Name | Role | Party | Signature | Date |\n| --- | --- | --- | --- | --- |\n'
            + '| Dana Lee | Service Level Manager | Marketing team |  |  |\n\n'
            + '---\n\n*Estimated length: 4.9 pages, 5.9 pages with the service level report.*\n')).toBe(true);
    });

    test('markdown-it renders it with the headings, tables and links it promises', () => {
        const html = new MarkdownIt().render(md);
        expect(html).toContain('<h1>Fixture SLA</h1>');
        expect(html).toContain('<th>Escalation path</th>');
        expect(html).toContain('<a href="#glossary">Qualified Leads</a>');
        expect(html).toContain('<a href="https://example.com/playbook">https://example.com/playbook</a>');
    });

    test('user text cannot become markup', async () => {
        const hostile = await fixtureModel('agreement A "# *Title* <b>x</b> \\[l](javascript:x)" {\n'
            + '    summary "<script>alert(1)</script> **kept**"\n'
            + '    party P "| pipe | <img src=x> \\\\" provider\n}');
        const text = renderMarkdown(hostile, { today: TODAY });
        expect(text).toContain('# \\# \\*Title\\* &lt;b\\>x&lt;/b\\> \\[l\\](javascript:x)\n');
        expect(text).toContain('&lt;script>alert(1)&lt;/script> **kept**');
        expect(text).toContain('- **\\| pipe \\| &lt;img src=x\\> \\\\** (P), provider.');
        expect(text).not.toMatch(/<[a-z/!?]/i);
    });
});
