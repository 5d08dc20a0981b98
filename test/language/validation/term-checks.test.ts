import { describe, expect, test } from 'vitest';
import { IssueCodes } from 'sla-language';
import { base, check, expectClean, expectOnly, range, withCode } from './validation-helpers.js';

const GLOSSARY = [
    'glossary Common "Common terms" {',
    '    term [Business Day] aka [Business Days] = "Monday to Friday, 09:00 to 17:00."',
    '}'
].join('\n');

describe('undefined-term', () => {
    test('a prose mention of a term no glossary defines', async () => {
        const checked = await check(base({ extra: ['    summary "Every [Case] is answered."'] }));
        const diagnostic = expectOnly(checked, IssueCodes.UndefinedTerm, {
            range: range(16, 19, 16, 25),
            text: '[Case]',
            message: 'The term \'Case\' is not defined. Define it in a glossary (term [Case] = "…"), import a shared glossary that defines it, or fix the spelling.'
        });
        expect(diagnostic.data).toMatchObject({ code: 'undefined-term', name: 'Case', refText: 'Case', suggestions: [] });
    });

    test('a counted term no glossary defines', async () => {
        const checked = await check(base({ replace: [['counts "Cases resolved at first contact"', 'counts [Case]']] }));
        expectOnly(checked, IssueCodes.UndefinedTerm, {
            range: range(7, 19, 7, 25),
            text: '[Case]',
            message: 'The term \'Case\' is not defined. Define it in a glossary (term [Case] = "…"), import a shared glossary that defines it, or fix the spelling.'
        });
    });

    test('a near miss of a defined term is suggested', async () => {
        const checked = await check(base({ extra: [
            '    glossary { term [Qualified Lead] aka [Qualified Leads] = "A lead with a score of 40 or more." }',
            '    summary "Every [Qualifed Lead] is one of the [Qualified Leads]."'
        ] }));
        const diagnostic = expectOnly(checked, IssueCodes.UndefinedTerm, {
            range: range(17, 19, 17, 34),
            text: '[Qualifed Lead]',
            message: 'The term \'Qualifed Lead\' is not defined. Did you mean [Qualified Lead] or [Qualified Leads]? Define it in a glossary (term [Qualifed Lead] = "…"), import a shared glossary that defines it, or fix the spelling.'
        });
        expect(diagnostic.data).toMatchObject({ suggestions: ['Qualified Lead', 'Qualified Leads'] });
    });

    test('a term of a shared glossary that is not imported', async () => {
        const checked = await check(base({ extra: ['    summary "Open on [Business Days]."'] }), {
            files: { '/work/common.sla': GLOSSARY }
        });
        expect(withCode(checked, IssueCodes.UndefinedTerm).map(diagnostic => diagnostic.range)).toEqual([range(16, 21, 16, 36)]);
    });

    test('near miss: mentions of a defined term, its alias and an imported term resolve', async () => {
        const text = `import "common.sla"\n${base({ extra: [
            '    glossary { term [Case] aka [Cases] = "A request for help." }',
            '    summary "Every [Case] and all [Cases] are answered on [Business Days]."'
        ] })}`;
        expectClean(await check(text, { files: { '/work/common.sla': GLOSSARY } }));
    });
});

describe('unused-term', () => {
    test('a term defined but never mentioned', async () => {
        const checked = await check(base({ extra: ['    glossary { term [Case] = "A request for help." }'] }));
        const diagnostic = expectOnly(checked, IssueCodes.UnusedTerm, {
            range: range(16, 20, 16, 26),
            text: '[Case]',
            message: 'The term \'Case\' is defined but never used. Mention it as [Case] where the agreement relies on it, or remove its definition to keep the agreement short.'
        });
        expect(diagnostic.data).toEqual({ code: 'unused-term', name: 'Case' });
    });

    test('a mention inside its own definition does not count', async () => {
        const checked = await check(base({ extra: ['    term [Case] = "A [Case] is a request for help."'] }));
        expect(withCode(checked, IssueCodes.UnusedTerm).map(diagnostic => diagnostic.range)).toEqual([range(16, 9, 16, 15)]);
    });

    test('near miss: a term used through an alias, in a counts clause, or in another term\'s definition', async () => {
        expectClean(await check(base({ extra: [
            '    term [Case] aka [Cases] = "A request for help."',
            '    summary "All [Cases] are answered."'
        ] })));
        expectClean(await check(base({
            replace: [['counts "Cases resolved at first contact"', 'counts [Resolved Case]']],
            extra: [
                '    term [Resolved Case] = "A [Case] closed at the first contact."',
                '    term [Case] = "A request for help."'
            ]
        })));
    });

    test('near miss: the terms of a shared glossary file and imported terms are never unused', async () => {
        const glossary = await check(GLOSSARY, { path: '/work/common.sla' });
        expectClean(glossary);
        const text = `import "common.sla"\n${base()}`;
        expectClean(await check(text, { files: { '/work/common.sla': GLOSSARY } }));
    });
});
