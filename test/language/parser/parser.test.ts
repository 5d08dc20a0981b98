import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Agreement, Mention, Summary } from 'sla-language';
import { isAgreement, isMention, isSummary, proseText } from 'sla-language';
import { checkDocument, createTestServices } from '../../helpers/sla-test-services.js';

const fixture = (name: string) => fs.readFileSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)), 'utf8');

function agreementOf(result: Awaited<ReturnType<typeof checkDocument>>): Agreement {
    const agreement = result.document.parseResult.value.agreement;
    if (!isAgreement(agreement)) {
        throw new Error('no agreement');
    }
    return agreement;
}

describe('parser', () => {
    let logged: string[] = [];
    beforeEach(() => {
        logged = [];
        // Chevrotain's ALL(*) lookahead reports ambiguities through console.log while parsing.
        vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => { logged.push(args.join(' ')); });
    });
    afterEach(() => {
        vi.restoreAllMocks();
    });

    test('parses every construct without lexer, parser or ambiguity errors', async () => {
        const result = await checkDocument(fixture('all-constructs.sla'), {
            path: '/work/all-constructs.sla',
            files: { '/work/shared.sla': 'glossary Shared { term [Thing] = "A thing." }', '/work/availability.csv': 'date,value\n2026-01-01,99.9\n' }
        });
        expect(result.document.parseResult.lexerErrors).toEqual([]);
        expect(result.document.parseResult.parserErrors).toEqual([]);
        expect(logged.filter(line => line.includes('Ambiguous'))).toEqual([]);
        expect(agreementOf(result).clauses.map(clause => clause.$type)).toEqual([
            'Version', 'Kind', 'Model', 'Summary', 'Period', 'Party', 'Party', 'Party', 'Goal', 'GlossaryBlock', 'Term',
            'Service', 'Deliverable', 'Severity', 'Remedies', 'Indemnification', 'Exclusions', 'Review', 'Meeting',
            'Termination', 'References', 'Section', 'Measurements', 'Measurements'
        ]);
    });

    test('prose keeps text, escapes and paragraphs, and turns [Term] into a mention', async () => {
        const result = await checkDocument(fixture('all-constructs.sla'), {
            path: '/work/all-constructs-2.sla',
            files: { '/work/shared.sla': 'glossary Shared { term [Thing] = "A thing." }' }
        });
        const summary = agreementOf(result).clauses.find(isSummary) as Summary;
        const mentions = summary.text.parts.filter(isMention) as Mention[];
        expect(mentions.map(mention => [mention.term.$refText, mention.term.ref?.name])).toEqual([['Widget', 'Widget']]);
        expect(proseText(summary.text)).toBe('A summary that mentions Widget and escapes "quotes", a lone [ bracket and [ too.\n\nA second paragraph.');
    });

    test('keywords inside prose are text', async () => {
        const result = await checkDocument('agreement A "agreement party term { } // not a comment" { }');
        expect(result.document.parseResult.parserErrors).toEqual([]);
        expect(proseText(agreementOf(result).title)).toBe('agreement party term { } // not a comment');
    });

    test('a mention resolves through an alias and across an import', async () => {
        const result = await checkDocument([
            'import "glossary.sla"',
            'agreement A { summary "[Widgets] and [Thing]" glossary { term [Widget] aka [Widgets] = "x" } }'
        ].join('\n'), { path: '/work/a.sla', files: { '/work/glossary.sla': 'glossary G { term [Thing] = "A thing." }' } });
        const summary = agreementOf(result).clauses.find(isSummary) as Summary;
        const mentions = summary.text.parts.filter(isMention) as Mention[];
        expect(mentions.map(mention => mention.term.ref?.name)).toEqual(['Widget', 'Thing']);
    });

    test('terms of a glossary that is not imported are not visible', async () => {
        const result = await checkDocument('agreement A { summary "[Thing]" }', {
            path: '/work/b.sla', files: { '/work/glossary.sla': 'glossary G { term [Thing] = "A thing." }' }
        });
        expect(result.diagnostics.map(diagnostic => diagnostic.code)).toContain('undefined-term');
    });

    test('recovers from syntax errors and still builds the rest of the agreement', async () => {
        const result = await checkDocument([
            'agreement A "Broken" {',
            '    kind internal',
            '    party P provider',
            '    period 2026-01-01 to',
            '    party C customer',
            '    service S { provided by P to C metric M { target >= } }',
            '}'
        ].join('\n'));
        expect(result.document.parseResult.parserErrors.length).toBeGreaterThan(0);
        expect(result.diagnostics.some(diagnostic => diagnostic.code === 'syntax-error')).toBe(true);
        const types = agreementOf(result).clauses.map(clause => clause.$type);
        expect(types).toContain('Kind');
        expect(types).toContain('Service');
    });

    test('an unterminated string does not throw', async () => {
        const services = createTestServices();
        const result = await checkDocument('agreement A { summary "never closed\n party P provider', { services });
        expect(result.diagnostics.some(diagnostic => diagnostic.code === 'syntax-error')).toBe(true);
    });
});
