import { describe, expect, test } from 'vitest';
import { estimatePages } from 'sla-model';
import { IssueCodes } from 'sla-language';
import { createTestServices, modelOf } from '../../helpers/sla-test-services.js';
import { base, check, expectClean, expectOnly, range } from './validation-helpers.js';

/** A free section of `words` words. */
function section(index: number, words: number): string {
    return `    section "Policy ${index}" "${Array.from({ length: words }, (_, word) => `word${word}`).join(' ')}"`;
}

describe('document-too-long', () => {
    test('an agreement estimated above five pages, on the agreement name', async () => {
        const text = base({ extra: [1, 2, 3, 4, 5].map(index => section(index, 400)) });
        const checked = await check(text);
        const diagnostic = expectOnly(checked, IssueCodes.DocumentTooLong, {
            range: range(0, 10, 0, 14),
            text: 'Base',
            message: 'The rendered agreement is estimated at 5.6 pages, more than the limit of 5. Keep it short and specific: move detail into referenced documents (`references { document "<title>" at "<location>" }`), and drop terms, sections and metrics nobody needs.'
        });
        expect(diagnostic.data).toEqual({ code: 'document-too-long', pages: 5.6, limit: 5 });
        expect(estimatePages(modelOf(checked)!)).toBe(5.6);
    });

    test('the limit comes from the settings', async () => {
        const services = createTestServices();
        services.Sla.sla.Settings.update({ maxPages: 0.2 });
        const checked = await check(base(), { services });
        expectOnly(checked, IssueCodes.DocumentTooLong, {
            range: range(0, 10, 0, 14),
            text: 'Base',
            message: 'The rendered agreement is estimated at 0.5 pages, more than the limit of 0.2. Keep it short and specific: move detail into referenced documents (`references { document "<title>" at "<location>" }`), and drop terms, sections and metrics nobody needs.'
        });
    });

    test('near miss: just under five pages', async () => {
        const checked = await check(base({ extra: [1, 2, 3, 4].map(index => section(index, 440)) }));
        expectClean(checked);
        expect(estimatePages(modelOf(checked)!)).toBe(5);
    });
});
