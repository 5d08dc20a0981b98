import { describe, expect, test } from 'vitest';
import type { ChartGroup, RenderOptions, SlaDocument } from 'sla-model';
import { buildDocument } from 'sla-model';
import { cachedChartGroupHtml, chartGroupKey, clearChartCache, renderChartGroupHtml, renderHtmlFragment, TextLru } from 'sla-renderer';
import { fixtureModel, TODAY } from './fixtures.js';

function chartGroups(document: SlaDocument): ChartGroup[] {
    const groups: ChartGroup[] = [];
    const visit = (section: SlaDocument['sections'][number]) => {
        for (const block of section.blocks) {
            if (block.kind === 'chart') {
                groups.push(block.chart);
            }
        }
        section.sections.forEach(visit);
    };
    document.sections.forEach(visit);
    return groups;
}

describe('TextLru', () => {
    test('past the bound, the least recently used entry is forgotten first', () => {
        const cache = new TextLru(10);
        cache.set('a', '1234');
        cache.set('b', '1234');
        expect(cache.characters).toBe(10);
        expect(cache.get('a')).toBe('1234');
        cache.set('c', '1');
        expect([cache.has('a'), cache.has('b'), cache.has('c')]).toEqual([true, false, true]);
        expect([cache.size, cache.characters]).toEqual([2, 7]);
        cache.set('d', '12345');
        expect([cache.has('a'), cache.has('c'), cache.has('d')]).toEqual([false, true, true]);
        expect([cache.size, cache.characters]).toEqual([2, 8]);
    });

    test('a key set again counts once, with its new value', () => {
        const cache = new TextLru(10);
        cache.set('a', '12');
        cache.set('a', '1234');
        expect([cache.get('a'), cache.size, cache.characters]).toEqual(['1234', 1, 5]);
    });

    test('an entry longer than the bound is not kept, and the others stay', () => {
        const cache = new TextLru(10);
        cache.set('a', '1');
        cache.set('b', '1234567890');
        expect([cache.has('a'), cache.has('b'), cache.size, cache.characters]).toEqual([true, false, 1, 2]);
    });

    test('clear forgets everything', () => {
        const cache = new TextLru(10);
        cache.set('a', '1');
        cache.clear();
        expect([cache.get('a'), cache.size, cache.characters]).toEqual([undefined, 0, 0]);
    });
});

describe('chart group cache', async () => {
    const model = await fixtureModel();
    const groupsWith = (options: RenderOptions) => chartGroups(buildDocument(model, options));
    const [group] = groupsWith({ today: TODAY });
    const march = (change: (day: ChartGroup['charts'][number]['days'][number]) => object): ChartGroup => ({
        ...group,
        charts: group.charts.map(chart => chart.month !== '2026-03' ? chart : { ...chart, days: chart.days.map(day => day.day === 1 ? { ...day, ...change(day) } : day) })
    });

    test('the fixture has a group of two months, March selected', () => {
        expect([group.id, group.selected, group.charts.map(chart => chart.month)]).toEqual(['LeadsDelivered', '2026-03', ['2026-02', '2026-03']]);
    });

    test('a group of the same value, built again, is a hit: the stored string comes back', () => {
        const cache = new TextLru(1_000_000);
        cache.set(chartGroupKey(group), 'stored');
        const [again] = groupsWith({ today: TODAY });
        expect(again).not.toBe(group);
        expect(cachedChartGroupHtml(again, cache)).toBe('stored');
        expect(cache.size).toBe(1);
    });

    test('a miss renders the group and keeps it; the next call returns the same string', () => {
        const cache = new TextLru(1_000_000);
        const html = cachedChartGroupHtml(group, cache);
        expect(html).toBe(renderChartGroupHtml(group));
        expect(cache.has(chartGroupKey(group))).toBe(true);
        expect(cachedChartGroupHtml(groupsWith({ today: TODAY })[0], cache)).toBe(html);
        expect(cache.size).toBe(1);
    });

    test('a changed pacing value is another key, and its HTML shows the change', () => {
        const cache = new TextLru(1_000_000);
        const before = cachedChartGroupHtml(group, cache);
        const changed = march(() => ({ actual: 15 }));
        const after = cachedChartGroupHtml(changed, cache);
        expect(before).toContain('<tr data-day="1"><th scope="row">1</th><td>12.9</td><td>12.9</td><td>14</td><td>14</td><td>+1.1</td></tr>');
        expect(after).toContain('<tr data-day="1"><th scope="row">1</th><td>12.9</td><td>12.9</td><td>15</td><td>14</td><td>+1.1</td></tr>');
        expect(after).toBe(renderChartGroupHtml(changed));
        expect(cache.size).toBe(2);
    });

    test('another selected month is another key, and its HTML selects it', () => {
        const cache = new TextLru(1_000_000);
        const before = cachedChartGroupHtml(group, cache);
        const [february] = groupsWith({ today: TODAY, months: { LeadsDelivered: '2026-02' } });
        const after = cachedChartGroupHtml(february, cache);
        expect(before).toContain('<option value="2026-02">February 2026</option>\n<option value="2026-03" selected>March 2026</option>');
        expect(after).toContain('<option value="2026-02" selected>February 2026</option>\n<option value="2026-03">March 2026</option>');
        expect(after).toBe(renderChartGroupHtml(february));
        expect(cache.size).toBe(2);
    });

    test('the key holds every field of a pacing day: a changed one, or one left out, is another key', () => {
        const day = group.charts.find(chart => chart.month === '2026-03')!.days[0];
        expect(Object.keys(day).sort()).toEqual(['actual', 'cumulativeActual', 'cumulativeTarget', 'dailyTarget', 'date', 'day', 'difference']);
        expect(Object.keys(day.date).sort()).toEqual(['day', 'iso', 'month', 'year']);
        const key = chartGroupKey(group);
        const variants = [
            march(() => ({ day: 2 })),
            march(() => ({ date: { ...day.date, day: 2, iso: '2026-03-02' } })),
            march(() => ({ dailyTarget: 13 })),
            march(() => ({ cumulativeTarget: 13 })),
            march(() => ({ actual: 15 })),
            march(() => ({ cumulativeActual: 15 })),
            march(() => ({ difference: 2 })),
            march(() => ({ actual: undefined, cumulativeActual: undefined, difference: undefined })),
            march(() => ({ actual: 0 }))
        ].map(chartGroupKey);
        expect(variants).not.toContain(key);
        expect(new Set(variants).size).toBe(variants.length);
    });

    test('the key holds the line, the title and the id, but not the pacing\'s metric', () => {
        const key = chartGroupKey(group);
        expect(chartGroupKey({ ...group, line: group.line + 1 })).not.toBe(key);
        expect(chartGroupKey({ ...group, title: `${group.title}!` })).not.toBe(key);
        expect(chartGroupKey({ ...group, elementId: `${group.elementId}-2` })).not.toBe(key);
        const otherMetric = { ...group, charts: group.charts.map(chart => ({ ...chart, target: { ...chart.target, metric: { ...chart.target.metric, origin: { ...chart.target.metric.origin, line: 999 } } } })) };
        expect(chartGroupKey(otherMetric)).toBe(key);
    });

    test('the shared cache gives the HTML of an uncached render, for a model sent as JSON too', () => {
        clearChartCache();
        const cold = renderHtmlFragment(model, { today: TODAY });
        const warm = renderHtmlFragment(JSON.parse(JSON.stringify(model)), { today: TODAY });
        expect(warm).toBe(cold);
        for (const each of [...groupsWith({ today: TODAY }), ...groupsWith({ today: TODAY, months: { LeadsDelivered: '2026-02' } })]) {
            expect(cachedChartGroupHtml(each)).toBe(renderChartGroupHtml(each));
        }
        clearChartCache();
        expect(renderHtmlFragment(model, { today: TODAY })).toBe(cold);
    });
});
