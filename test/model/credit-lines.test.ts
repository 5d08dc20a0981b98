import { describe, expect, test } from 'vitest';
import type { MetricModel } from 'sla-model';
import { schedulesOfCreditLines } from 'sla-model';

const at = (line: number) => ({ uri: 'file:///a.sla', line });
const metric = (name: string, unit: 'count' | '%'): MetricModel => ({
    name, title: name, service: 'S', severities: [], segments: [], paced: false, origin: at(0),
    target: { comparator: '>=', value: unit === '%' ? 99 : 400, unit, period: 'month', origin: at(0) }
});

describe('schedulesOfCreditLines', () => {
    test('the lines of a metric and the lines that name none form its worst-tier schedule, with every cap', () => {
        const schedules = schedulesOfCreditLines({
            credits: [
                { credit: 10, below: 99.9, metric: 'Uptime', origin: at(1) },
                { credit: 25, below: 99.5, origin: at(2) }
            ],
            caps: [{ value: 50, period: 'month', origin: at(3) }]
        }, [metric('Uptime', '%'), metric('Api', '%'), metric('Leads', 'count')]);
        expect(schedules).toEqual([
            {
                name: '', combine: 'worst', metrics: ['Uptime'], origin: at(1),
                tiers: [
                    { amount: { kind: 'percent', value: 10 }, upper: { value: 99.9, inclusive: false }, origin: at(1) },
                    { amount: { kind: 'percent', value: 25 }, upper: { value: 99.5, inclusive: false }, origin: at(2) }
                ],
                caps: [{ amount: { kind: 'percent', value: 50 }, per: 'month', origin: at(3) }]
            },
            {
                // A line that names no metric applies to every percentage target; a count target has none.
                name: '', combine: 'worst', metrics: ['Api'], origin: at(2),
                tiers: [{ amount: { kind: 'percent', value: 25 }, upper: { value: 99.5, inclusive: false }, origin: at(2) }],
                caps: [{ amount: { kind: 'percent', value: 50 }, per: 'month', origin: at(3) }]
            }
        ]);
    });

    test('no lines, no schedules', () => {
        expect(schedulesOfCreditLines({ credits: [], caps: [{ value: 50, period: 'month', origin: at(3) }] }, [metric('Uptime', '%')])).toEqual([]);
    });
});
