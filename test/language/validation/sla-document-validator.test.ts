import type { Reference, ReferenceInfo } from 'langium';
import { describe, expect, test } from 'vitest';
import { IssueCodes } from 'sla-language';
import { createTestServices } from '../../helpers/sla-test-services.js';
import { BASE, base, check, expectOnly, range, withCode } from './validation-helpers.js';

const UNDEFINED_CASE = 'The term \'Case\' is not defined. Define it in a glossary (term [Case] = "…"), import a shared glossary that defines it, or fix the spelling.';

describe('linking errors', () => {
    test('an unresolved term mention in prose is undefined-term', async () => {
        const checked = await check(base({ extra: ['    summary "Every [Case] is answered."'] }));
        expectOnly(checked, IssueCodes.UndefinedTerm, { range: range(16, 19, 16, 25), text: '[Case]', message: UNDEFINED_CASE });
    });

    test('an unresolved term after counts or times is undefined-term', async () => {
        const counted = await check(base({ replace: [['counts "Cases resolved at first contact"', 'counts [Case]']] }));
        expectOnly(counted, IssueCodes.UndefinedTerm, { range: range(7, 19, 7, 25), text: '[Case]', message: UNDEFINED_CASE });
        const timed = await check(base({ replace: [['counts "Cases resolved at first contact"', 'times [Case]']] }));
        expectOnly(timed, IssueCodes.UndefinedTerm, { range: range(7, 18, 7, 24), text: '[Case]', message: UNDEFINED_CASE });
    });

    test('an unresolved party or service is unresolved-reference', async () => {
        const party = await check(base({ replace: [['with Provider, Customer', 'with Provider, Nobody']] }));
        expectOnly(party, IssueCodes.UnresolvedReference, {
            range: range(14, 37, 14, 43),
            text: 'Nobody',
            message: '\'Nobody\' is not defined here. Declare it, or use the name of an existing one.'
        });
        const service = await check(base({ extra: ['    deliverable Report "Report" from Provider to Customer every month about Helpdesk'] }));
        expectOnly(service, IssueCodes.UnresolvedReference, {
            range: range(16, 76, 16, 84),
            text: 'Helpdesk',
            message: '\'Helpdesk\' is not defined here. Declare it, or use the name of an existing one.'
        });
    });

    test('the kind of reference is read from the error\'s data, whatever the linker\'s message says', async () => {
        const services = createTestServices();
        // A linker that words its errors differently, as another Langium version might.
        const linker = services.Sla.references.Linker as unknown as { createLinkingError(info: ReferenceInfo): { info: ReferenceInfo; message: string } };
        const createLinkingError = linker.createLinkingError.bind(linker);
        linker.createLinkingError = info => ({ ...createLinkingError(info), message: 'Verweis nicht gefunden.' });

        const checked = await check(base({
            replace: [['with Provider, Customer', 'with Provider, Nobody']],
            extra: ['    summary "Every [Case] is answered."']
        }), { services });
        expect(checked.diagnostics.map(diagnostic => [diagnostic.code, diagnostic.range.start.line])).toEqual([
            [IssueCodes.UnresolvedReference, 14],
            [IssueCodes.UndefinedTerm, 16]
        ]);
        const mention = checked.document.references.find(reference => (reference as Reference).$refText === 'Case');
        expect(mention?.error?.message).toBe('Verweis nicht gefunden.');
    });
});

describe('characters outside the Basic Multilingual Plane', () => {
    test('an emoji outside a string is one syntax error that quotes and spans it whole', async () => {
        const checked = await check(base({ extra: ['    🙂'] }));
        const lexing = checked.diagnostics.filter(diagnostic => String(diagnostic.message).startsWith('unexpected character'));
        expect(lexing.map(diagnostic => [diagnostic.code, diagnostic.message, diagnostic.range])).toEqual([[
            IssueCodes.SyntaxError,
            expect.stringContaining('->🙂<-'),
            range(16, 4, 16, 6)
        ]]);
        // No message keeps half a surrogate pair: some clients reject the whole notification.
        for (const diagnostic of checked.diagnostics) {
            expect(String(diagnostic.message)).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        }
    });
});

describe('broken imports', () => {
    const GLOSSARY = 'glossary Common "Common terms" {\n    term [Business Day] = "Monday to Friday, 09:00 to 17:00."\n}';
    // Line 0 is the import; BASE follows from line 1, so its extra lines start at line 17.
    const using = (path: string) => `import "${path}"\n${base({ extra: [
        '    summary "Open on [Business Day], closed on [Holiday] and [Holiday]."'
    ] })}`;

    test('a missing file is unresolved-reference at the path, and its undefined terms are counted there', async () => {
        const checked = await check(using('comon.sla'), { files: { '/work/common.sla': GLOSSARY } });
        // [Business Day], [Holiday], [Holiday]: three undefined-terms folded into the import's finding.
        expectOnly(checked, IssueCodes.UnresolvedReference, {
            range: range(0, 7, 0, 18),
            text: '"comon.sla"',
            message: 'The imported file \'comon.sla\' is not found. Fix the path, relative to this file, or create the glossary. 3 terms used here are undefined until it is fixed.'
        });
    });

    test('an imported agreement is unresolved-reference at the path', async () => {
        const checked = await check(using('other.sla'), { files: { '/work/other.sla': base() } });
        expectOnly(checked, IssueCodes.UnresolvedReference, {
            range: range(0, 7, 0, 18),
            text: '"other.sla"',
            message: 'The imported file \'other.sla\' holds no shared glossary. Import a file written as `glossary <Name> { term … }`. 3 terms used here are undefined until it is fixed.'
        });
    });

    test('a missing import with no terms used says only that the file is missing', async () => {
        const checked = await check(`import "comon.sla"\n${BASE}`);
        expectOnly(checked, IssueCodes.UnresolvedReference, {
            range: range(0, 7, 0, 18),
            text: '"comon.sla"',
            message: 'The imported file \'comon.sla\' is not found. Fix the path, relative to this file, or create the glossary.'
        });
    });

    test('near miss: an existing glossary resolves, and only the terms it lacks are undefined-term', async () => {
        const checked = await check(using('common.sla'), { files: { '/work/common.sla': GLOSSARY } });
        expect(withCode(checked, IssueCodes.UnresolvedReference)).toEqual([]);
        expect(withCode(checked, IssueCodes.UndefinedTerm).map(diagnostic => diagnostic.range)).toEqual([range(17, 47, 17, 56), range(17, 61, 17, 70)]);
    });
});
