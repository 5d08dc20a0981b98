import { describe, expect, test } from 'vitest';
import { buildDocument, calendarDateOf } from 'sla-model';
import { IssueCodes } from 'sla-language';
import { createTestServices, modelOf, TEST_TODAY } from '../../helpers/sla-test-services.js';
import { base, check, expectClean, expectOnly, range } from './validation-helpers.js';

/**
 * BASE with a free section of `count` one-word paragraphs, one line and 35.7 px each with the
 * space above it: on Letter, where it is longer, 97 of them end the fifth page and 98 begin a sixth
 * (test/model/page-estimate.test.ts works such figures out).
 */
function withParagraphs(count: number): string {
    return base({ extra: [`    section "Policy" "${Array.from({ length: count }, () => 'Word').join('\n\n')}"`] });
}

const message = (pages: number, limit: number) => `The rendered agreement is estimated at ${pages} pages, more than the limit of ${limit}. Keep it short and specific: move detail into referenced documents (\`references { document "<title>" at "<location>" }\`), and drop terms, sections and metrics nobody needs.`;

describe('document-too-long', () => {
    test('an agreement estimated above five pages, on the agreement name', async () => {
        const checked = await check(withParagraphs(98));
        const diagnostic = expectOnly(checked, IssueCodes.DocumentTooLong, { range: range(0, 10, 0, 14), text: 'Base', message: message(5.1, 5) });
        expect(diagnostic.data).toEqual({ code: 'document-too-long', pages: 5.1, limit: 5 });
        // The figure is the rendered document's, built for the settings' today.
        expect(buildDocument(modelOf(checked)!, { today: calendarDateOf(TEST_TODAY) }).pages).toBe(5.1);
    });

    test('near miss: estimated at exactly five pages', async () => {
        const checked = await check(withParagraphs(97));
        expectClean(checked);
        expect(buildDocument(modelOf(checked)!, { today: calendarDateOf(TEST_TODAY) }).pages).toBe(5);
    });

    test('the limit comes from the settings', async () => {
        // BASE alone prints on a little more than one Letter page.
        const services = createTestServices();
        services.Sla.sla.Settings.update({ maxPages: 1 });
        expectOnly(await check(base(), { services }), IssueCodes.DocumentTooLong, { range: range(0, 10, 0, 14), text: 'Base', message: message(1.1, 1) });
        services.Sla.sla.Settings.update({ maxPages: 1.1 });
        expectClean(await check(base(), { services }));
    });
});
