import { describe, expect, test } from 'vitest';
import { IssueCodes } from 'sla-language';
import { base, check, expectClean, expectOnly, range, withCode } from './validation-helpers.js';

const PERIOD = 'period 2026-01-01 to 2026-12-31';

describe('missing-period', () => {
    test('no period, on the agreement name', async () => {
        const checked = await check(base({ replace: [[`    ${PERIOD}\n`, '']] }));
        const diagnostic = expectOnly(checked, IssueCodes.MissingPeriod, {
            range: range(0, 10, 0, 14),
            text: 'Base',
            message: 'Agreement \'Base\' has no period. Add `period <start> to <end>` (dates as YYYY-MM-DD), or `period <start> open-ended renews every 12 months`, so it says when it begins and expires.'
        });
        expect(diagnostic.data).toEqual({ code: 'missing-period', agreement: 'Base' });
    });

    test('a period cut short by a syntax error, on the period keyword', async () => {
        const checked = await check(base({ replace: [[PERIOD, 'period 2026-01-01']] }));
        expect(withCode(checked, IssueCodes.SyntaxError).length).toBeGreaterThan(0);
        const missing = withCode(checked, IssueCodes.MissingPeriod);
        expect(missing.map(diagnostic => [diagnostic.range, diagnostic.message])).toEqual([[
            range(1, 4, 1, 10),
            'The period starts on 2026-01-01 but never ends. Add `to <YYYY-MM-DD>`, or `open-ended renews every 12 months`, so it says when the agreement expires.'
        ]]);
    });

    test('near miss: an open-ended period that renews', async () => {
        expectClean(await check(base({ replace: [[PERIOD, 'period 2026-01-01 open-ended renews every 12 months']] })));
    });
});

describe('invalid-period', () => {
    test('a start date that is not a day of the calendar, on that date', async () => {
        const checked = await check(base({ replace: [[PERIOD, 'period 2026-02-30 to 2026-12-31']] }));
        const diagnostic = expectOnly(checked, IssueCodes.InvalidPeriod, {
            range: range(1, 11, 1, 21),
            text: '2026-02-30',
            message: 'The start date 2026-02-30 is not a day of the calendar. Write a real date as YYYY-MM-DD.'
        });
        expect(diagnostic.data).toEqual({ code: 'invalid-period', reason: 'not-a-date', property: 'start' });
    });

    test('an end date in a month too short for it, and a thirteenth month', async () => {
        const checked = await check(base({ replace: [[PERIOD, 'period 2026-13-01 to 2026-04-31']] }));
        expect(checked.diagnostics.map(diagnostic => [diagnostic.code, diagnostic.range, diagnostic.message])).toEqual([
            [IssueCodes.InvalidPeriod, range(1, 11, 1, 21), 'The start date 2026-13-01 is not a day of the calendar. Write a real date as YYYY-MM-DD.'],
            [IssueCodes.InvalidPeriod, range(1, 25, 1, 35), 'The end date 2026-04-31 is not a day of the calendar. Write a real date as YYYY-MM-DD.']
        ]);
    });

    test('an end before the start, on the end', async () => {
        const checked = await check(base({ replace: [[PERIOD, 'period 2026-01-01 to 2025-12-31']] }));
        expectOnly(checked, IssueCodes.InvalidPeriod, {
            range: range(1, 25, 1, 35),
            text: '2025-12-31',
            message: 'The period ends on 2025-12-31, before it starts on 2026-01-01. Swap the dates or correct the year.'
        });
    });

    test('tracking that starts before the period, on the tracking date', async () => {
        const checked = await check(base({ replace: [[PERIOD, `${PERIOD} tracking from 2025-12-01`]] }));
        expectOnly(checked, IssueCodes.InvalidPeriod, {
            range: range(1, 50, 1, 60),
            text: '2025-12-01',
            message: 'Tracking starts on 2025-12-01, outside the period (2026-01-01 to 2026-12-31). Start tracking within the period, or remove `tracking from` to start on the start date.'
        });
    });

    test('tracking that starts after the period ends', async () => {
        const checked = await check(base({ replace: [[PERIOD, `${PERIOD} tracking from 2027-01-01`]] }));
        expect(checked.diagnostics.map(diagnostic => diagnostic.code)).toEqual([IssueCodes.InvalidPeriod]);
    });

    test('a second period, on its keyword', async () => {
        const checked = await check(base({ extra: ['    period 2027-01-01 to 2027-12-31'] }));
        expectOnly(checked, IssueCodes.InvalidPeriod, {
            range: range(16, 4, 16, 10),
            text: 'period',
            message: 'The agreement already has a period on line 2. Remove this one: an agreement has one period.'
        });
    });

    test('near miss: a leap day, tracking within the period, a one-day period', async () => {
        expectClean(await check(base({ replace: [[PERIOD, 'period 2028-01-01 to 2028-02-29 tracking from 2028-02-01']] })));
        expectClean(await check(base({ replace: [[PERIOD, 'period 2026-06-30 to 2026-06-30']] })));
        expectClean(await check(base({ replace: [[PERIOD, 'period 2026-01-01 open-ended tracking from 2030-01-01']] })));
    });
});
