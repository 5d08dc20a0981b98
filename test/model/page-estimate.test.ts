import { describe, expect, test } from 'vitest';
import type { AgreementModel, MetricModel } from 'sla-model';
import { CHART_PAGES, HEADING_WORDS, TABLE_ROW_WORDS, WORDS_PER_PAGE, estimatePages, pageEstimate } from 'sla-model';

const words = (count: number) => Array.from({ length: count }, (_, index) => `w${index}`).join(' ');

function agreement(overrides: Partial<AgreementModel> = {}): AgreementModel {
    return {
        name: 'A', title: 'A', origin: { uri: '', line: 0 }, summary: [], parties: [], goals: [], terms: [], services: [], deliverables: [],
        severities: [], remedies: { credits: [], caps: [], penalties: [], rewards: [] }, indemnification: [],
        exclusions: [], reviews: [], meetings: [], references: [], sections: [], measurements: [],
        ...overrides
    };
}

function metric(overrides: Partial<MetricModel> = {}): MetricModel {
    return { name: 'M', title: 'Leads', service: 'S', severities: [], segments: [], paced: false, origin: { uri: '', line: 0 }, ...overrides };
}

describe('estimatePages', () => {
    test('the figures', () => {
        expect([WORDS_PER_PAGE, HEADING_WORDS, TABLE_ROW_WORDS, CHART_PAGES]).toEqual([400, 12, 6, 1 / 3]);
    });

    test('a title alone: one word and one heading', () => {
        expect(pageEstimate(agreement())).toEqual({ words: 1, headings: 1, tableRows: 0, charts: 0, pages: 0 });
    });

    test('one page of words: 376 words and two headings', () => {
        const model = agreement({ sections: [{ title: 'Scope', text: [{ kind: 'text', text: words(374) }], origin: { uri: '', line: 1 } }] });
        expect(pageEstimate(model)).toEqual({ words: 376, headings: 2, tableRows: 0, charts: 0, pages: 1 });
        expect(estimatePages(model)).toBe(1);
    });

    test('mentions count as the words of their term', () => {
        const model = agreement({ summary: [{ kind: 'text', text: 'Every' }, { kind: 'mention', term: 'Qualified Lead', defined: true }] });
        expect(pageEstimate(model).words).toBe(4);
    });

    test('tables: parties and the escalation matrix have a header row and a row each', () => {
        const model = agreement({
            parties: [
                { name: 'P', title: 'Provider', role: 'provider', involved: false, representatives: [], origin: { uri: '', line: 1 } },
                { name: 'C', title: 'Customer', role: 'customer', involved: false, representatives: [], origin: { uri: '', line: 2 } }
            ],
            severities: [{ name: 'High', title: 'High', escalation: [], origin: { uri: '', line: 3 } }]
        });
        // words: title 1; parties: "Provider P provider", "Customer C customer"; severity: "High",
        // "response within", "resolution within".
        expect(pageEstimate(model)).toEqual({ words: 1 + 6 + 5, headings: 3, tableRows: 5, charts: 0, pages: 0.2 });
    });

    test('one chart per paced metric with a monthly goal, and per segment with its own', () => {
        const goal = { comparator: '>=' as const, value: 400, unit: 'count' as const, period: 'month' as const, origin: { uri: '', line: 1 } };
        const percent = { ...goal, unit: '%' as const };
        const services = [{
            name: 'S', title: 'S', consumers: [], description: [], dependsOn: [], exclusions: [], responsibilities: [], origin: { uri: '', line: 1 },
            metrics: [
                metric({ paced: true, target: goal, segments: [{ name: 'Big', title: 'Big', target: { ...goal, value: 100 }, origin: { uri: '', line: 2 } }, { name: 'Rest', title: 'Rest', origin: { uri: '', line: 3 } }] }),
                metric({ name: 'N', paced: false, target: goal }),
                metric({ name: 'O', paced: true, target: percent })
            ]
        }];
        const estimate = pageEstimate(agreement({ services }));
        expect(estimate.charts).toBe(2);
        expect(estimate.tableRows).toBe(4);
        expect(estimate.pages).toBe(Math.round(((estimate.words + HEADING_WORDS * estimate.headings + TABLE_ROW_WORDS * 4) / WORDS_PER_PAGE + 2 * CHART_PAGES) * 10) / 10);
    });
});
