import { describe, expect, test } from 'vitest';
import { IssueCodes } from 'sla-language';
import { base, check, expectClean, expectOnly, range } from './validation-helpers.js';

const TERMINATION = '    termination { notice 30 days by either party }';
const EXCLUSIONS = '    exclusions { "Hardware bought outside the catalogue." }';
const REVIEW = '    review every year with Provider, Customer';

describe('missing-termination', () => {
    test('no termination clause, on the agreement name', async () => {
        const checked = await check(base({ replace: [[`${TERMINATION}\n`, '']] }));
        const diagnostic = expectOnly(checked, IssueCodes.MissingTermination, {
            range: range(0, 10, 0, 14),
            text: 'Base',
            message: 'Agreement \'Base\' has no termination clause. Add `termination { notice 30 days by either party condition "<when it can end>" }` to define when it can be terminated or expires.'
        });
        expect(diagnostic.data).toEqual({ code: 'missing-termination', agreement: 'Base' });
    });

    test('near miss: a termination clause with notice for either party', async () => {
        expectClean(await check(base()));
    });
});

describe('missing-notice-period', () => {
    test('a termination clause without any notice, on the termination keyword', async () => {
        const checked = await check(base({ replace: [[TERMINATION, '    termination { condition "When the desk is outsourced." }']] }));
        const diagnostic = expectOnly(checked, IssueCodes.MissingNoticePeriod, {
            range: range(15, 4, 15, 15),
            text: 'termination',
            message: 'The termination clause has no notice period. Add `notice 30 days by either party`, or one notice for the provider and one for the customer, so both sides know how much warning they get.'
        });
        expect(diagnostic.data).toEqual({ code: 'missing-notice-period', missing: ['Provider', 'Customer'], hasNotice: false });
    });

    test('a notice for the provider only', async () => {
        const checked = await check(base({ replace: [[TERMINATION, '    termination {\n        notice 90 days by Provider\n    }']] }));
        const diagnostic = expectOnly(checked, IssueCodes.MissingNoticePeriod, {
            range: range(15, 4, 15, 15),
            text: 'termination',
            message: 'The termination clause gives no notice period for Customer (customer). Add `notice 30 days by Customer`, or write `notice 30 days by either party`: the notice period for both sides should be established.'
        });
        expect(diagnostic.data).toEqual({ code: 'missing-notice-period', missing: ['Customer'], hasNotice: true });
    });

    test('near miss: one notice for each side', async () => {
        expectClean(await check(base({ replace: [[TERMINATION, '    termination { notice 90 days by Provider notice 30 days by Customer }']] })));
    });
});

describe('missing-escalation', () => {
    test('a severity without an escalation path, on its name', async () => {
        const checked = await check(base({ extra: ['    severity Critical "Critical" { response within 15 minutes resolution within 4 hours }'] }));
        const diagnostic = expectOnly(checked, IssueCodes.MissingEscalation, {
            range: range(16, 13, 16, 21),
            text: 'Critical',
            message: 'Severity \'Critical\' has no escalation path. Add `escalate after <time> to "<role or team>"`: each severity level needs its path and time of escalation.'
        });
        expect(diagnostic.data).toEqual({ code: 'missing-escalation', severity: 'Critical', missing: ['escalation'] });
    });

    test('a severity with an escalation path but no times', async () => {
        const checked = await check(base({ extra: ['    severity Low { escalate after 5 days to "Desk manager" }'] }));
        const diagnostic = expectOnly(checked, IssueCodes.MissingEscalation, {
            range: range(16, 13, 16, 16),
            text: 'Low',
            message: 'Severity \'Low\' has no response time and no resolution time. Add `response within <time>` and `resolution within <time>`: each severity level needs its path and time of escalation.'
        });
        expect(diagnostic.data).toMatchObject({ missing: ['response', 'resolution'] });
    });

    test('near miss: a severity with response, resolution and escalation steps', async () => {
        expectClean(await check(base({ extra: [
            '    severity Critical {',
            '        response within 15 minutes',
            '        resolution within 4 hours',
            '        escalate after 1 hour to "Duty manager"',
            '        escalate after 2 hours to "Head of operations"',
            '    }'
        ] })));
    });
});

describe('missing-exclusions', () => {
    test('no exclusions anywhere, on the agreement name', async () => {
        const checked = await check(base({ replace: [[`${EXCLUSIONS}\n`, '']] }));
        const diagnostic = expectOnly(checked, IssueCodes.MissingExclusions, {
            range: range(0, 10, 0, 14),
            text: 'Base',
            message: 'Agreement \'Base\' excludes nothing. Add `exclusions { "<what is not offered>" }` to the agreement or to a service, so no one has to assume what is covered.'
        });
        expect(diagnostic.data).toEqual({ code: 'missing-exclusions', agreement: 'Base' });
    });

    test('an empty exclusions block excludes nothing', async () => {
        const checked = await check(base({ replace: [[EXCLUSIONS, '    exclusions { }']] }));
        expect(checked.diagnostics.map(diagnostic => diagnostic.code)).toEqual([IssueCodes.MissingExclusions]);
    });

    test('near miss: exclusions on a service only', async () => {
        expectClean(await check(base({ replace: [
            [`${EXCLUSIONS}\n`, ''],
            ['        provided by Provider to Customer', '        provided by Provider to Customer\n        exclusions { "Training." }']
        ] })));
    });
});

describe('missing-review', () => {
    test('no review, on the agreement name', async () => {
        const checked = await check(base({ replace: [[`${REVIEW}\n`, '']] }));
        const diagnostic = expectOnly(checked, IssueCodes.MissingReview, {
            range: range(0, 10, 0, 14),
            text: 'Base',
            message: 'Agreement \'Base\' has no review. Add `review every year with <Provider>, <Customer>` to leave room for regular reviews and changes.'
        });
        expect(diagnostic.data).toEqual({ code: 'missing-review', agreement: 'Base' });
    });

    test('a meeting is not a review', async () => {
        const checked = await check(base({ replace: [[REVIEW, '    meeting "Weekly sync" every week with Provider, Customer']] }));
        expect(checked.diagnostics.map(diagnostic => diagnostic.code)).toEqual([IssueCodes.MissingReview]);
    });

    test('near miss: a review without participants', async () => {
        expectClean(await check(base({ replace: [[REVIEW, '    review every quarter']] })));
    });
});
