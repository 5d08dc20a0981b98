import { describe, expect, test } from 'vitest';
import { IssueCodes } from 'sla-language';
import { base, check, expectClean, expectOne, expectOnly, range, withCode } from './validation-helpers.js';

const TARGET = 'target >= 70 % per month';
const CONTROL = '            controlled by Provider';

describe('unrealistic-target', () => {
    test('a percentage of 100 to reach, on the value', async () => {
        const checked = await check(base({ replace: [[TARGET, 'target >= 100 % per month']] }));
        const diagnostic = expectOnly(checked, IssueCodes.UnrealisticTarget, {
            range: range(8, 22, 8, 25),
            text: '100',
            message: 'Metric \'Resolved\' has the target `>= 100 % per month`, which cannot be met: it allows not a single miss, ever. Choose a level current performance reports show can be reached, such as `>= 99.5 %`.'
        });
        expect(diagnostic.data).toEqual({ code: 'unrealistic-target', value: 100, unit: '%', comparator: '>=' });
    });

    test('a percentage above 100', async () => {
        const checked = await check(base({ replace: [[TARGET, 'target <= 120 % per month']] }));
        expectOnly(checked, IssueCodes.UnrealisticTarget, {
            range: range(8, 22, 8, 25),
            text: '120',
            message: 'Metric \'Resolved\' has the target `<= 120 % per month`, which cannot be met: a percentage cannot exceed 100. Choose a level current performance reports show can be reached, such as `>= 99.5 %`.'
        });
    });

    test('less than zero', async () => {
        const checked = await check(base({ replace: [[TARGET, 'target < 0 per month']] }));
        expectOnly(checked, IssueCodes.UnrealisticTarget, {
            range: range(8, 21, 8, 22),
            text: '0',
            message: 'Metric \'Resolved\' has the target `< 0 per month`, which cannot be met: nothing is less than zero. Choose a limit that can be met, such as `<= 1`.'
        });
    });

    test('a time of zero', async () => {
        const checked = await check(base({ replace: [
            ['counts "Cases resolved at first contact"', 'times "From the call to the first answer"'],
            [TARGET, 'target <= 0 minutes per case']
        ] }));
        expectOnly(checked, IssueCodes.UnrealisticTarget, {
            range: range(8, 22, 8, 23),
            text: '0',
            message: 'Metric \'Resolved\' has the target `<= 0 minutes per case`, which cannot be met: nothing takes no time at all. Give the time a realistic limit, such as `<= 4 hours`.'
        });
    });

    test('a segment goal larger than its metric\'s', async () => {
        const checked = await check(base({ replace: [
            [TARGET, 'target >= 400 per month'],
            [CONTROL, `${CONTROL}\n            segment Vip "VIP cases" target >= 500 per month`]
        ] }));
        const diagnostic = expectOnly(checked, IssueCodes.UnrealisticTarget, {
            range: range(11, 46, 11, 49),
            text: '500',
            message: 'Segment \'Vip\' targets >= 500 per month, more than its metric \'Resolved\' as a whole (>= 400 per month): a part cannot exceed the whole. Lower the segment\'s target or raise the metric\'s.'
        });
        expect(diagnostic.data).toMatchObject({ value: 500, metric: 'Resolved', metricValue: 400 });
    });

    test('a severity with a response time of zero, and one resolved before it is answered', async () => {
        const checked = await check(base({ extra: [
            '    severity Critical {',
            '        response within 0 minutes',
            '        resolution within 4 hours',
            '        escalate after 1 hour to "Duty manager"',
            '    }',
            '    severity High { response within 4 hours resolution within 2 hours escalate after 1 hour to "Team lead" }'
        ] }));
        const [zero, early] = checked.diagnostics;
        expect(checked.diagnostics).toHaveLength(2);
        expect(zero.code).toBe(IssueCodes.UnrealisticTarget);
        expect(zero.range).toEqual(range(17, 24, 17, 33));
        expect(zero.message).toBe('Severity \'Critical\' requires a response within 0 minutes, which cannot be met. Give a time the support team can keep, such as `response within 15 minutes`.');
        expect(early.code).toBe(IssueCodes.UnrealisticTarget);
        expect(early.range).toEqual(range(21, 62, 21, 69));
        expect(checked.document.textDocument.getText(early.range)).toBe('2 hours');
        expect(early.message).toBe('Severity \'High\' must be resolved within 2 hours but only answered within 4 hours: a case cannot be resolved before anyone responds. Make the resolution time at least the response time.');
    });

    test('a credit tier below more than 100 %', async () => {
        const checked = await check(base({ extra: ['    remedies { credit 5 % when below 101 % for Resolved }'] }));
        // The tier also credits results that meet the target of 70 %: `credit-tier-while-met`, tested with the credit checks.
        expectOne(checked, IssueCodes.UnrealisticTarget, {
            range: range(16, 37, 16, 40),
            text: '101',
            message: 'This credit applies below 101 %, a level no service can reach, so it is always due. Use the metric\'s target as the threshold, such as `below 99.9 %`.'
        });
    });

    test('near miss: demanding but possible targets', async () => {
        expectClean(await check(base({ replace: [[TARGET, 'target >= 99.9 % per month']] })));
        expectClean(await check(base({ replace: [[TARGET, 'target <= 100 % per month']] })));
        expectClean(await check(base({ replace: [[TARGET, 'target <= 0 per month']] })));
        expectClean(await check(base({ replace: [
            [TARGET, 'target >= 400 per month'],
            [CONTROL, `${CONTROL}\n            segment Vip target >= 400 per month`]
        ] })));
        expectClean(await check(base({ replace: [[CONTROL, `${CONTROL}\n            segment Vip target >= 90 % per month`]] })));
        expectClean(await check(base({ extra: [
            '    severity Critical { response within 15 minutes resolution within 15 minutes escalate after 0 minutes to "Duty manager" }'
        ] })));
        // A threshold of exactly 100 % is possible (the tier is another matter: it credits met results too).
        expect(withCode(await check(base({ extra: ['    remedies { credit 5 % when below 100 % for Resolved }'] })), IssueCodes.UnrealisticTarget)).toEqual([]);
    });
});

describe('pacing-needs-count-goal', () => {
    const paced = (target: string) => base({ replace: [[TARGET, target], [CONTROL, `${CONTROL}\n            pace daily`]] });

    test('a syntax error in the paced metric\'s target is reported alone', async () => {
        const checked = await check(paced('target >= seventy per month'));
        expect(checked.diagnostics.map(diagnostic => `${diagnostic.range.start.line}:${diagnostic.range.start.character} ${diagnostic.code}`)).toEqual(['8:22 syntax-error']);
    });

    test('a paced percentage, on `pace daily`', async () => {
        const checked = await check(paced(TARGET));
        const diagnostic = expectOnly(checked, IssueCodes.PacingNeedsCountGoal, {
            range: range(11, 12, 11, 22),
            text: 'pace daily',
            message: 'Metric \'Resolved\' asks for a daily pace but targets a percentage (`>= 70 % per month`), which cannot be added up day by day. Pacing splits a monthly goal over the days of the month: write a target such as `target >= 400 per month`, or remove `pace daily`.'
        });
        expect(diagnostic.data).toEqual({ code: 'pacing-needs-count-goal', metric: 'Resolved' });
    });

    test('a paced count per week, a paced limit, a paced time', async () => {
        const messages = async (target: string) => (await check(paced(target))).diagnostics.map(diagnostic => diagnostic.message);
        expect(await messages('target >= 100 per week')).toEqual([
            'Metric \'Resolved\' asks for a daily pace but targets a count per week (`>= 100 per week`), not per month. Pacing splits a monthly goal over the days of the month: write a target such as `target >= 400 per month`, or remove `pace daily`.'
        ]);
        expect(await messages('target <= 400 per month')).toEqual([
            'Metric \'Resolved\' asks for a daily pace but sets a limit (`<= 400 per month`), not a goal to reach. Pacing splits a monthly goal over the days of the month: write a target such as `target >= 400 per month`, or remove `pace daily`.'
        ]);
        expect(await messages('target <= 4 hours per month')).toEqual([
            'Metric \'Resolved\' asks for a daily pace but targets a time (`<= 4 hours per month`), which cannot be added up day by day. Pacing splits a monthly goal over the days of the month: write a target such as `target >= 400 per month`, or remove `pace daily`.'
        ]);
    });

    test('a paced metric without a target', async () => {
        const checked = await check(base({ replace: [[`            ${TARGET}\n`, ''], [CONTROL, `${CONTROL}\n            pace daily`]] }));
        expectOne(checked, IssueCodes.PacingNeedsCountGoal, {
            range: range(10, 12, 10, 22),
            text: 'pace daily',
            message: 'Metric \'Resolved\' asks for a daily pace but has no target. Pacing splits a monthly goal over the days of the month: write a target such as `target >= 400 per month`, or remove `pace daily`.'
        });
    });

    test('a segment of a paced metric whose target is not a monthly count, on the segment\'s target', async () => {
        const checked = await check(base({ replace: [
            [TARGET, 'target >= 400 per month'],
            [CONTROL, `${CONTROL}\n            segment Vip "VIP cases" target >= 20 % per month\n            pace daily`]
        ] }));
        const diagnostic = expectOnly(checked, IssueCodes.PacingNeedsCountGoal, {
            range: range(11, 36, 11, 60),
            text: 'target >= 20 % per month',
            message: 'Segment \'Vip\' of the paced metric \'Resolved\' targets a percentage (`>= 20 % per month`), which cannot be added up day by day. Give the segment a monthly count goal, such as `target >= 100 per month`, so its pace can be charted.'
        });
        expect(diagnostic.data).toEqual({ code: 'pacing-needs-count-goal', metric: 'Resolved', segment: 'Vip' });
    });

    test('near miss: a monthly count goal, with segments that have one or none', async () => {
        expectClean(await check(base({ replace: [
            [TARGET, 'target >= 400 per month'],
            [CONTROL, `${CONTROL}\n            segment Vip target >= 100 per month\n            segment Other\n            pace daily`]
        ] })));
        expectClean(await check(paced('target = 400 per month')));
        expectClean(await check(base({ replace: [[CONTROL, `${CONTROL}\n            segment Vip target >= 20 % per month`]] })));
    });
});
