import { describe, expect, test } from 'vitest';
import type { MetricModel, OpenSloSli, OpenSloSlo } from 'sla-model';
import { dnsLabel, openSloObjects } from 'sla-model';
import { agreement, metric, period } from './evaluation-factory.js';

/** The SLO object exported for a metric, and its SLI. */
function exported(m: MetricModel, options: { start?: string; trackingStart?: string; timeZone?: string } = {}) {
    const model = agreement({ metrics: [m], period: period(options.start ?? '2026-01-01', '2026-12-31', { trackingStart: options.trackingStart }) });
    const { objects, skipped } = openSloObjects(model, { timeZone: options.timeZone });
    return {
        sli: objects.find((object): object is OpenSloSli => object.kind === 'SLI'),
        slo: objects.find((object): object is OpenSloSlo => object.kind === 'SLO'),
        skipped,
        objects
    };
}

describe('openSloObjects', () => {
    test('a service, and for an availability target an SLI of downtime and a Timeslices SLO per calendar month', () => {
        const { objects, skipped } = exported(metric('StoreAvailability', '>= 99.9 % per month', { computed: { kind: 'availability' }, title: 'Store availability' }),
            { timeZone: 'Europe/Berlin' });
        expect(skipped).toEqual([]);
        expect(objects).toEqual([
            { apiVersion: 'openslo/v1', kind: 'Service', metadata: { name: 'hosting', displayName: 'Hosting' }, spec: {} },
            {
                apiVersion: 'openslo/v1', kind: 'SLI', metadata: { name: 'store-availability', displayName: 'Store availability' },
                spec: { ratioMetric: { counter: false, rawType: 'failure', raw: { metricSource: { spec: {} } } } }
            },
            {
                apiVersion: 'openslo/v1', kind: 'SLO', metadata: { name: 'store-availability', displayName: 'Store availability' },
                spec: {
                    description: 'As agreed in Evaluation.',
                    service: 'hosting',
                    indicatorRef: 'store-availability',
                    timeWindow: [{ duration: '1M', calendar: { startTime: '2026-01-01 00:00:00', timeZone: 'Europe/Berlin' }, isRolling: false }],
                    budgetingMethod: 'Timeslices',
                    // 99.9 % of the minutes good; a minute is good with no downtime in it.
                    objectives: [{ displayName: 'Store availability: >= 99.9 % per month', target: 0.999, timeSliceTarget: 1, timeSliceWindow: '1m' }]
                }
            }
        ]);
    });

    test('a ratio of two segments is good over total, counted as Occurrences', () => {
        const { sli, slo } = exported(metric('Answered', '>= 95 % per month', { computed: { kind: 'ratio', good: 'InTime', total: 'All' } }));
        expect(sli?.spec.ratioMetric).toEqual({
            counter: false,
            good: { metricSource: { spec: { segment: 'InTime' } } },
            total: { metricSource: { spec: { segment: 'All' } } }
        });
        expect(slo?.spec.budgetingMethod).toBe('Occurrences');
        expect(slo?.spec.objectives).toEqual([{ displayName: 'Answered: >= 95 % per month', target: 0.95 }]);
    });

    test('a recorded share of failures is a raw failure ratio whose good share is the rest', () => {
        // <= 2 % failures: 100 − 2 = 98 % good, target 0.98.
        const { sli, slo } = exported(metric('Errors', '<= 2 % per week'));
        expect(sli?.spec.ratioMetric).toEqual({ counter: false, rawType: 'failure', raw: { metricSource: { spec: {} } } });
        expect(slo?.spec.objectives[0].target).toBe(0.98);
        expect(slo?.spec.budgetingMethod).toBe('Occurrences');
    });

    test('a strict bound is stated by its value: > 70 % is target 0.7, as > 70 % of successes', () => {
        const { sli, slo } = exported(metric('FirstContact', '> 70 % per quarter'));
        expect(sli?.spec.ratioMetric).toMatchObject({ rawType: 'success' });
        expect(slo?.spec.objectives[0].target).toBe(0.7);
    });

    test('the measurement clause becomes the metric source\'s spec', () => {
        const m = { ...metric('Uptime', '>= 99.5 % per month'), counts: 'Minute', measurement: { source: 'Probes', operator: 'UptimeWatch', method: 'One a minute', frequency: 'day' } };
        expect(exported(m).sli?.spec).toEqual({
            description: 'Counts Minute.',
            ratioMetric: { counter: false, rawType: 'success', raw: { metricSource: { spec: { measuredBy: 'Probes', operatedBy: 'UptimeWatch', method: 'One a minute', every: 'day' } } } }
        });
    });

    describe('the calendar window starts on the first day of the period holding the tracking start, in UTC by default', () => {
        test.each([
            ['day', '2026-03-18', '1d', '2026-03-18'],
            // 18 March 2026 is a Wednesday: its week began on Monday 16 March.
            ['week', '2026-03-18', '1w', '2026-03-16'],
            ['month', '2026-03-18', '1M', '2026-03-01'],
            // March is in Q1, which began on 1 January.
            ['quarter', '2026-03-18', '1Q', '2026-01-01'],
            ['year', '2026-03-18', '1Y', '2026-01-01'],
            // Boundary: a tracking start on the first day of a quarter begins that quarter.
            ['quarter', '2026-04-01', '1Q', '2026-04-01']
        ])('per %s from %s: %s from %s', (unit, trackingStart, duration, startDay) => {
            const { slo } = exported(metric('Share', `>= 90 % per ${unit}`), { start: '2026-01-01', trackingStart });
            expect(slo?.spec.timeWindow).toEqual([{ duration, calendar: { startTime: `${startDay} 00:00:00`, timeZone: 'UTC' }, isRolling: false }]);
        });
    });

    describe('what OpenSLO cannot state is left out with the reason', () => {
        test.each([
            ['>= 400 per month', 'its target is an amount per period, not a share of good events or good time, which is all an OpenSLO objective states'],
            ['<= 4 hours per month', 'its target is an amount per period, not a share of good events or good time, which is all an OpenSLO objective states'],
            ['<= 4 hours per request', 'its target holds for every request, and an OpenSLO objective is a share below 100 % of events or time'],
            ['= 50 % per month', 'its target is an exact value, and an OpenSLO objective is a lower bound on a share'],
            // Boundary: 100 % good is outside OpenSLO's [0, 1); 99.99 % is inside (next test).
            ['>= 100 % per month', 'its target asks for 100 % good, and an OpenSLO target lies from 0 up to below 100 %'],
            ['<= 0 % per month', 'its target asks for 100 % good, and an OpenSLO target lies from 0 up to below 100 %']
        ])('%s', (targetText, reason) => {
            const { objects, skipped } = exported(metric('Odd', targetText));
            expect(skipped).toEqual([{ metric: 'Odd', reason }]);
            expect(objects.map(object => object.kind)).toEqual(['Service']);
        });

        test('a metric without a target, and an agreement without a start date', () => {
            const untargeted = { ...metric('Free', '>= 90 % per month'), target: undefined };
            expect(exported(untargeted).skipped).toEqual([{ metric: 'Free', reason: 'it has no target' }]);
            const model = agreement({ metrics: [metric('Share', '>= 90 % per month')], period: undefined });
            expect(openSloObjects(model).skipped).toEqual([{ metric: 'Share', reason: 'the agreement has no start date for the calendar windows to begin on' }]);
        });

        test('99.99 % and 0 % are inside the range', () => {
            expect(exported(metric('High', '>= 99.99 % per month')).slo?.spec.objectives[0].target).toBe(0.9999);
            expect(exported(metric('Low', '>= 0 % per month')).slo?.spec.objectives[0].target).toBe(0);
        });
    });

    test('names are RFC 1123 labels, unique per kind', () => {
        expect(dnsLabel('ApiAvailability')).toBe('api-availability');
        expect(dnsLabel('HTTPErrors')).toBe('http-errors');
        expect(dnsLabel('Leads_2026')).toBe('leads-2026');
        expect(dnsLabel('Çafé')).toBe('cafe');
        expect(dnsLabel('A'.repeat(70))).toBe('a'.repeat(63));
        // Cut at 63, a trailing hyphen goes: 62 letters, then '-b' is cut to '-', which is dropped.
        expect(dnsLabel(`${'a'.repeat(62)}_b`)).toBe('a'.repeat(62));
        const { objects } = exported(metric('Share', '>= 90 % per month'));
        const model = agreement({ metrics: [metric('ShareA', '>= 90 % per month'), metric('Share_A', '>= 80 % per month')] });
        expect(openSloObjects(model).objects.filter(object => object.kind === 'SLO').map(object => object.metadata.name)).toEqual(['share-a', 'share-a-2']);
        for (const object of objects) {
            expect(object.metadata.name).toMatch(/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/);
        }
    });
});
