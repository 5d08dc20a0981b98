import { describe, expect, test } from 'vitest';
import type { TriggerEvaluation, TriggerModel } from 'sla-model';
import { evaluateAgreement, triggerRule } from 'sla-model';
import { agreement, at, day, measured, metric, period } from './evaluation-factory.js';

/** `penalty "Escalation" when Availability below target 2 periods in a row`, unless told otherwise. */
function trigger(options: Partial<TriggerModel> = {}): TriggerModel {
    return {
        kind: 'penalty', text: [{ kind: 'text', text: 'Escalation' }], metric: 'Availability',
        condition: 'missed', count: 2, window: 2, consecutive: true, origin: at(70), ...options
    };
}

/**
 * Availability, `>= 99.9 % per month`, with one value recorded per month on the 28th: 99.5
 * misses, 99.95 meets, a month left out has no data. The year 2026, evaluated as of `today`.
 */
function evaluate(values: Record<string, number>, today: string, triggers: TriggerModel[] = [trigger()]): TriggerEvaluation[] {
    const rows = Object.entries(values).map(([month, value]): [string, number] => [`${month}-28`, value]);
    return evaluateAgreement(agreement({
        period: period('2026-01-01', '2026-12-31'),
        metrics: [metric('Availability', '>= 99.9 % per month'), metric('RestoreTime', '<= 4 hours per request')],
        measurements: [measured('Availability', rows)],
        triggers
    }), { today: day(today) }).triggers;
}

/** `2026-02 fired (2026-01 2026-02)` per period: its key, its state, the periods that fired it. */
function states(evaluation: TriggerEvaluation): string[] {
    return evaluation.periods.map(each => `${each.period.key} ${each.state}${each.counted.length > 0 ? ` (${each.counted.map(period => period.key).join(' ')})` : ''}`);
}

const MISSED = 99.5;
const MET = 99.95;

describe('evaluateTrigger: N periods in a row', () => {
    test('fires exactly at the second missed month of `2 periods in a row`; the running March is not counted', () => {
        // January missed: a streak of 1, short of 2. February missed: 2 of the last 2 → fired.
        const [evaluation] = evaluate({ '2026-01': MISSED, '2026-02': MISSED, '2026-03': MISSED }, '2026-03-10');
        expect(states(evaluation)).toEqual(['2026-01 not-fired', '2026-02 fired (2026-01 2026-02)', '2026-03 in-progress']);
        expect(evaluation).toMatchObject({ kind: 'penalty', text: 'Escalation', metric: 'Availability', rule: 'when Availability below target 2 periods in a row', origin: at(70) });
    });

    test('does not fire at N − 1: two missed months of `3 periods in a row`, then a met one', () => {
        const [evaluation] = evaluate({ '2026-01': MISSED, '2026-02': MISSED, '2026-03': MET }, '2026-04-10', [trigger({ count: 3, window: 3 })]);
        expect(states(evaluation)).toEqual(['2026-01 not-fired', '2026-02 not-fired', '2026-03 not-fired', '2026-04 in-progress']);
    });

    test('the third missed month of `3 periods in a row` fires it', () => {
        const [evaluation] = evaluate({ '2026-01': MISSED, '2026-02': MISSED, '2026-03': MISSED }, '2026-04-10', [trigger({ count: 3, window: 3 })]);
        expect(states(evaluation)).toEqual(['2026-01 not-fired', '2026-02 not-fired', '2026-03 fired (2026-01 2026-02 2026-03)', '2026-04 in-progress']);
    });

    test('a met month breaks the streak', () => {
        // January missed, February met, March missed: the last 2 months never both missed.
        const [evaluation] = evaluate({ '2026-01': MISSED, '2026-02': MET, '2026-03': MISSED }, '2026-04-10');
        expect(states(evaluation)).toEqual(['2026-01 not-fired', '2026-02 not-fired', '2026-03 not-fired', '2026-04 in-progress']);
    });

    test('a month without data breaks the streak and cannot be told itself', () => {
        // February has no data: its own state is no-data; March's last 2 are February (not
        // counted) and March: 1 of 2. April's are March and April: 2 of 2 → fired.
        const [evaluation] = evaluate({ '2026-01': MISSED, '2026-03': MISSED, '2026-04': MISSED }, '2026-05-10');
        expect(states(evaluation)).toEqual(['2026-01 not-fired', '2026-02 no-data', '2026-03 not-fired', '2026-04 fired (2026-03 2026-04)', '2026-05 in-progress']);
    });

    test('the running month is not counted, even when its value so far misses', () => {
        const running = evaluate({ '2026-01': MISSED, '2026-02': MISSED }, '2026-02-28');
        expect(states(running[0])).toEqual(['2026-01 not-fired', '2026-02 in-progress']);
        // Once February has ended it counts: fired.
        const ended = evaluate({ '2026-01': MISSED, '2026-02': MISSED }, '2026-03-01');
        expect(states(ended[0])).toEqual(['2026-01 not-fired', '2026-02 fired (2026-01 2026-02)', '2026-03 in-progress']);
    });

    test('the months that fired it are not counted again: four missed months fire twice, at the second and the fourth', () => {
        const [evaluation] = evaluate({ '2026-01': MISSED, '2026-02': MISSED, '2026-03': MISSED, '2026-04': MISSED }, '2026-05-10');
        expect(states(evaluation)).toEqual([
            '2026-01 not-fired', '2026-02 fired (2026-01 2026-02)', '2026-03 not-fired', '2026-04 fired (2026-03 2026-04)', '2026-05 in-progress'
        ]);
    });

    test('without a count, every missed month fires it', () => {
        const [evaluation] = evaluate({ '2026-01': MISSED, '2026-02': MET, '2026-03': MISSED }, '2026-04-10', [trigger({ count: 1, window: 1 })]);
        expect(states(evaluation)).toEqual(['2026-01 fired (2026-01)', '2026-02 not-fired', '2026-03 fired (2026-03)', '2026-04 in-progress']);
    });

    test('a reward `at or above target` counts the met months', () => {
        // Met, met, missed, met, met: fired at February and at May; the missed March broke the streak.
        const reward = trigger({ kind: 'reward', condition: 'met' });
        const [evaluation] = evaluate({ '2026-01': MET, '2026-02': MET, '2026-03': MISSED, '2026-04': MET, '2026-05': MET }, '2026-06-10', [reward]);
        expect(states(evaluation)).toEqual([
            '2026-01 not-fired', '2026-02 fired (2026-01 2026-02)', '2026-03 not-fired', '2026-04 not-fired', '2026-05 fired (2026-04 2026-05)', '2026-06 in-progress'
        ]);
        expect(evaluation.kind).toBe('reward');
    });
});

describe('evaluateTrigger: in N of the last M periods', () => {
    const twoOfThree = trigger({ count: 2, window: 3, consecutive: false });

    test('fires when the second missed month lies within the last 3', () => {
        // January missed, February met, March missed: January–March holds 2 missed → fired at March.
        const [evaluation] = evaluate({ '2026-01': MISSED, '2026-02': MET, '2026-03': MISSED }, '2026-04-10', [twoOfThree]);
        expect(states(evaluation)).toEqual(['2026-01 not-fired', '2026-02 not-fired', '2026-03 fired (2026-01 2026-03)', '2026-04 in-progress']);
    });

    test('does not fire when the first missed month has left the window', () => {
        // January missed, then February and March met, April missed: February–April holds April alone.
        const [evaluation] = evaluate({ '2026-01': MISSED, '2026-02': MET, '2026-03': MET, '2026-04': MISSED }, '2026-05-10', [twoOfThree]);
        expect(states(evaluation)).toEqual(['2026-01 not-fired', '2026-02 not-fired', '2026-03 not-fired', '2026-04 not-fired', '2026-05 in-progress']);
    });

    test('a month without data does not count but does not break the window', () => {
        // January missed, February no data, March missed: 2 of January–March → fired at March.
        const [evaluation] = evaluate({ '2026-01': MISSED, '2026-03': MISSED }, '2026-04-10', [twoOfThree]);
        expect(states(evaluation)).toEqual(['2026-01 not-fired', '2026-02 no-data', '2026-03 fired (2026-01 2026-03)', '2026-04 in-progress']);
    });
});

describe('evaluateTrigger: the metric', () => {
    test('a metric without a target per calendar period has no periods to fire in', () => {
        const [evaluation] = evaluate({ '2026-01': MISSED }, '2026-02-10', [trigger({ metric: 'RestoreTime' })]);
        expect(evaluation.periods).toEqual([]);
    });

    test('each trigger is evaluated, in the order written', () => {
        const evaluations = evaluate({ '2026-01': MISSED }, '2026-02-10', [trigger(), trigger({ count: 1, window: 1, origin: at(71) })]);
        expect(evaluations.map(each => [each.origin.line, states(each)])).toEqual([
            [70, ['2026-01 not-fired', '2026-02 in-progress']],
            [71, ['2026-01 fired (2026-01)', '2026-02 in-progress']]
        ]);
    });
});

describe('triggerRule', () => {
    test.each([
        [trigger(), 'when Availability below target 2 periods in a row'],
        [trigger({ count: 1, window: 1 }), 'when Availability below target'],
        [trigger({ condition: 'met', count: 3, window: 3 }), 'when Availability at or above target 3 periods in a row'],
        [trigger({ count: 2, window: 6, consecutive: false }), 'when Availability below target in 2 of the last 6 periods'],
        [trigger({ count: 1, window: 1, consecutive: false }), 'when Availability below target in 1 of the last 1 period']
    ])('%#: %s', (model, expected) => {
        expect(triggerRule(model)).toBe(expected);
    });
});
