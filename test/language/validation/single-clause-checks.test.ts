import { describe, test } from 'vitest';
import { IssueCodes } from 'sla-language';
import { base, check, expectClean, expectOnly, range } from './validation-helpers.js';

describe('duplicate-clause', () => {
    test('a second controlled by, on its keyword: it would hide whether the provider controls the metric', async () => {
        const checked = await check(base({ replace: [['            controlled by Provider', '            controlled by Provider\n            controlled by Customer']] }));
        expectOnly(checked, IssueCodes.DuplicateClause, {
            range: range(11, 12, 11, 22),
            text: 'controlled',
            message: 'This \'controlled by…\' repeats the one on line 11; only one can hold. Keep the one that is right and remove the other.'
        });
    });

    test('a second target; near miss: a segment\'s own target is not the metric\'s', async () => {
        expectOnly(await check(base({ replace: [['            target >= 70 % per month', '            target >= 70 % per month\n            target >= 80 % per month']] })), IssueCodes.DuplicateClause, {
            range: range(9, 12, 9, 18),
            text: 'target',
            message: 'This \'target >=…\' repeats the one on line 9; only one can hold. Keep the one that is right and remove the other.'
        });
        expectClean(await check(base({ replace: [['            controlled by Provider', '            controlled by Provider\n            segment Vip target >= 90 % per month']] })));
    });
});
