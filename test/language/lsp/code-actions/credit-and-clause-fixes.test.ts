import * as fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { IssueCodes } from 'sla-language';
import { checkDocument } from '../../../helpers/sla-test-services.js';
import { applyQuickFix } from '../lsp-test-helpers.js';

const fixture = (code: string) => fs.readFileSync(new URL(`../../../fixtures/diagnostics/${code}.sla`, import.meta.url), 'utf8');

describe('credit and clause quick-fixes', () => {
    test('credits-without-fee: names the one fee the agreement declares, and the finding is gone', async () => {
        const { fixed, titles } = await applyQuickFix(fixture('credits-without-fee'), IssueCodes.CreditsWithoutFee);
        expect(titles).toEqual(['Credit a percentage of HostingFee']);
        expect(fixed).toContain('    credits Standard of HostingFee for Availability {\n');
        expect((await checkDocument(fixed)).diagnostics).toEqual([]);
    });

    test('credits-without-fee: no fix when the agreement declares no fee or several', async () => {
        const none = fixture('credits-without-fee').replace('    fee HostingFee 12000 EUR per month\n', '');
        const { diagnostics, document, services } = await checkDocument(none);
        const diagnostic = diagnostics.find(candidate => candidate.code === IssueCodes.CreditsWithoutFee)!;
        const actions = await services.Sla.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.textDocument.uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        });
        expect(actions).toEqual([]);
    });

    test('duplicate-clause: removes the repeated clause with its line, and the agreement is clean', async () => {
        const text = fixture('duplicate-clause');
        const { fixed, titles } = await applyQuickFix(text, IssueCodes.DuplicateClause);
        expect(titles).toEqual(['Remove the repeated clause']);
        expect(fixed).toBe(text.replace('            target >= 99.5 % per month\n', ''));
        expect((await checkDocument(fixed)).diagnostics).toEqual([]);
    });

    test('overlapping-credit-tiers on an exact repeat: removes the repeated tier with its line, and the agreement is clean', async () => {
        const text = fixture('overlapping-credit-tiers').replace('        100 % below 99.0 %\n', '        10 % from 98.0 % to below 99.9 %\n        100 % below 98.0 %\n');
        const { fixed, titles } = await applyQuickFix(text, IssueCodes.OverlappingCreditTiers);
        expect(titles).toEqual(['Remove the duplicate tier']);
        expect(fixed).toBe(text.replace('        10 % from 98.0 % to below 99.9 %\n        10 %', '        10 %'));
        expect((await checkDocument(fixed)).diagnostics).toEqual([]);
    });

    test('overlapping-credit-tiers that only overlap: no fix, which tier to change is a choice', async () => {
        const { diagnostics, document, services } = await checkDocument(fixture('overlapping-credit-tiers'));
        const diagnostic = diagnostics.find(candidate => candidate.code === IssueCodes.OverlappingCreditTiers)!;
        const actions = await services.Sla.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.textDocument.uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        });
        expect(actions).toEqual([]);
    });
});
