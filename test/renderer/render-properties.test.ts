import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { AgreementModel, ProseSegment } from 'sla-model';
import { calendarDate } from 'sla-model';
import { renderHtmlFragment, renderMarkdown } from 'sla-renderer';

/** A model with the same text in every string field, as a client might get it over the wire. */
function modelWith(text: string, term: string): AgreementModel {
    const prose: ProseSegment[] = [{ kind: 'text', text }, { kind: 'mention', term, defined: true }, { kind: 'mention', term: text, defined: false }];
    const target = { comparator: '>=' as const, value: 30, unit: 'count' as const, period: 'month' as const, origin: { uri: '', line: 3 } };
    return {
        name: 'A', title: text, origin: { uri: '', line: 0 }, version: text, kind: 'external', model: 'multi-level', summary: prose,
        period: { origin: { uri: '', line: 1 }, start: calendarDate(2026, 1, 1), end: calendarDate(2026, 12, 31), openEnded: false, trackingStart: calendarDate(2026, 1, 1) },
        parties: [{ name: 'P', title: text, role: 'provider', involved: false, representatives: [{ person: text, jobRole: text }], origin: { uri: '', line: 2 } }],
        goals: [{ name: 'G', title: text, owner: 'P', text: prose, origin: { uri: '', line: 2 } }],
        terms: [{ name: term, aliases: [text], definition: prose, origin: { uri: '', line: 2 } }],
        services: [{
            name: 'S', title: text, provider: 'P', consumers: ['P'], hours: text, description: prose, dependsOn: ['P'], exclusions: [prose],
            responsibilities: [{ party: 'P', items: [prose] }],
            metrics: [{
                name: 'M', title: text, service: 'S', counts: text, target, measurement: { source: text, method: text, frequency: 'day' },
                controlledBy: 'P', severities: ['V'], segments: [{ name: 'X', title: text, target, origin: { uri: '', line: 3 } }], paced: true, origin: { uri: '', line: 3 }
            }],
            origin: { uri: '', line: 2 }
        }],
        deliverables: [{ name: 'D', title: text, from: 'P', to: 'P', cadence: 'week', service: 'S', text: prose, origin: { uri: '', line: 4 } }],
        severities: [{ name: 'V', title: text, escalation: [{ after: { value: 1, unit: 'hours', minutes: 60, text: '1 hour' }, contact: text, origin: { uri: '', line: 5 } }], origin: { uri: '', line: 5 } }],
        remedies: { schedules: [], credits: [], caps: [], penalties: [prose], rewards: [prose], triggers: [], origin: { uri: '', line: 6 } },
        indemnification: [prose], exclusions: [prose],
        reviews: [], meetings: [{ title: text, cadence: 'month', participants: ['P'], origin: { uri: '', line: 7 } }],
        termination: { notices: [], conditions: [prose], expiry: [prose], origin: { uri: '', line: 8 } },
        references: [{ title: text, location: text, origin: { uri: '', line: 9 } }],
        sections: [{ title: text, text: prose, origin: { uri: '', line: 10 } }],
        measurements: [{ metric: 'M', points: [{ date: calendarDate(2026, 3, 1), value: 4 }, { date: calendarDate(2026, 3, 2), value: 5, segment: 'X' }], problems: [], origin: { uri: '', line: 11 } }],
        fees: []
    };
}

const ELEMENTS = new Set(['article', 'header', 'footer', 'section', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div', 'span', 'strong', 'em', 's', 'a', 'ul', 'ol', 'li',
    'dl', 'dt', 'dd', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'pre', 'blockquote', 'hr', 'br', 'figure', 'figcaption', 'label', 'select',
    'option', 'details', 'summary', 'svg', 'title', 'desc', 'g', 'line', 'path', 'circle', 'text']);

/** Text made of the characters that matter to HTML, Markdown and templates, and anything else. */
const hostileText = fc.string({ unit: fc.oneof(fc.constantFrom(...'<>"\'&`[]()!*_#|~\\{}$:=/\n \u202E\uE000\uE001'.split('')), fc.string({ maxLength: 3 }).map(s => s || 'x'), fc.constantFrom('script', 'onerror=', 'javascript:', '<img', '</title>', '{{')), maxLength: 40 });

describe('rendering any text', () => {
    test('HTML: every tag is one the renderer writes, with no handler or style attribute, and nothing throws', () => {
        fc.assert(fc.property(hostileText, hostileText, (text, term) => {
            const html = renderHtmlFragment(modelWith(text, term.replace(/[[\]"\n]/g, '') || 't'), { today: calendarDate(2026, 3, 15) });
            for (const match of html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
                expect(ELEMENTS.has(match[1])).toBe(true);
                const attributes = match[2].replace(/"[^"]*"/g, '""');
                expect(attributes).not.toMatch(/\s(on\w*|style|src|srcdoc|formaction)\s*=/i);
                expect(attributes).not.toMatch(/['<]/);
            }
            expect(html).not.toMatch(/href="\s*(javascript|data|vbscript):/i);
        }), { numRuns: 150 });
    });

    test('Markdown: no tag at all, and nothing throws', () => {
        fc.assert(fc.property(hostileText, hostileText, (text, term) => {
            const markdown = renderMarkdown(modelWith(text, term.replace(/[[\]"\n]/g, '') || 't'), { today: calendarDate(2026, 3, 15) });
            expect(markdown).not.toMatch(/<[a-z/!?]/i);
        }), { numRuns: 150 });
    });

    test('a model with the holes a recovering parser leaves (no names, no numbers) renders without throwing', () => {
        const model = modelWith('text', 'Term') as unknown as Record<string, unknown> & AgreementModel;
        const holes = (value: unknown): void => {
            if (Array.isArray(value)) {
                value.forEach(holes);
            } else if (value && typeof value === 'object') {
                const record = value as Record<string, unknown>;
                for (const key of ['name', 'value', 'credit', 'below', 'periods', 'cadence', 'period', 'comparator', 'term', 'text']) {
                    if (key in record && key !== 'text' || (key === 'text' && record.kind === 'text')) {
                        delete record[key];
                    }
                }
                Object.values(record).forEach(holes);
            }
        };
        holes(model.parties);
        holes(model.terms);
        holes(model.services);
        holes(model.deliverables);
        holes(model.severities);
        holes(model.meetings);
        holes(model.summary);
        model.remedies.credits.push({ origin: { uri: '', line: 6 } } as never);
        model.remedies.caps.push({ origin: { uri: '', line: 6 } } as never);
        model.remedies.earnBack = { origin: { uri: '', line: 6 } } as never;
        model.measurements[0].points.push({ date: calendarDate(2026, 3, 3) } as never);
        const html = renderHtmlFragment(model, { today: calendarDate(2026, 3, 15) });
        expect(html).toContain('<p data-line="6">Credits are capped at ?% per ?.</p>');
        expect(html).not.toMatch(/(?<!sla-term-)undefined/);
        expect(renderMarkdown(model, { today: calendarDate(2026, 3, 15) })).toContain('Credits are capped at ?% per ?.');
    });
});
