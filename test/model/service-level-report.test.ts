import { describe, expect, test } from 'vitest';
import { creditWorkings, defaultReportMonth, evaluateAgreement, reportMonths, serviceLevelReport } from 'sla-model';
import type { TriggerModel } from 'sla-model';
import { agreement, at, day, everyDay, HOSTING_FEE, measured, metric, percent, period, schedule, tier } from './evaluation-factory.js';

/**
 * Availability from downtime in January to March 2026 under a 12000 EUR monthly fee:
 * January 0 minutes (100 %), February 60 minutes of 40,320 (99.8512 %: the 10 % tier),
 * March not recorded at all.
 */
const model = agreement({
    period: period('2026-01-01', '2026-12-31'),
    fees: [HOSTING_FEE],
    metrics: [metric('Availability', '>= 99.9 % per month', { computed: { kind: 'availability' } })],
    schedules: [schedule({ fee: 'HostingFee', metrics: ['Availability'], tiers: [tier(percent(10), { from: 99, below: 99.9 }), tier(percent(50), { below: 99 })] })],
    measurements: [measured('Availability', [...everyDay('2026-01-01', '2026-02-28', 0).filter(([date]) => date !== '2026-02-10'), ['2026-02-10', 60]])]
});

describe('serviceLevelReport', () => {
    test('every period so far: results, status, margin, the credit due and its total; March has no data', () => {
        const report = serviceLevelReport(model, { today: day('2026-04-10') });
        expect(report.schema).toBe('sla-report/1');
        expect(report.scope).toBe('Every period up to 10 April 2026');
        const rows = report.series[0].rows.map(row => [row.period.label, row.result, row.status, row.margin, row.credit]);
        expect(rows).toEqual([
            ['January 2026', '100%', 'met', '+0.1%', ''],
            // 100 × (40,320 − 60) / 40,320 = 99.85119…%; 99.9 − 99.85119 = 0.04881; 10 % of 12000 EUR = 1200 EUR.
            ['February 2026', '99.8512%', 'missed', '−0.0488%', '1200 EUR'],
            ['March 2026', 'no data', 'no-data', '', ''],
            // 10 April is inside April: in progress, its days so far without data.
            ['April 2026', 'no data', 'in-progress', '', '']
        ]);
        expect(report.totals).toEqual([{ currency: 'EUR', due: 1200, text: '1200 EUR' }]);
        expect(report.series[0].yearToDate).toEqual({ year: 2026, met: 1, missed: 1, noData: 1, inProgress: 1 });
    });

    test('how each credit was worked out: one line per period and schedule with a credit', () => {
        const report = serviceLevelReport(model, { today: day('2026-04-10') });
        const [line, ...others] = creditWorkings(report.series[0]);
        // Only February owes a credit: 99.8512 % lies in the 10 % tier (from 99 % to below 99.9 %).
        expect(others).toEqual([]);
        expect(line.startsWith('February 2026, schedule Standard: ')).toBe(true);
        expect(line).toContain('10% of the monthly fee of 12000 EUR = 1200 EUR');
        expect(creditWorkings(serviceLevelReport(model, { today: day('2026-04-10'), month: '2026-01' }).series[0])).toEqual([]);
    });

    test('a month, or a quarter: only its periods and its credits; the year to date up to its end', () => {
        const january = serviceLevelReport(model, { today: day('2026-04-10'), month: '2026-01' });
        expect([january.scope, january.series[0].rows.map(row => row.period.key), january.totals]).toEqual(['January 2026', ['2026-01'], []]);
        expect(january.series[0].yearToDate).toEqual({ year: 2026, met: 1, missed: 0, noData: 0, inProgress: 0 });
        const first = serviceLevelReport(model, { today: day('2026-04-10'), quarter: '2026-Q1' });
        expect([first.scope, first.from?.iso, first.to?.iso, first.series[0].rows.map(row => row.period.key)]).toEqual(['Q1 2026', '2026-01-01', '2026-03-31', ['2026-01', '2026-02', '2026-03']]);
        expect(first.totals).toEqual([{ currency: 'EUR', due: 1200, text: '1200 EUR' }]);
    });

    test('the year of a series, period by period: what its chart plots', () => {
        const year = serviceLevelReport(model, { today: day('2026-04-10'), month: '2026-02' }).series[0].year;
        expect([year.year, year.target, year.unit, year.periods.length]).toEqual([2026, 99.9, '%', 12]);
        // January and February have values; March finished without data; April is running; May on is still to come.
        expect(year.periods.slice(0, 5).map(period => [period.key, period.short, period.status, period.value === undefined ? undefined : Number(period.value.toFixed(5)), period.inScope])).toEqual([
            ['2026-01', 'Jan', 'met', 100, false],
            ['2026-02', 'Feb', 'missed', 99.85119, true],
            ['2026-03', 'Mar', 'no-data', undefined, false],
            ['2026-04', 'Apr', 'in-progress', undefined, false],
            ['2026-05', 'May', undefined, undefined, false]
        ]);
        expect(year.periods.at(-1)).toEqual({ key: '2026-12', label: 'December 2026', short: 'Dec', status: undefined, value: undefined, inScope: false });
    });

    test('the months a rendered report offers, and the one it shows first', () => {
        const months = reportMonths(model, evaluateAgreement(model, { today: day('2026-04-10') }));
        // Tracking from 1 January; 10 April is in April.
        expect(months).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
        // The last finished month, unless one offered is asked for.
        expect(defaultReportMonth(months, day('2026-04-10'))).toBe('2026-03');
        expect(defaultReportMonth(months, day('2026-04-10'), '2026-01')).toBe('2026-01');
        expect(defaultReportMonth(months, day('2026-04-10'), '2025-12')).toBe('2026-03');
        // On 5 January only the running month: it is shown.
        expect(defaultReportMonth(['2026-01'], day('2026-01-05'))).toBe('2026-01');
        expect(defaultReportMonth([], day('2026-01-05'))).toBeUndefined();
        // Without measurements there is nothing to report in a document.
        const unmeasured = { ...model, measurements: [] };
        expect(reportMonths(unmeasured, evaluateAgreement(unmeasured, { today: day('2026-04-10') }))).toEqual([]);
        // Two years on: the agreement ended in December 2026, so its twelve months, January to December.
        expect(reportMonths(model, evaluateAgreement(model, { today: day('2028-04-10') }))).toEqual(
            ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12']);
    });
});

describe('serviceLevelReport: penalties and rewards that fired', () => {
    const trigger = (options: Partial<TriggerModel>): TriggerModel => ({
        kind: 'penalty', text: [{ kind: 'text', text: 'A review.' }], metric: 'Availability',
        condition: 'missed', count: 1, window: 1, consecutive: true, origin: at(70), ...options
    });
    // February missed (see above): `when Availability below target` fires in February; two in a
    // row never does (January met, March has no data); a reward for a met month fires in January.
    const withTriggers = { ...model, remedies: { ...model.remedies, triggers: [
        trigger({}),
        trigger({ count: 2, window: 2, origin: at(71) }),
        trigger({ kind: 'reward', text: [{ kind: 'text', text: 'A bonus.' }], condition: 'met', origin: at(72) })
    ] } };

    test('each in the period it fired in, by period, with the periods that fired it', () => {
        const report = serviceLevelReport(withTriggers, { today: day('2026-04-10') });
        expect(report.triggers!.map(each => [each.period.key, each.kind, each.summary, each.counted.map(period => period.key), each.origin.line])).toEqual([
            ['2026-01', 'reward', 'Reward "A bonus." in January 2026: when Availability at or above target (January 2026).', ['2026-01'], 72],
            ['2026-02', 'penalty', 'Penalty "A review." in February 2026: when Availability below target (February 2026).', ['2026-02'], 70]
        ]);
    });

    test('a month carries only its own; one without any has an empty list', () => {
        expect(serviceLevelReport(withTriggers, { today: day('2026-04-10'), month: '2026-02' }).triggers!.map(each => each.rule))
            .toEqual(['when Availability below target']);
        expect(serviceLevelReport(withTriggers, { today: day('2026-04-10'), month: '2026-03' }).triggers).toEqual([]);
    });

    test('an agreement without triggers has no triggers field, so its JSON is as before', () => {
        expect('triggers' in serviceLevelReport(model, { today: day('2026-04-10') })).toBe(false);
    });
});
