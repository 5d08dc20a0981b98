import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { ALL_ISSUE_CODES, IssueCodes } from 'sla-language';
import { createTestServices } from '../../helpers/sla-test-services.js';
import { base, check, codes, range, withCode } from './validation-helpers.js';

const example = (path: string) => readFileSync(fileURLToPath(new URL(`../../../examples/${path}`, import.meta.url)), 'utf8');

/** The files an example needs: the shared glossary and the CSV, where the example expects them. */
const FILES = {
    '/work/common-glossary.sla': example('common-glossary.sla'),
    '/work/agreements/leads-2026-03.csv': example('sales-marketing/leads-2026-03.csv')
};

/** Every finding has a known code, and no check failed with an exception. */
function expectWellFormed(diagnostics: Diagnostic[]): void {
    for (const diagnostic of diagnostics) {
        expect(String(diagnostic.message)).not.toContain('An error occurred');
        expect(ALL_ISSUE_CODES).toContain(diagnostic.code);
    }
}

describe('broken input', () => {
    test('a syntax error in a target still gives the other findings', async () => {
        const checked = await check(base({
            replace: [['target >= 70 % per month', 'target >= per month']],
            extra: ['    summary "We answer promptly."']
        }));
        expect(withCode(checked, IssueCodes.SyntaxError).length).toBeGreaterThan(0);
        expect(withCode(checked, IssueCodes.VagueWording)).toHaveLength(1);
        expectWellFormed(checked.diagnostics);
    });

    test('a truncated agreement', async () => {
        const text = base();
        const checked = await check(text.slice(0, text.indexOf('measured by')));
        expect(codes(checked)).toContain(IssueCodes.SyntaxError);
        // The metric the text ends in holds the syntax error: what it lacks is not reported as well.
        expect(codes(checked)).not.toContain(IssueCodes.UnmeasurableMetric);
        expect(codes(checked)).toContain(IssueCodes.MissingReview);
        expectWellFormed(checked.diagnostics);
    });

    test('declarations without names, references to nothing, an unclosed string', async () => {
        for (const text of [
            'agreement {',
            'agreement X { party provider service { metric { target >= 5 per month pace daily } } }',
            'agreement X { severity { response within resolution within escalate after to } remedies { earn-back after } }',
            'agreement X { termination { notice by } period to measurements for { 2026-01-01 } }',
            'agreement X { summary "unclosed [Term',
            'agreement X { term [] = "" summary "[]" }',
            'glossary { term [A] = "promptly" term [A] = ',
            '}}}} "" [[[ 2026-99-99 %%%',
            ''
        ]) {
            const checked = await check(text);
            expectWellFormed(checked.diagnostics);
        }
    });

    test('every prefix of the examples, and every prefix with a piece cut out, parses and checks without failing', async () => {
        const agreements = [
            example('sales-marketing/sales-marketing.sla'),
            example('it-service-desk/it-service-desk.sla'),
            example('cloud-hosting/cloud-hosting.sla')
        ];
        // One workspace for all variants, each under its own name: the glossary is indexed once.
        const services = createTestServices(FILES);
        await check(FILES['/work/common-glossary.sla'], { services, path: '/work/common-glossary.sla' });
        let count = 0;
        for (const text of agreements) {
            for (let cut = 0; cut < text.length; cut += 31) {
                for (const variant of [text.slice(0, cut), text.slice(0, cut) + text.slice(cut + 17)]) {
                    const checked = await check(variant, { services, path: `/work/agreements/variant-${++count}.sla` });
                    expectWellFormed(checked.diagnostics);
                }
            }
        }
    }, 120_000);

    test('findings about an agreement without a name are on its keyword, not on the whole file', async () => {
        const checked = await check('agreement {\n    kind internal\n}');
        expect(codes(checked)).toEqual([
            IssueCodes.MissingExclusions, IssueCodes.MissingPeriod, IssueCodes.MissingReview, IssueCodes.MissingTermination, IssueCodes.SyntaxError
        ]);
        for (const diagnostic of checked.diagnostics.filter(each => each.code !== IssueCodes.SyntaxError)) {
            expect(diagnostic.range).toEqual(range(0, 0, 0, 9));
        }
    });

    test('a CSV that is not text gives a finding, not a failure', async () => {
        const checked = await check(base({ extra: ['    measurements for Resolved from "results.csv"'] }), {
            files: { '/work/results.csv': 'date,value\n2026-03-01,\u0000\u0001\u0002' }
        });
        expect(withCode(checked, IssueCodes.InvalidMeasurements).map(diagnostic => diagnostic.message)).toEqual([
            'Measurements file \'results.csv\': The file is not UTF-8 text. Save it as UTF-8 CSV.'
        ]);
    });
});
