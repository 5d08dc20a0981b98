import { describe, expect, test } from 'vitest';
import { describeMissedPeriod, metricStandings } from 'sla-model';
import { agreement, day, HOSTING_FEE, measured, metric, percent, period, schedule, tier } from './evaluation-factory.js';

/** A monthly percentage with a 12000 EUR fee's schedule, a duration at most, and a daily-paced count. */
const model = agreement({
    period: period('2026-01-01', '2026-12-31'),
    fees: [HOSTING_FEE],
    metrics: [
        metric('Uptime', '>= 99.9 % per month'),
        metric('Latency', '<= 200 minutes per month'),
        metric('Leads', '>= 310 per month'),
        metric('Quiet', '>= 99 % per month')
    ],
    schedules: [schedule({ fee: 'HostingFee', metrics: ['Uptime'], tiers: [tier(percent(10), { from: 99, below: 99.9 }), tier(percent(50), { below: 99 })] })],
    measurements: [
        measured('Uptime', [['2026-01-31', 99.95], ['2026-02-28', 99.5], ['2026-03-14', 99.9]]),
        measured('Latency', [['2026-02-28', 200], ['2026-03-10', 200.5]]),
        measured('Leads', [['2026-02-10', 310], ['2026-03-01', 10], ['2026-03-02', 10]])
    ]
});

describe('metricStandings', () => {
    test('the last finished period and the running one of each metric, as hover and the code lens say them', () => {
        const standings = metricStandings(model, { today: day('2026-03-15') });
        expect(standings.map(each => [each.metric, each.hasData, each.last?.text, each.running?.text])).toEqual([
            // 99.5 falls in the 10 % tier: 10 % of 12000 EUR = 1200 EUR. March's 99.9 so far is exactly the target: on target.
            ['Uptime', true, 'February 2026: 99.5% · missed (at least 99.9% per month) · credit 1200 EUR', 'March 2026 so far: 99.9% · on target (at least 99.9% per month)'],
            // 200 minutes is at most 200: met, the boundary included; 200.5 so far is over it.
            ['Latency', true, 'February 2026: 200 minutes · met (at most 200 minutes per month)', 'March 2026 so far: 200.5 minutes · off target (at most 200 minutes per month)'],
            // 310 in February meets 310. March: 10 a day due (310 / 31), day 2 has 20 due and 20 recorded: on pace.
            ['Leads', true, 'February 2026: 310 · met (at least 310 per month)', 'March 2026 so far: 20 · on pace (at least 310 per month)'],
            // Nothing recorded at all: no data in February, none so far in March.
            ['Quiet', false, 'February 2026: no data', 'March 2026 so far: no data (at least 99% per month)']
        ]);
    });

    test('describeMissedPeriod names the period, the value, the target and the credit; nothing for a met or empty period', () => {
        const standings = metricStandings(model, { today: day('2026-03-15') });
        expect(standings.map(describeMissedPeriod)).toEqual([
            'Uptime missed its target in February 2026, the last complete period: 99.5% against at least 99.9% per month; credit due 1200 EUR.',
            undefined,
            undefined,
            undefined
        ]);
        // On 1 April, March is the last complete period: Latency's 200.5 minutes miss at most 200, and no schedule names it.
        const april = metricStandings(model, { today: day('2026-04-01') });
        expect(describeMissedPeriod(april[1])).toBe('Latency missed its target in March 2026, the last complete period: 200.5 minutes against at most 200 minutes per month; no credit is due.');
        // 10 + 10 of 310 in March: missed.
        expect(describeMissedPeriod(april[2])).toBe('Leads missed its target in March 2026, the last complete period: 20 against at least 310 per month; no credit is due.');
        // Uptime's 99.9 in March meets at least 99.9.
        expect(describeMissedPeriod(april[0])).toBeUndefined();
    });
});
