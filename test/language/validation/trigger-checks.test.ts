import { describe, expect, test } from 'vitest';
import { IssueCodes } from 'sla-language';
import { base, check, codes, expectClean, expectOnly, range } from './validation-helpers.js';

/** BASE with a second metric timed per request, and `remedies { … }` holding `clause` on line 18. */
function withRemedies(clause: string) {
    return base({
        replace: [['        }\n    }', [
            '        }',
            '        metric Restore "Time to restore" {',
            '            times "From the request to the restored data"',
            '            target <= 4 hours per request',
            '            measured by "Ticket report" every month',
            '            controlled by Provider',
            '        }',
            '    }'
        ].join('\n')]],
        extra: ['    remedies {', `        ${clause}`, '    }']
    });
}

describe('trigger-without-target', () => {
    test('a penalty counting the periods of a target per request, on the metric name', async () => {
        const checked = await check(withRemedies('penalty "An incident report." when Restore below target 2 periods in a row'));
        const diagnostic = expectOnly(checked, IssueCodes.TriggerWithoutTarget, {
            range: range(23, 43, 23, 50),
            text: 'Restore',
            message: 'This penalty counts the periods of Restore\'s target, but its target is per request. Give Restore a target per calendar period, such as `per month`, or write the penalty as prose alone.'
        });
        expect(diagnostic.data).toEqual({ code: 'trigger-without-target', metric: 'Restore' });
    });

    test('a reward is named as one', async () => {
        const checked = await check(withRemedies('reward "A bonus." when Restore at or above target in 2 of the last 3 periods'));
        expectOnly(checked, IssueCodes.TriggerWithoutTarget, {
            range: range(23, 31, 23, 38),
            text: 'Restore',
            message: 'This reward counts the periods of Restore\'s target, but its target is per request. Give Restore a target per calendar period, such as `per month`, or write the reward as prose alone.'
        });
    });

    test('near miss: a metric with a target per month, in every form', async () => {
        for (const clause of [
            'penalty "An improvement plan." when Resolved below target',
            'penalty "An improvement plan." when Resolved below target 2 periods in a row',
            'penalty "An improvement plan." when Resolved below target 1 period in a row',
            'reward "A bonus." when Resolved at or above target in 3 of the last 6 periods',
            'penalty "An improvement plan."'
        ]) {
            expectClean(await check(withRemedies(clause)));
        }
    });

    test('an unknown metric is an unresolved reference, and nothing more', async () => {
        const checked = await check(withRemedies('penalty "An improvement plan." when Missing below target 2 periods in a row'));
        expect(codes(checked)).toEqual([IssueCodes.UnresolvedReference]);
        expect(checked.diagnostics[0].range).toEqual(range(23, 44, 23, 51));
    });
});
