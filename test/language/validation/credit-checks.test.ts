import { describe, expect, test } from 'vitest';
import { IssueCodes } from 'sla-language';
import { base, check, codes, expectClean, expectOnly, range } from './validation-helpers.js';

/** BASE's metric Resolved has `target >= 70 % per month`; the schedule's lines start at line 17. */
const schedule = (...lines: string[]) => base({ extra: [
    '    fee DeskFee 5000 EUR per month',
    '    credits Standard of DeskFee for Resolved {',
    ...lines.map(line => `        ${line}`),
    '    }'
] });

describe('credit checks', () => {
    test('a sound schedule: tiers that meet at stated bounds, cover every miss, and grow as results worsen', async () => {
        expectClean(await check(schedule('5 % from 60 % to below 70 %', '10 % above 50 % to below 60 %', '20 % at or below 50 %', 'cap 20 % per month', 'minimum 50 EUR')));
    });

    test('credit-tier-while-met: a tier reaching past the target, on its amount', async () => {
        expectOnly(await check(schedule('5 % from 60 % to 70 %', '20 % below 60 %')), IssueCodes.CreditTierWhileMet, {
            range: range(18, 8, 18, 11),
            text: '5 %',
            message: 'This tier credits results from 60% to 70%, but Resolved\'s target (at least 70% per month) is met by some of them. Let the tier end where the target is missed, e.g. `to below 70%`.'
        });
    });

    test('credit-tier-while-met on an older tier line whose threshold is above the target', async () => {
        expectOnly(await check(base({ extra: ['    remedies { credit 5 % when below 75 % for Resolved }'] })), IssueCodes.CreditTierWhileMet, {
            range: range(16, 15, 16, 21),
            text: 'credit',
            message: 'This tier credits results below 75%, but Resolved\'s target (at least 70% per month) is met by some of them. Let the tier end where the target is missed, e.g. `to below 70%`.'
        });
        // Near miss: exactly at the target, `below` leaves the target itself out.
        expectClean(await check(base({ extra: ['    remedies { credit 5 % when below 70 % for Resolved }'] })));
    });

    test('overlapping-credit-tiers: a result of exactly 60 % in two tiers; near miss: cumulative schedules may overlap', async () => {
        expectOnly(await check(schedule('5 % from 60 % to below 70 %', '20 % at or below 60 %')), IssueCodes.OverlappingCreditTiers, {
            range: range(19, 8, 19, 12),
            text: '20 %',
            message: 'This tier shares results with the tier on line 19, so which credit is owed for them is unclear. Make the ranges meet without overlapping, e.g. `to below` in one where the other says `from`.'
        });
        expect(codes(await check(schedule('5 % from 60 % to below 70 %', '20 % at or below 60 %', 'cumulative')))).toEqual([]);
    });

    test('credit-tier-gap: misses from 50 % to below 60 % earn nothing, on the schedule name', async () => {
        expectOnly(await check(schedule('5 % from 60 % to below 70 %', '20 % below 50 %')), IssueCodes.CreditTierGap, {
            range: range(17, 12, 17, 20),
            text: 'Standard',
            message: 'Results from 50% to below 60% miss Resolved\'s target (at least 70% per month) but fall in no tier of \'Standard\'. Add a tier for them, or widen the tier next to them.'
        });
    });

    test('smaller-credit-for-worse-result, on the worse tier', async () => {
        expectOnly(await check(schedule('10 % from 60 % to below 70 %', '5 % below 60 %')), IssueCodes.SmallerCreditForWorseResult, {
            range: range(19, 8, 19, 11),
            text: '5 %',
            message: 'This tier credits 5% for worse results than the tier on line 19, which credits 10%. A worse result should earn at least as much.'
        });
    });

    test('cap-below-tier and credit-above-full-fee', async () => {
        expectOnly(await check(schedule('5 % from 60 % to below 70 %', '20 % below 60 %', 'cap 10 % per month')), IssueCodes.CapBelowTier, {
            range: range(20, 8, 20, 11),
            text: 'cap',
            message: 'This cap of 10% is below the 20% the tier on line 20 credits, so that tier can never be paid as written. Raise the cap, or lower the tier.'
        });
        expectOnly(await check(schedule('5 % from 60 % to below 70 %', '120 % below 60 %')), IssueCodes.CreditAboveFullFee, {
            range: range(19, 8, 19, 13),
            text: '120 %',
            message: 'A credit of 120% is more than the whole fee. Credit at most 100%, and write what goes beyond as a `penalty "…"` in the remedies.'
        });
        // Near miss: exactly the whole fee.
        expectClean(await check(schedule('5 % from 60 % to below 70 %', '100 % below 60 %')));
    });

    test('credits-without-fee: an information on the schedule name; near miss: fixed amounts need no fee', async () => {
        const text = schedule('5 % from 60 % to below 70 %', '20 % below 60 %').replace('credits Standard of DeskFee for', 'credits Standard for');
        expectOnly(await check(text), IssueCodes.CreditsWithoutFee, {
            range: range(17, 12, 17, 20),
            text: 'Standard',
            message: 'The credits of \'Standard\' are percentages of a fee, but the schedule names none, so no amount can be computed. Write `credits Standard of DeskFee`.'
        });
        expectClean(await check(schedule('100 EUR from 60 % to below 70 %', '500 EUR below 60 %').replace('credits Standard of DeskFee for', 'credits Standard for')));
    });
});

describe('credit tiers in the unit of their target', () => {
    /** BASE plus a metric timed in hours and one that counts, lines 12 to 23, the fee on line 25, the credits from line 26. */
    const timed = (credits: string[], target = 'target <= 4 hours per month') => base({
        replace: [['        }\n    }\n    exclusions', [
            '        }',
            '        metric Restore "Time to restore" {',
            '            times "A restore"',
            `            ${target}`,
            '            measured by "Restore log" every month',
            '            controlled by Provider',
            '        }',
            '        metric Calls "Calls answered" {',
            '            counts "Calls answered"',
            '            target >= 400 per month',
            '            measured by "Phone report" every month',
            '            controlled by Provider',
            '        }',
            '    }',
            '    fee DeskFee 5000 EUR per month',
            ...credits,
            '    exclusions'
        ].join('\n')]]
    });

    test('percent-credit-on-duration: tiers bounded in % for a target in hours, at the metric in `for`', async () => {
        const checked = await check(timed([
            '    credits Standard of DeskFee for Resolved, Restore {',
            '        5 % from 60 % to below 70 %',
            '        20 % below 60 %',
            '    }'
        ]));
        expectOnly(checked, IssueCodes.PercentCreditOnDuration, {
            // `for Resolved, Restore`: Resolved is in %, Restore (the second reference) in hours.
            range: range(26, 46, 26, 53),
            text: 'Restore',
            message: 'The tiers of \'Standard\' (line 28) are bounded in % (70%), but Restore\'s target (at most 4 hours per month) is in hours, so its results cannot be compared with them. '
                + 'Credit Restore in a schedule whose bounds are in its target\'s unit, written without `%` (e.g. `10 % above 4`), or leave it out here.'
        });
    });

    test('percent-credit-on-duration for a count', async () => {
        expectOnly(await check(timed(['    credits Standard of DeskFee for Calls {', '        5 % below 99 %', '    }'])), IssueCodes.PercentCreditOnDuration, {
            range: range(26, 36, 26, 41),
            text: 'Calls',
            message: 'The tiers of \'Standard\' (line 28) are bounded in % (99%), but Calls\'s target (at least 400 per month) is a count, so its results cannot be compared with them. '
                + 'Credit Calls in a schedule whose bounds are in its target\'s unit, written without `%` (e.g. `10 % above 400`), or leave it out here.'
        });
    });

    test('percent-credit-on-duration on an older credit line naming a metric in hours', async () => {
        expectOnly(await check(timed(['    remedies { credit 5 % when below 99.9 % for Restore }'])), IssueCodes.PercentCreditOnDuration, {
            range: range(26, 48, 26, 55),
            text: 'Restore',
            message: 'The threshold and credit of \'credit 5 % when below 99.9 %\' are bounded in % (99.9%), but Restore\'s target (at most 4 hours per month) is in hours, so its results cannot be compared with them. '
                + 'Credit Restore in a schedule whose bounds are in its target\'s unit, written without `%` (e.g. `10 % above 4`), or leave it out here.'
        });
    });

    test('near misses: bounds without % for hours; an older line naming no metric applies to the % metrics only', async () => {
        expectClean(await check(timed(['    credits Standard of DeskFee for Restore {', '        10 % above 4 to 8', '        20 % above 8', '    }'])));
        expect(codes(await check(timed(['    remedies { credit 5 % when below 60 % }'])))).not.toContain(IssueCodes.PercentCreditOnDuration);
    });
});

describe('duplicate credit tiers', () => {
    test('an exact repeat is called a duplicate, on the repeat; the quick-fix removes it', async () => {
        expectOnly(await check(schedule('5 % from 60 % to below 70 %', '20 % below 60 %', '20 % below 60 %')), IssueCodes.OverlappingCreditTiers, {
            range: range(20, 8, 20, 12),
            text: '20 %',
            message: 'This tier is a duplicate of the tier on line 20: the same credit for the same results. Remove one of them.'
        });
    });

    test('a cumulative schedule would add a repeat twice: reported there too; near miss: the same range with another credit overlaps', async () => {
        expectOnly(await check(schedule('5 % from 60 % to below 70 %', '20 % below 60 %', '5 % from 60 % to below 70 %', 'cumulative')), IssueCodes.OverlappingCreditTiers, {
            range: range(20, 8, 20, 11),
            text: '5 %',
            message: 'This tier is a duplicate of the tier on line 19: the same credit for the same results, which a cumulative schedule adds twice. Remove one of them.'
        });
        // `to below 70 %` and `below 70 %` from 60 %: the same results, but 5 % and 10 %: an overlap, not a duplicate.
        expectOnly(await check(schedule('5 % from 60 % to below 70 %', '10 % from 60 % to below 70 %', '20 % below 60 %')), IssueCodes.OverlappingCreditTiers, {
            range: range(19, 8, 19, 12),
            text: '10 %',
            message: 'This tier shares results with the tier on line 19, so which credit is owed for them is unclear. Make the ranges meet without overlapping, e.g. `to below` in one where the other says `from`.'
        });
    });
});
