import { describe, expect, test } from 'vitest';
import type { ReportChart, ReportYear, ReportYearPeriod } from 'sla-model';
import { describeReportChart, renderReportChartSvg, reportChartGeometry } from 'sla-renderer';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function month(index: number, status?: ReportYearPeriod['status'], value?: number): ReportYearPeriod {
    const key = `2026-${String(index + 1).padStart(2, '0')}`;
    return { key, label: `${NAMES[index]} 2026`, short: MONTHS[index], status, value, inScope: status !== undefined };
}

/**
 * 2026 against `>= 70 %`: January not tracked, February 68.5 (missed), March finished without
 * data, April 72 (met), May 71 so far, June to December still to come.
 */
const YEAR: ReportYear = {
    year: 2026,
    target: 70,
    unit: '%',
    periods: NAMES.map((_, index) => index === 1 ? month(1, 'missed', 68.5)
        : index === 2 ? month(2, 'no-data')
        : index === 3 ? month(3, 'met', 72)
        : index === 4 ? month(4, 'in-progress', 71)
        : month(index))
};
const CHART: ReportChart = { id: 'report-FCR-chart', title: 'First contact <resolution>', target: 'at least 70% per month', year: YEAR };

describe('reportChartGeometry', () => {
    test('slots, values, the target line and the gaps, to the hundredth of a pixel', () => {
        const geometry = reportChartGeometry(YEAR);
        // x: 12 slots over 56…468, half a slot of padding at each end: step 412 / 12 = 34.333…;
        // slot i at 56 + 34.333 × (i + 0.5): February 107.5, March 141.83, April 176.17, May 210.5.
        // y: values and target 68.5…72, a tenth of the spread (0.35) either side: 68.15…72.35,
        // made nice at 4 ticks (step 1) to 68…73, drawn from 136 (bottom) to 14 (top): 24.4 px per point.
        // 68.5 → 136 − 0.5 × 24.4 = 123.8; 72 → 136 − 4 × 24.4 = 38.4; 71 → 62.8; the target 70 → 87.2.
        expect(geometry.y.domain()).toEqual([68, 73]);
        expect(geometry.yTicks).toEqual([68, 69, 70, 71, 72, 73]);
        expect(geometry.points.map(point => [point.key, point.cx, point.cy, point.status])).toEqual([
            ['2026-02', 107.5, 123.8, 'missed'],
            ['2026-04', 176.17, 38.4, 'met'],
            ['2026-05', 210.5, 62.8, 'in-progress']
        ]);
        expect(geometry.targetY).toBe(87.2);
        // March has no value: a gap in the line and a marked slot, never a point at zero.
        expect(geometry.gaps).toEqual([{ key: '2026-03', label: 'March 2026', cx: 141.83 }]);
        expect(geometry.runs.map(run => run.map(point => point.key))).toEqual([['2026-02'], ['2026-04', '2026-05']]);
        expect(geometry.labelled).toEqual(YEAR.periods.map(period => period.key));
    });

    test('a series without a value: the target alone sets the scale, 5% of it either side', () => {
        const year: ReportYear = { ...YEAR, periods: NAMES.map((_, index) => month(index)) };
        const geometry = reportChartGeometry(year);
        // 70 ± 3.5 = 66.5…73.5, nice at 4 ticks (step 2): 66…74; 70 is half-way: 136 − 61 = 75.
        expect(geometry.y.domain()).toEqual([66, 74]);
        expect([geometry.targetY, geometry.points, geometry.gaps]).toEqual([75, [], []]);
    });

    test('more than twelve periods: about six labels', () => {
        const weeks: ReportYearPeriod[] = Array.from({ length: 53 }, (_, index) => ({ key: `2026-W${String(index + 1).padStart(2, '0')}`, label: `week ${index + 1}`, short: `W${index + 1}`, inScope: false }));
        // every ⌈53 / 6⌉ = 9th: weeks 1, 10, 19, 28, 37, 46.
        expect(reportChartGeometry({ ...YEAR, periods: weeks }).labelled).toEqual(['2026-W01', '2026-W10', '2026-W19', '2026-W28', '2026-W37', '2026-W46']);
    });
});

describe('renderReportChartSvg', () => {
    const svg = renderReportChartSvg(CHART);

    test('points carry their period, value and status; the line breaks at the gap', () => {
        expect(svg).toContain('<circle class="sla-report-point sla-report-missed" cx="107.5" cy="123.8" r="3.5" data-period="2026-02" data-value="68.5" data-status="missed"><title>February 2026: 68.5%, missed</title></circle>');
        expect(svg).toContain('<circle class="sla-report-point sla-report-in-progress" cx="210.5" cy="62.8" r="3.5" data-period="2026-05" data-value="71" data-status="in-progress">');
        expect(svg.match(/<circle /g)).toHaveLength(3);
        expect(svg.match(/<path /g)).toHaveLength(1);
        expect(svg).toContain('<path class="sla-report-line" d="M176.17,38.4L210.5,62.8" fill="none" stroke="currentColor"/>');
        expect(svg).toContain('<line class="sla-report-gap" x1="141.83" x2="141.83" y1="14" y2="136" stroke="currentColor" data-period="2026-03"><title>March 2026: no data</title></line>');
        expect(svg).toContain('<line class="sla-report-target" x1="56" x2="468" y1="87.2" y2="87.2" stroke="currentColor" data-value="70"/>');
        expect(svg).toContain('<text x="50" y="87.2" dy="0.32em" text-anchor="end">70%</text>');
    });

    test('an accessible title and description, with user text escaped', () => {
        expect(svg).toContain('role="img" aria-labelledby="report-FCR-chart-title report-FCR-chart-desc"');
        expect(svg).toContain('<title id="report-FCR-chart-title">First contact &lt;resolution&gt;: 2026 against the target</title>');
        expect(describeReportChart(CHART)).toBe('Target at least 70% per month. February 2026: 68.5%, missed. March 2026: no data. April 2026: 72%, met. May 2026: 71%, in progress.');
    });
});
