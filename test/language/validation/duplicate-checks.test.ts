import { describe, expect, test } from 'vitest';
import { IssueCodes } from 'sla-language';
import { URI } from 'langium';
import { createTestServices } from '../../helpers/sla-test-services.js';
import { base, check, expectClean, expectOne, expectOnly, range, withCode } from './validation-helpers.js';

describe('duplicate-definition', () => {
    test('a second party of the same name, on its name', async () => {
        const checked = await check(base({ extra: ['    party Customer "Another customer" customer'] }));
        const diagnostic = expectOnly(checked, IssueCodes.DuplicateDefinition, {
            range: range(16, 10, 16, 18),
            text: 'Customer',
            message: 'Party \'Customer\' is already defined on line 4. Rename this one or remove it: each name must say one thing.'
        });
        expect(diagnostic.data).toEqual({ code: 'duplicate-definition', name: 'Customer', kind: 'party', firstLine: 3 });
    });

    test('metrics of the same name in two services', async () => {
        const checked = await check(base({ extra: [
            '    service Other "Other" {',
            '        provided by Provider to Customer',
            '        metric Resolved "Resolved again" { counts "Cases" target >= 70 % per month measured by "Report" every month controlled by Provider }',
            '    }'
        ] }));
        expect(withCode(checked, IssueCodes.DuplicateDefinition).map(diagnostic => [diagnostic.range, diagnostic.message])).toEqual([[
            range(18, 15, 18, 23),
            'Metric \'Resolved\' is already defined on line 7. Rename this one or remove it: each name must say one thing.'
        ]]);
    });

    test('services, severities, goals and deliverables', async () => {
        const checked = await check(base({ extra: [
            '    service Desk "Desk again" { provided by Provider to Customer }',
            '    severity High { response within 1 hour resolution within 4 hours escalate after 2 hours to "Lead" }',
            '    severity High { response within 1 hour resolution within 4 hours escalate after 2 hours to "Lead" }',
            '    goal Fast owned by Provider',
            '    goal Fast owned by Customer',
            '    deliverable Report from Provider to Customer every month',
            '    deliverable Report from Provider to Customer every week'
        ] }));
        expect(withCode(checked, IssueCodes.DuplicateDefinition).map(diagnostic => diagnostic.message)).toEqual([
            'Service \'Desk\' is already defined on line 5. Rename this one or remove it: each name must say one thing.',
            'Severity \'High\' is already defined on line 18. Rename this one or remove it: each name must say one thing.',
            'Goal \'Fast\' is already defined on line 20. Rename this one or remove it: each name must say one thing.',
            'Deliverable \'Report\' is already defined on line 22. Rename this one or remove it: each name must say one thing.'
        ]);
    });

    test('two segments of one metric', async () => {
        const checked = await check(base({ replace: [['            controlled by Provider', [
            '            controlled by Provider',
            '            segment Vip target >= 80 % per month',
            '            segment Vip target >= 90 % per month'
        ].join('\n')]] }));
        expectOnly(checked, IssueCodes.DuplicateDefinition, {
            range: range(12, 20, 12, 23),
            text: 'Vip',
            message: 'Segment \'Vip\' of metric \'Resolved\' is already defined on line 12. Rename this one or remove it: each name must say one thing.'
        });
    });

    test('terms, by name or alias, ignoring case', async () => {
        const checked = await check(base({ extra: [
            '    term [Case] aka [Cases] = "A request for help."',
            '    term [cases] = "Requests for help."',
            '    summary "One [Case], many [Cases]."'
        ] }));
        // The second definition is also unused: every mention resolves to the first.
        expect(withCode(checked, IssueCodes.UnusedTerm)).toHaveLength(1);
        const diagnostic = expectOne(checked, IssueCodes.DuplicateDefinition, {
            range: range(17, 9, 17, 16),
            text: '[cases]',
            message: 'The term \'cases\' is already defined as an alias of \'Case\' on line 17. Remove this one or rename it: each term must have one definition.'
        });
        expect(diagnostic.data).toMatchObject({ name: 'cases', kind: 'term' });
    });

    test('an alias that repeats its own term\'s name, on the alias', async () => {
        const checked = await check(base({ extra: [
            '    term [Case] aka [CASE] = "A request for help."',
            '    summary "One [Case]."'
        ] }));
        expectOnly(checked, IssueCodes.DuplicateDefinition, {
            range: range(16, 20, 16, 26),
            text: '[CASE]',
            message: 'The term \'CASE\' is repeated in the definition of \'Case\'. Remove this one or rename it: each term must have one definition.'
        });
    });

    test('a local term that an imported glossary already defines', async () => {
        const glossary = 'glossary Common {\n    term [Business Day] = "Monday to Friday."\n}';
        const text = `import "common.sla"\n${base({ extra: [
            '    term [business day] = "A weekday."',
            '    summary "Open every [business day]."'
        ] })}`;
        const checked = await check(text, { files: { '/work/common.sla': glossary } });
        expectOnly(checked, IssueCodes.DuplicateDefinition, {
            range: range(17, 9, 17, 23),
            text: '[business day]',
            message: 'The term \'business day\' is already defined in the imported glossary \'common.sla\'. Remove this definition and use the shared one, or give this term another name.'
        });
    });

    test('after a term of the imported glossary is renamed, the local one is no longer a duplicate', async () => {
        const glossary = (name: string) => `glossary Common {\n    term [${name}] = "Monday to Friday."\n    term [Visit] = "A call."\n}`;
        const text = `import "common.sla"\n${base({ extra: [
            '    term [business day] = "A weekday."',
            '    summary "Open every [business day] for each [Visit]."'
        ] })}`;
        const services = createTestServices({ '/work/common.sla': glossary('Business Day') });
        const checked = await check(text, { files: { '/work/common.sla': glossary('Business Day') }, services });
        expect(withCode(checked, IssueCodes.DuplicateDefinition)).toHaveLength(1);
        const common = URI.file('/work/common.sla');
        services.fileSystem.set('/work/common.sla', glossary('Holiday'));
        await services.shared.workspace.DocumentBuilder.update([common], []);
        expect(checked.document.diagnostics!.filter(diagnostic => diagnostic.code === IssueCodes.DuplicateDefinition)).toEqual([]);
    });

    test('two terms of a shared glossary file', async () => {
        const glossary = 'glossary Common {\n    term [Incident] = "An outage."\n    term [Incident] = "A loss of quality."\n}';
        const checked = await check(glossary);
        expectOnly(checked, IssueCodes.DuplicateDefinition, {
            range: range(2, 9, 2, 19),
            text: '[Incident]',
            message: 'The term \'Incident\' is already defined on line 2. Remove this one or rename it: each term must have one definition.'
        });
    });

    test('near miss: the same name for declarations of different kinds, and segments of different metrics', async () => {
        expectClean(await check(base({
            replace: [['            controlled by Provider', '            controlled by Provider\n            segment Vip target >= 80 % per month']],
            extra: [
                '    goal Desk owned by Provider',
                '    service Other "Other" {',
                '        provided by Provider to Customer',
                '        metric Answered "Answered" { counts "Calls" target >= 90 % per month measured by "Phone report" every month controlled by Provider segment Vip target >= 95 % per month }',
                '        exclusions { "Weekends." }',
                '    }'
            ]
        })));
    });
});
