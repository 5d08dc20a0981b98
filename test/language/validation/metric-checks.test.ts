import { describe, expect, test } from 'vitest';
import { IssueCodes } from 'sla-language';
import { createTestServices } from '../../helpers/sla-test-services.js';
import { BASE, base, check, expectClean, expectOne, expectOnly, range } from './validation-helpers.js';

/** One more metric line for the Desk service, all of it measurable and controlled. */
function metricLine(name: string): string {
    return `        metric ${name} { counts "Calls" target >= 90 % per month measured by "Phone report" every month controlled by Provider }`;
}

describe('unmeasurable-metric', () => {
    test('a syntax error in the metric is reported alone, not also as a missing period', async () => {
        const checked = await check(base({ replace: [['target >= 70 % per month', 'target >= 70 % per mnth']] }));
        expect(checked.diagnostics.map(diagnostic => `${diagnostic.range.start.line}:${diagnostic.range.start.character} ${diagnostic.code}`)).toEqual(['8:31 syntax-error']);
    });

    test('a metric cut off at the end of the text gives no unmeasurable-metric or uncontrolled-metric', async () => {
        const checked = await check(BASE.slice(0, BASE.indexOf('target >= 70 %') + 'target >='.length));
        // The agreement's own missing clauses are still reported; the metric's are not.
        expect(checked.diagnostics.map(diagnostic => `${diagnostic.range.start.line}:${diagnostic.range.start.character} ${diagnostic.code}`)).toEqual([
            '8:21 syntax-error', '0:10 missing-termination', '0:10 missing-exclusions', '0:10 missing-review'
        ]);
    });

    test('near miss: a syntax error in another metric leaves this one checked', async () => {
        const checked = await check(base({
            replace: [['            measured by "Ticket report" every month\n', '']],
            extra: ['    service Other "Other" {', '        provided by Provider to Customer', '        metric Broken "Broken" { counts "Cases" target >= 70 per mnth measured by "Report" every month controlled by Provider }', '    }']
        }));
        expect(checked.diagnostics.map(diagnostic => `${diagnostic.range.start.line}:${diagnostic.range.start.character} ${diagnostic.code}`)).toEqual(['17:65 syntax-error', '6:15 unmeasurable-metric']);
    });

    test('no measurement source, on the metric name', async () => {
        const checked = await check(base({ replace: [['            measured by "Ticket report" every month\n', '']] }));
        const diagnostic = expectOnly(checked, IssueCodes.UnmeasurableMetric, {
            range: range(6, 15, 6, 23),
            text: 'Resolved',
            message: 'Metric \'Resolved\' has no measurement source. Add `measured by "<tool or report>" every day` so it can be tracked before it is accepted.'
        });
        expect(diagnostic.data).toEqual({ code: 'unmeasurable-metric', metric: 'Resolved', missing: ['source'] });
    });

    test('nothing but a controlling party', async () => {
        const checked = await check(base({ replace: [[
            '            counts "Cases resolved at first contact"\n            target >= 70 % per month\n            measured by "Ticket report" every month\n',
            ''
        ]] }));
        const diagnostic = expectOnly(checked, IssueCodes.UnmeasurableMetric, {
            range: range(6, 15, 6, 23),
            text: 'Resolved',
            message: 'Metric \'Resolved\' has no target, no unit or counted thing and no measurement source. Add `target >= <value> per month`, `counts [<Term>]` (or a unit such as `%` or `hours` on its target) and `measured by "<tool or report>" every day` so it can be tracked before it is accepted.'
        });
        expect(diagnostic.data).toMatchObject({ missing: ['target', 'unit', 'source'] });
    });

    test('a target without a period', async () => {
        const checked = await check(base({ replace: [['target >= 70 % per month', 'target >= 70 %']] }));
        const diagnostic = expectOnly(checked, IssueCodes.UnmeasurableMetric, {
            range: range(6, 15, 6, 23),
            text: 'Resolved',
            message: 'Metric \'Resolved\' has a target without a period. Add `per month` (or `per week`, `per incident`…) to its target so it can be tracked before it is accepted.'
        });
        expect(diagnostic.data).toMatchObject({ missing: ['period'] });
    });

    test('a plain number with nothing counted', async () => {
        const checked = await check(base({ replace: [
            ['            counts "Cases resolved at first contact"\n', ''],
            ['target >= 70 % per month', 'target >= 400 per month']
        ] }));
        expectOnly(checked, IssueCodes.UnmeasurableMetric, {
            range: range(6, 15, 6, 23),
            text: 'Resolved',
            message: 'Metric \'Resolved\' has no unit or counted thing. Add `counts [<Term>]` (or a unit such as `%` or `hours` on its target) so it can be tracked before it is accepted.'
        });
    });

    test('near miss: a timed metric, a percentage without counts, a counted number', async () => {
        expectClean(await check(base({ replace: [
            ['counts "Cases resolved at first contact"', 'times "From the call to the first answer"'],
            ['target >= 70 % per month', 'target <= 4 hours per case']
        ] })));
        expectClean(await check(base({ replace: [['            counts "Cases resolved at first contact"\n', '']] })));
        expectClean(await check(base({ replace: [['target >= 70 % per month', 'target >= 400 per month']] })));
    });
});

describe('uncontrolled-metric', () => {
    test('controlled by a party that does not provide the service, on that party', async () => {
        const checked = await check(base({ replace: [['controlled by Provider', 'controlled by Customer']] }));
        const diagnostic = expectOnly(checked, IssueCodes.UncontrolledMetric, {
            range: range(10, 26, 10, 34),
            text: 'Customer',
            message: 'Metric \'Resolved\' is controlled by Customer, but its service \'Desk\' is provided by Provider. Measure only what the provider controls: write `controlled by Provider`, or move the metric to a service that Customer provides.'
        });
        expect(diagnostic.data).toEqual({ code: 'uncontrolled-metric', metric: 'Resolved', provider: 'Provider', controlledBy: 'Customer' });
    });

    test('no controlling party, on the metric name', async () => {
        const checked = await check(base({ replace: [['            controlled by Provider\n', '']] }));
        expectOnly(checked, IssueCodes.UncontrolledMetric, {
            range: range(6, 15, 6, 23),
            text: 'Resolved',
            message: 'Metric \'Resolved\' does not say who controls it. Add `controlled by Provider`: a measure should reflect only what the provider of the service controls.'
        });
    });

    test('a service that does not say who provides it', async () => {
        const checked = await check(base({ replace: [['        provided by Provider to Customer\n', '']] }));
        expectOnly(checked, IssueCodes.UncontrolledMetric, {
            range: range(9, 26, 9, 34),
            text: 'Provider',
            message: 'Metric \'Resolved\' is controlled by Provider, but its service \'Desk\' does not say who provides it. Add `provided by Provider to <Customer>` to the service, so the controlling party is its provider.'
        });
    });

    test('a misspelt provider is one unresolved-reference, with no uncontrolled-metric that recommends the typo', async () => {
        const checked = await check(base({ replace: [['provided by Provider to', 'provided by Marketting to']] }));
        expectOnly(checked, IssueCodes.UnresolvedReference, {
            range: range(5, 20, 5, 30),
            text: 'Marketting',
            message: '\'Marketting\' is not defined here. Declare it, or use the name of an existing one.'
        });
    });

    test('a misspelt provider and no controlling party: the message names no party', async () => {
        const checked = await check(base({ replace: [['provided by Provider to', 'provided by Marketting to'], ['            controlled by Provider\n', '']] }));
        expectOne(checked, IssueCodes.UncontrolledMetric, {
            range: range(6, 15, 6, 23),
            text: 'Resolved',
            message: 'Metric \'Resolved\' does not say who controls it. Add `controlled by <Provider>`: a measure should reflect only what the provider of the service controls.'
        });
    });

    test('a misspelt controlling party is one unresolved-reference', async () => {
        const checked = await check(base({ replace: [['controlled by Provider', 'controlled by Marketting']] }));
        expectOnly(checked, IssueCodes.UnresolvedReference, {
            range: range(10, 26, 10, 36),
            text: 'Marketting',
            message: '\'Marketting\' is not defined here. Declare it, or use the name of an existing one.'
        });
    });

    test('near miss: controlled by the provider of its service', async () => {
        expectClean(await check(base()));
    });
});

describe('service-without-metric', () => {
    test('a service with no metric, on its name', async () => {
        const checked = await check(base({ extra: ['    service Training "Training" { provided by Provider to Customer }'] }));
        const diagnostic = expectOnly(checked, IssueCodes.ServiceWithoutMetric, {
            range: range(16, 12, 16, 20),
            text: 'Training',
            message: 'Service \'Training\' has no metric, so there is no objective way to judge it. Add a metric with a target and a measurement source, e.g. `metric <Name> "<title>" { counts [<Term>] target >= <value> per month measured by "<tool>" every day controlled by <Provider> }`.'
        });
        expect(diagnostic.data).toEqual({ code: 'service-without-metric', service: 'Training' });
    });

    test('near miss: every service has a metric', async () => {
        expectClean(await check(base({ extra: [
            '    service Training "Training" {',
            '        provided by Provider to Customer',
            '        metric Trained { counts "Employees trained" target >= 90 % per year measured by "LMS report" every month controlled by Provider }',
            '    }'
        ] })));
    });
});

describe('too-many-metrics', () => {
    const metrics = (count: number) => Array.from({ length: count - 1 }, (_, index) => metricLine(`Extra${index + 1}`)).join('\n');

    test('more metrics than the default limit of 12, on the agreement name', async () => {
        const checked = await check(base({ replace: [['            controlled by Provider\n        }', `            controlled by Provider\n        }\n${metrics(13)}`]] }));
        const diagnostic = expectOnly(checked, IssueCodes.TooManyMetrics, {
            range: range(0, 10, 0, 14),
            text: 'Base',
            message: 'The agreement has 13 metrics, more than the limit of 12. Keep the few that show whether the service is delivered: excessive measures produce large amounts of data that nobody reads.'
        });
        expect(diagnostic.data).toEqual({ code: 'too-many-metrics', count: 13, limit: 12 });
    });

    test('the limit comes from the settings', async () => {
        const services = createTestServices();
        services.Sla.sla.Settings.update({ maxMetrics: 1 });
        const checked = await check(base({ replace: [['            controlled by Provider\n        }', `            controlled by Provider\n        }\n${metrics(2)}`]] }), { services });
        expectOnly(checked, IssueCodes.TooManyMetrics, {
            range: range(0, 10, 0, 14),
            text: 'Base',
            message: 'The agreement has 2 metrics, more than the limit of 1. Keep the few that show whether the service is delivered: excessive measures produce large amounts of data that nobody reads.'
        });
    });

    test('near miss: exactly the limit', async () => {
        expectClean(await check(base({ replace: [['            controlled by Provider\n        }', `            controlled by Provider\n        }\n${metrics(12)}`]] })));
    });
});
