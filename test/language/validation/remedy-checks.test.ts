import { describe, expect, test } from 'vitest';
import { IssueCodes } from 'sla-language';
import { base, check, expectClean, expectOnly, range } from './validation-helpers.js';

describe('earn-back-without-credits', () => {
    test('an earn-back with no credit tiers, on the earn-back keyword', async () => {
        const checked = await check(base({ extra: ['    remedies { earn-back after 3 months at or above target }'] }));
        const diagnostic = expectOnly(checked, IssueCodes.EarnBackWithoutCredits, {
            range: range(16, 15, 16, 24),
            text: 'earn-back',
            message: 'This earn-back has no service credits to earn back. Add credit tiers to the remedies, such as `credit 5 % when below 99.9 % for <Metric>`, or remove the earn-back.'
        });
        expect(diagnostic.data).toEqual({ code: 'earn-back-without-credits' });
    });

    test('penalties and rewards are no credits', async () => {
        const checked = await check(base({ extra: [
            '    remedies {',
            '        penalty "The provider presents an improvement plan."',
            '        reward "The customer funds one extra campaign."',
            '        earn-back after 2 months',
            '    }'
        ] }));
        expect(checked.diagnostics.map(diagnostic => [diagnostic.code, diagnostic.range])).toEqual([
            [IssueCodes.EarnBackWithoutCredits, range(19, 8, 19, 17)]
        ]);
    });

    test('near miss: credit tiers in the same or in another remedies block', async () => {
        expectClean(await check(base({ extra: [
            '    remedies { credit 5 % when below 70 % for Resolved cap 20 % per month earn-back after 3 months at or above target }'
        ] })));
        expectClean(await check(base({ extra: [
            '    remedies { credit 5 % when below 70 % for Resolved }',
            '    remedies { earn-back after 3 months }'
        ] })));
    });
});
