import { describe, expect, test } from 'vitest';
import { IssueCodes } from 'sla-language';
import { base, check, expectClean, expectOnly, range } from './validation-helpers.js';

/** BASE with one severity on line 16 holding the given escalation steps. */
const severity = (steps: string) => base({ extra: [
    `    severity Critical { response within 15 minutes resolution within 8 hours ${steps} }`
] });

describe('escalation-out-of-order', () => {
    test('a step earlier than the one before, on its time', async () => {
        const checked = await check(severity('escalate after 4 hours to "Manager" escalate after 2 hours to "Engineer"'));
        // `    severity Critical { response within 15 minutes resolution within 8 hours escalate after 4 hours to "Manager" escalate after ` is 128 characters.
        const diagnostic = expectOnly(checked, IssueCodes.EscalationOutOfOrder, {
            range: range(16, 128, 16, 135),
            text: '2 hours',
            message: 'Severity \'Critical\' escalates after 2 hours after a step at 4 hours. Escalation steps are read in order: make each one later than the one before.'
        });
        expect(diagnostic.data).toEqual({ code: 'escalation-out-of-order', severity: 'Critical' });
    });

    test('exactly as late as the one before is out of order; 120 minutes equals 2 hours', async () => {
        const checked = await check(severity('escalate after 2 hours to "Manager" escalate after 120 minutes to "Director"'));
        expectOnly(checked, IssueCodes.EscalationOutOfOrder, {
            range: range(16, 128, 16, 139),
            text: '120 minutes',
            message: 'Severity \'Critical\' escalates after 120 minutes after a step at 2 hours. Escalation steps are read in order: make each one later than the one before.'
        });
    });

    test('each step is compared with the one just before it', async () => {
        // 1 hour, 3 hours, 2 hours, 5 hours: only the third is out of order.
        const checked = await check(severity(
            'escalate after 1 hour to "A" escalate after 3 hours to "B" escalate after 2 hours to "C" escalate after 1 day to "D"'));
        expectOnly(checked, IssueCodes.EscalationOutOfOrder, {
            range: range(16, 151, 16, 158),
            text: '2 hours',
            message: 'Severity \'Critical\' escalates after 2 hours after a step at 3 hours. Escalation steps are read in order: make each one later than the one before.'
        });
    });

    test('near miss: steps in order, and units that convert only on a calendar are not compared', async () => {
        expectClean(await check(severity('escalate after 30 minutes to "Engineer" escalate after 2 hours to "Manager" escalate after 1 day to "Director"')));
        // 9 business hours may be more or less than 1 business day, depending on the calendar.
        expectClean(await check(severity('escalate after 9 business-hours to "Manager" escalate after 1 business-day to "Director"')));
        expectClean(await check(severity('escalate after 1 week to "Manager" escalate after 1 month to "Director"')));
    });
});
