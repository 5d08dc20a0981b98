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
