import { describe, expect, test } from 'vitest';
import { ALL_ISSUE_CODES } from 'sla-language';
import { FIXES_BY_CODE, quickFixFor } from '../../../../packages/language/src/lsp/code-actions/fixes-by-code.js';

describe('quick-fixes by code', () => {

    test('these codes, and only these, have quick-fixes', () => {
        expect(Object.keys(FIXES_BY_CODE).sort()).toEqual([
            'undefined-term',
            'unused-term',
            // only for a name with a near miss in scope, never for an import
            'unresolved-reference',
            'unmeasurable-metric',
            'uncontrolled-metric',
            'service-without-metric',
            'missing-period',
            'missing-termination',
            'missing-notice-period',
            'missing-escalation',
            'missing-exclusions',
            'missing-review',
            'third-party-not-involved',
            'earn-back-without-credits',
            'pacing-needs-count-goal',
            'credits-without-fee',
            'duplicate-clause',
            // only for a tier that repeats another
            'overlapping-credit-tiers',
            // only for several values in one period
            'ambiguous-period-value'
        ].sort());
    });

    test('the other codes have none', () => {
        const without = ALL_ISSUE_CODES.filter(code => quickFixFor(code) === undefined);
        expect(without.sort()).toEqual([
            'duplicate-definition',
            'too-many-metrics',
            'invalid-period',
            'unrealistic-target',
            'vague-wording',
            'document-too-long',
            'invalid-measurements',
            // Trusting the workspace is the user's decision, not an edit.
            'measurements-not-trusted',
            'syntax-error',
            'check-failed',
            // Splitting a file of megabytes is the writer's choice: no mechanical fix.
            'document-too-large',
            'credit-tier-while-met',
            'credit-tier-gap',
            'smaller-credit-for-worse-result',
            'cap-below-tier',
            // Which target the metric should have is the writer's choice: no mechanical fix.
            'trigger-without-target',
            'credit-above-full-fee',
            'unknown-time-zone',
            'unknown-holiday-region',
            'invalid-working-hours',
            'calendar-without-working-time',
            // Which step is mistimed is the writer's call: no mechanical fix.
            'escalation-out-of-order',
            'missed-last-period',
            'percent-credit-on-duration'
        ].sort());
    });

    test('a code that is not a string, or names no entry of the table, has none', () => {
        expect(quickFixFor(42)).toBeUndefined();
        expect(quickFixFor(undefined)).toBeUndefined();
        expect(quickFixFor('constructor')).toBeUndefined();
        expect(quickFixFor('missing-period')).toBe(FIXES_BY_CODE['missing-period']);
    });
});
