import { describe, expect, test } from 'vitest';
import { IssueCodes } from 'sla-language';
import { base, check, expectClean, expectOnly, range, withCode } from './validation-helpers.js';

const MEASURED = 'measured by "Ticket report" every month';
const PROVISION = '        provided by Provider to Customer';

describe('third-party-not-involved', () => {
    test('a data source operated by a third party that is not involved, on the operator', async () => {
        const checked = await check(base({
            replace: [[MEASURED, 'measured by "Uptime probes" operated by Monitor every month']],
            extra: ['    party Monitor "Monitor Inc." third-party']
        }));
        const diagnostic = expectOnly(checked, IssueCodes.ThirdPartyNotInvolved, {
            range: range(9, 52, 9, 59),
            text: 'Monitor',
            message: 'The data source of metric \'Resolved\' is operated by Monitor, a third party not involved in this agreement. Involve it in the negotiation and add `involved` after `third-party` in its declaration on line 17, so it knows which service levels are tracked and how.'
        });
        expect(diagnostic.data).toEqual({ code: 'third-party-not-involved', party: 'Monitor', metric: 'Resolved' });
    });

    test('a service that depends on third parties, on each one not involved', async () => {
        const checked = await check(base({
            replace: [[PROVISION, `${PROVISION}\n        depends on Hosting, Monitor`]],
            extra: ['    party Hosting "Hosting BV" third-party involved', '    party Monitor "Monitor Inc." third-party']
        }));
        const diagnostic = expectOnly(checked, IssueCodes.ThirdPartyNotInvolved, {
            range: range(6, 28, 6, 35),
            text: 'Monitor',
            message: 'Service \'Desk\' depends on Monitor, a third party not involved in this agreement. Involve it in the negotiation and add `involved` after `third-party` in its declaration on line 19, so it knows which service levels are tracked and how.'
        });
        expect(diagnostic.data).toEqual({ code: 'third-party-not-involved', party: 'Monitor', service: 'Desk' });
    });

    test('near miss: an involved third party, and a dependency on a party that is no third party', async () => {
        expectClean(await check(base({
            replace: [
                [MEASURED, 'measured by "Uptime probes" operated by Monitor every month'],
                [PROVISION, `${PROVISION}\n        depends on Monitor, Customer`]
            ],
            extra: ['    party Monitor "Monitor Inc." third-party involved']
        })));
    });

    test('an unknown operator is an unresolved reference, not this finding', async () => {
        const checked = await check(base({ replace: [[MEASURED, 'measured by "Uptime probes" operated by Nobody every month']] }));
        expect(withCode(checked, IssueCodes.ThirdPartyNotInvolved)).toEqual([]);
        expect(withCode(checked, IssueCodes.UnresolvedReference)).toHaveLength(1);
    });
});
