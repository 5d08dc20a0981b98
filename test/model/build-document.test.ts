import { describe, expect, test } from 'vitest';
import type { Block, DocumentSection } from 'sla-model';
import { buildDocument } from 'sla-model';
import { fixtureModel, TODAY } from '../renderer/fixtures.js';

function find(sections: DocumentSection[], id: string): DocumentSection | undefined {
    for (const section of sections) {
        const found = section.id === id ? section : find(section.sections, id);
        if (found) {
            return found;
        }
    }
    return undefined;
}

describe('buildDocument', async () => {
    const model = await fixtureModel();
    const document = buildDocument(model, { today: TODAY });

    test('the service level report section: a month at a time, the last finished one first', () => {
        const section = find(document.sections, 'sla-report')!;
        const block = section.blocks[0] as Extract<Block, { kind: 'report' }>;
        // Tracked from January; today is 15 March: February is the last finished month, March is running.
        expect([block.kind, block.report.id, block.report.selected, block.report.months.map(month => month.label)])
            .toEqual(['report', 'sla-report', '2026-02', ['January 2026', 'February 2026', 'March 2026']]);
        const february = block.report.months[1];
        expect(february.sections.map(each => [each.id, each.title, each.blocks.map(child => child.kind)])).toEqual([
            // February missed the total's goal: a credit, and how it was worked out.
            ['sla-report-2026-02-LeadsDelivered', 'Qualified leads delivered', ['paragraph', 'report-chart', 'table', 'list']],
            ['sla-report-2026-02-LeadsDelivered-DecisionMakers', 'Qualified leads delivered — Decision makers', ['paragraph', 'report-chart', 'table']]
        ]);
        // `render --month` picks another offered month; the agreement's own length leaves the report out.
        expect((buildDocument(model, { today: TODAY, month: '2026-03' }).sections.find(each => each.id === 'sla-report')!.blocks[0] as typeof block).report.selected).toBe('2026-03');
        expect([document.pages, document.withReport]).toEqual([4.9, 5.9]);
    });

    test('title, subtitle, page estimate and the building blocks in order', () => {
        expect(document.title).toBe('Fixture SLA');
        expect(document.subtitle).toEqual(['Internal agreement', 'service-based', 'version 2.0']);
        expect(document.pages).toBe(4.9);
        expect(document.sections.map(section => section.title)).toEqual([
            'Parties', 'Period', 'Summary and goals', 'Service', 'Service level report', 'Deliverables', 'Severity and escalation', 'Remedies',
            'Indemnification', 'Exclusions', 'Reviews and meetings', 'Termination', 'Scope', 'References', 'Glossary', 'Signatures'
        ]);
        expect(find(document.sections, 'service-LeadGeneration')?.sections.map(metric => [metric.id, metric.line]))
            .toEqual([['metric-LeadsDelivered', 24], ['metric-Speed', 32]]);
    });

    test('the escalation matrix: one row per severity, from its line', () => {
        const table = find(document.sections, 'sla-escalation')!.blocks[0];
        expect(table).toEqual({
            kind: 'table',
            caption: 'Response, resolution and escalation path for each severity level',
            columns: ['Severity', 'Response within', 'Resolution within', 'Escalation path'],
            rows: [{
                cells: [
                    [{ kind: 'strong', text: 'Urgent' }],
                    [{ kind: 'text', text: '30 minutes' }],
                    [{ kind: 'text', text: '4 hours' }],
                    [{ kind: 'text', text: 'after 1 hour: Head of Sales; after 2 hours: Chief Revenue Officer' }]
                ],
                line: 40,
                id: 'severity-Urgent'
            }]
        });
    });

    test('a chart group per paced series, a chart per month with data, today\'s month selected', () => {
        const charts = find(document.sections, 'metric-LeadsDelivered')!.blocks.filter((block): block is Extract<Block, { kind: 'chart' }> => block.kind === 'chart');
        expect(charts.map(({ chart }) => [chart.id, chart.elementId, chart.title, chart.selected, chart.charts.map(pacing => pacing.month), chart.line])).toEqual([
            ['LeadsDelivered', 'LeadsDelivered', 'Qualified leads delivered', '2026-03', ['2026-02', '2026-03'], 24],
            ['LeadsDelivered.DecisionMakers', 'LeadsDelivered-DecisionMakers', 'Qualified leads delivered — Decision makers', '2026-03', ['2026-03'], 29]
        ]);
    });

    test('the selected month comes from the options, and is offered even without data', () => {
        const chosen = buildDocument(model, { today: TODAY, months: { 'LeadsDelivered': '2026-02', 'LeadsDelivered.DecisionMakers': '2026-05' } });
        const groups = find(chosen.sections, 'metric-LeadsDelivered')!.blocks.flatMap(block => block.kind === 'chart' ? [block.chart] : []);
        expect(groups.map(group => [group.selected, group.charts.map(pacing => pacing.month)])).toEqual([
            ['2026-02', ['2026-02', '2026-03']],
            ['2026-05', ['2026-03', '2026-05']]
        ]);
    });

    test('mentions resolve to glossary anchors; counted terms link too', () => {
        const summary = find(document.sections, 'sla-summary')!.blocks[0];
        expect(summary).toEqual({
            kind: 'prose',
            prose: [
                { kind: 'text', text: 'Marketing generates ' },
                { kind: 'mention', term: 'Qualified Leads', anchor: 'term-qualified-lead' },
                { kind: 'text', text: ' for Sales.\n\nSales follows up within two ' },
                { kind: 'mention', term: 'Business Days', anchor: undefined },
                { kind: 'text', text: '.' }
            ]
        });
        const facts = find(document.sections, 'metric-LeadsDelivered')!.blocks[0];
        expect(facts.kind === 'facts' && facts.facts[0]).toEqual({ label: 'Counts', content: [{ kind: 'term', term: 'Qualified Lead', anchor: 'term-qualified-lead' }] });
    });

    test('only web addresses become links', () => {
        const references = find(document.sections, 'sla-references')!.blocks[0];
        expect(references.kind === 'list' && references.items.map(item => item.content[2])).toEqual([
            { kind: 'url', text: 'https://example.com/playbook', href: 'https://example.com/playbook' },
            { kind: 'text', text: 'policies/leads.pdf' }
        ]);
    });

    test('an empty agreement gives a title and nothing else', async () => {
        const empty = buildDocument(await fixtureModel('agreement Empty {}'), { today: TODAY });
        expect(empty).toEqual({ title: 'Empty', line: 0, subtitle: [], sections: [], pages: 0.2 });
    });
});

describe('the signature block', () => {
    test('one row per representative, in the order written, Signature and Date blank; the party linked', async () => {
        const model = await fixtureModel('agreement A {\n    party P "Northwind Ltd." provider {\n        representative "Ann Bell" as "CEO"\n        representative "Carl Dunn" as "CFO"\n    }\n'
            + '    party Q "Contoso" customer\n    party R "Fabrikam" customer {\n        representative "Eve Fox" as "Buyer"\n    }\n}');
        const document = buildDocument(model, { today: TODAY });
        const section = document.sections.at(-1)!;
        // Each row keeps its party's line, counted from 0: P on the second line, R on the seventh.
        const text = (value: string) => [{ kind: 'text', text: value }];
        expect(section).toEqual({
            id: 'sla-signatures',
            title: 'Signatures',
            blocks: [{
                kind: 'table',
                caption: 'Signed for the parties by their representatives',
                columns: ['Name', 'Role', 'Party', 'Signature', 'Date'],
                rows: [
                    { cells: [text('Ann Bell'), text('CEO'), [{ kind: 'ref', text: 'Northwind Ltd.', anchor: 'party-P' }], [], []], line: 1 },
                    { cells: [text('Carl Dunn'), text('CFO'), [{ kind: 'ref', text: 'Northwind Ltd.', anchor: 'party-P' }], [], []], line: 1 },
                    // Contoso has no representative, so no row.
                    { cells: [text('Eve Fox'), text('Buyer'), [{ kind: 'ref', text: 'Fabrikam', anchor: 'party-R' }], [], []], line: 6 }
                ]
            }],
            sections: []
        });
    });

    test('the error count given makes the document a draft; none or 0 does not', async () => {
        const model = await fixtureModel('agreement A {\n    party P "Northwind Ltd." provider\n}');
        expect(buildDocument(model, { today: TODAY, problems: 2 }).problems).toBe(2);
        expect('problems' in buildDocument(model, { today: TODAY, problems: 0 })).toBe(false);
        expect('problems' in buildDocument(model, { today: TODAY })).toBe(false);
    });

    test('near miss: no representative at all, no signature block', async () => {
        const model = await fixtureModel('agreement A {\n    party P "Northwind Ltd." provider\n}');
        expect(buildDocument(model, { today: TODAY }).sections.map(section => section.id)).toEqual(['sla-parties']);
    });
});

describe('sentences', () => {
    test('a name that ends with a full stop ends the sentence', async () => {
        const model = await fixtureModel('agreement A {\n    party P "Northwind Ltd." provider\n    goal G "Grow" owned by P\n    review every year with P\n}');
        const document = buildDocument(model, { today: TODAY });
        const goals = find(document.sections, 'sla-summary')!.blocks[0];
        expect(goals.kind === 'list' && goals.items[0].content).toEqual([
            { kind: 'strong', text: 'Grow' }, { kind: 'text', text: ', owned by ' }, { kind: 'ref', text: 'Northwind Ltd.', anchor: 'party-P' }
        ]);
        const reviews = find(document.sections, 'sla-reviews')!.blocks[0];
        expect(reviews.kind === 'list' && reviews.items[0].content.at(-1)).toEqual({ kind: 'ref', text: 'Northwind Ltd.', anchor: 'party-P' });
    });
});

describe('penalties and rewards', () => {
    test('a penalty with a trigger says when it applies; one without stays its prose', async () => {
        const { AGREEMENT } = await import('../renderer/fixtures.js');
        const text = AGREEMENT.replace('penalty "A written plan."', 'penalty "A written plan." when LeadsDelivered below target 2 periods in a row\n        penalty "A call."');
        const document = buildDocument(await fixtureModel(text), { today: TODAY });
        const remedies = find(document.sections, 'sla-remedies')!;
        const penalties = remedies.blocks.find((block): block is Extract<Block, { kind: 'list' }> => block.kind === 'list' && block.title === 'Penalties')!;
        expect(penalties.items.map(item => item.content.map(inline => inline.kind === 'text' ? inline.text : inline.kind === 'prose' ? 'PROSE' : inline.kind))).toEqual([
            ['PROSE', ' It applies when ', 'ref', ' is below target 2 periods in a row.'],
            ['PROSE']
        ]);
    });
});
