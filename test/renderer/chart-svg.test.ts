import { describe, expect, test } from 'vitest';
import { line } from 'd3-shape';
import { calendarDate, computePacing, findPaceTarget, type Pacing } from 'sla-model';
import { chartLayout, coordinate, dayTicks, renderChartSvg } from 'sla-renderer';
import { fixtureModel } from './fixtures.js';

describe('pacing chart SVG', async () => {
    const model = await fixtureModel();
    const pacing = computePacing(model, findPaceTarget(model, 'LeadsDelivered')!, { today: calendarDate(2026, 2, 10), month: '2026-02' });
    const svg = renderChartSvg(pacing, { id: 'chart-x', title: 'Leads <b>"x"</b>', description: 'Ahead & fine' });
    const { x, y } = chartLayout(pacing);

    test('scales: day 0…n across, 0 to a nice value above the highest one (the projection, 560) up', () => {
        expect(x.domain()).toEqual([0, 28]);
        expect(x.range()).toEqual([52, 544]);
        expect(y.domain()).toEqual([0, 600]);
        expect(y.range()).toEqual([256, 16]);
        expect(dayTicks(28)).toEqual([1, 5, 10, 15, 20, 25, 28]);
        expect(dayTicks(31)).toEqual([1, 5, 10, 15, 20, 25, 31]);
        expect(dayTicks(30)).toEqual([1, 5, 10, 15, 20, 25, 30]);
    });

    test('accessible: role, escaped title and description, labelled by both', () => {
        expect(svg).toContain('role="img" aria-labelledby="chart-x-title chart-x-desc"');
        expect(svg).toContain('<title id="chart-x-title">Leads &lt;b&gt;&quot;x&quot;&lt;/b&gt;</title><desc id="chart-x-desc">Ahead &amp; fine</desc>');
    });

    test('a target point per day and an actual point per day with data, at the scaled coordinates', () => {
        const targets = [...svg.matchAll(/<circle class="sla-target-point" cx="([\d.]+)" cy="([\d.]+)" r="2" data-day="(\d+)" data-value="([\d.]+)"\/>/g)];
        expect(targets).toHaveLength(28);
        for (const [, cx, cy, day, value] of targets) {
            expect(Number(value)).toBe(pacing.days[Number(day) - 1].cumulativeTarget);
            expect(Number(cx)).toBe(coordinate(x(Number(day))));
            expect(Number(cy)).toBe(coordinate(y(Number(value))));
        }
        expect(svg).toContain('<circle class="sla-actual-point" cx="69.57" cy="252" r="3.5" data-day="1" data-value="10"/>'
            + '<circle class="sla-actual-point" cx="87.14" cy="244" r="3.5" data-day="2" data-value="30"/>'
            + '<circle class="sla-actual-point" cx="104.71" cy="232" r="3.5" data-day="3" data-value="60"/>');
    });

    test('lines start at day 0; the actual line stops at the last day with data', () => {
        expect(svg).toContain('<path class="sla-actual-line" d="M52,256L69.57,252L87.14,244L104.71,232" fill="none" stroke="currentColor"/>');
        expect(svg).toMatch(/<path class="sla-target-line" d="M52,256L69\.57,250\.29L[^"]*L544,96"/);
        expect(svg).toContain('<path class="sla-projection-line" d="M104.71,232L544,32" fill="none" stroke="currentColor" data-value="560"/>');
    });

    test('each line is what d3-shape\'s line with two digits writes, for days with and without data', () => {
        const d3Path = (of: Pacing, points: [number, number][]) => {
            const layout = chartLayout(of);
            return line<[number, number]>().x(point => layout.x(point[0])).y(point => layout.y(point[1])).digits(2)(points);
        };
        const months: [string, ReturnType<typeof calendarDate>][] = [['2026-02', calendarDate(2026, 2, 10)], ['2026-03', calendarDate(2026, 3, 15)], ['2026-03', calendarDate(2026, 3, 4)]];
        for (const [month, today] of months) {
            const paced = computePacing(model, findPaceTarget(model, 'LeadsDelivered')!, { today, month });
            const drawn = Object.fromEntries([...renderChartSvg(paced, { id: 'c', title: 't', description: 'd' })
                .matchAll(/<path class="sla-(\w+)-line" d="([^"]*)"/g)].map(match => [match[1], match[2]]));
            const actual = paced.days.flatMap(day => day.cumulativeActual === undefined ? [] : [[day.day, day.cumulativeActual] as [number, number]]);
            expect(drawn.target).toBe(d3Path(paced, [[0, 0], ...paced.days.map(day => [day.day, day.cumulativeTarget] as [number, number])]));
            expect(drawn.actual).toBe(d3Path(paced, [[0, 0], ...actual]));
            expect(drawn.projection).toBe(d3Path(paced, [[paced.status!.day, paced.status!.cumulativeActual], [paced.daysInMonth, paced.projection!.value]]));
        }
    });

    test('the finish line at the goal, today\'s marker on its day, days and values on the axes', () => {
        expect(svg).toContain('<line class="sla-goal-line" x1="52" x2="544" y1="96" y2="96" stroke="currentColor"/>'
            + '<text class="sla-goal-label" x="550" y="96" dy="-0.3em">Finish line</text>');
        expect(svg).toContain('<g class="sla-today" data-day="10"><line class="sla-today-line" x1="227.71" x2="227.71" y1="16" y2="256" stroke="currentColor"/>');
        expect(svg).toContain('<text x="544" y="274" text-anchor="middle">28</text>');
        expect(svg).toContain('<text x="46" y="96" dy="0.32em" text-anchor="end">400</text>');
        expect(svg).toContain('>Day of February 2026</text>');
    });

    test('no today marker outside the month, no actual line without data', () => {
        const april = computePacing(model, findPaceTarget(model, 'LeadsDelivered')!, { today: calendarDate(2026, 3, 15), month: '2026-04' });
        const empty = renderChartSvg(april, { id: 'a', title: 't', description: 'd' });
        expect(empty).not.toContain('sla-today');
        expect(empty).not.toContain('sla-actual');
        expect(empty).not.toContain('sla-projection');
    });

    test('colours come from the stylesheet: only currentColor and none are written', () => {
        const paints = [...svg.matchAll(/\b(fill|stroke|color|style)="([^"]*)"/g)].map(match => `${match[1]}=${match[2]}`);
        expect(new Set(paints)).toEqual(new Set(['fill=none', 'stroke=currentColor']));
        expect(svg).not.toMatch(/#[0-9a-f]{3,8}\b|rgb|hsl/i);
    });
});
