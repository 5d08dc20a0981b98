import { describe, expect, test } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { IssueCodes, IssueDefaults } from 'sla-language';
import { createTestServices } from '../../helpers/sla-test-services.js';
import { base, check, codes, expectClean } from './validation-helpers.js';

const VAGUE = '    summary "We answer promptly."';

describe('severity settings', () => {
    test('each finding has its default severity', async () => {
        const checked = await check(base({ extra: [VAGUE, '    term [Case] = "A request."'] }));
        expect(checked.diagnostics.map(diagnostic => [diagnostic.code, diagnostic.severity])).toEqual([
            [IssueCodes.UnusedTerm, DiagnosticSeverity.Warning],
            [IssueCodes.VagueWording, DiagnosticSeverity.Warning]
        ]);
        expect(IssueDefaults['vague-wording'].severity).toBe('warning');
    });

    test('a code turned off is not reported', async () => {
        const services = createTestServices();
        services.Sla.sla.Settings.update({ severities: { 'vague-wording': 'off' } });
        expectClean(await check(base({ extra: [VAGUE] }), { services }));
    });

    test('prototype keys and values change nothing: every finding keeps its default severity', async () => {
        const services = createTestServices();
        const hostile = JSON.parse('{ "__proto__": { "vague-wording": "off" }, "constructor": "off", "toString": "off", "vague-wording": "toString", "unused-term": "hasOwnProperty" }');
        services.Sla.sla.Settings.update({ severities: hostile });
        expect(Object.keys(services.Sla.sla.Settings.values.severities)).toEqual([]);
        const checked = await check(base({ extra: [VAGUE, '    term [Case] = "A request."'] }), { services });
        expect(checked.diagnostics.map(diagnostic => [diagnostic.code, diagnostic.severity])).toEqual([
            [IssueCodes.UnusedTerm, DiagnosticSeverity.Warning],
            [IssueCodes.VagueWording, DiagnosticSeverity.Warning]
        ]);
    });

    test('a code raised to error, or lowered to a hint', async () => {
        const services = createTestServices();
        services.Sla.sla.Settings.update({ severities: { 'vague-wording': 'error', 'unused-term': 'hint' } });
        const checked = await check(base({ extra: [VAGUE, '    term [Case] = "A request."'] }), { services });
        expect(checked.diagnostics.map(diagnostic => [diagnostic.code, diagnostic.severity])).toEqual([
            [IssueCodes.UnusedTerm, DiagnosticSeverity.Hint],
            [IssueCodes.VagueWording, DiagnosticSeverity.Error]
        ]);
    });
});

describe('sla-ignore comments', () => {
    test('on the line above', async () => {
        expectClean(await check(base({ extra: ['    // sla-ignore vague-wording', VAGUE] })));
    });

    test('at the end of the line', async () => {
        expectClean(await check(base({ extra: [`${VAGUE} // sla-ignore vague-wording`] })));
    });

    test('several codes in one comment', async () => {
        expectClean(await check(base({ extra: ['    // sla-ignore vague-wording, undefined-term', '    summary "We answer [Cases] promptly."'] })));
    });

    test('near miss: another code, or a comment two lines above, suppresses nothing', async () => {
        expect(codes(await check(base({ extra: ['    // sla-ignore unused-term', VAGUE] })))).toEqual([IssueCodes.VagueWording]);
        expect(codes(await check(base({ extra: ['    // sla-ignore vague-wording', '', VAGUE] })))).toEqual([IssueCodes.VagueWording]);
    });

    test('a finding on the agreement name, suppressed above the agreement', async () => {
        const text = `// sla-ignore missing-review\n${base({ replace: [['    review every year with Provider, Customer\n', '']] })}`;
        expectClean(await check(text));
    });
});

describe('links to the diagnostics page', () => {
    test('without a page, diagnostics carry no link', async () => {
        const checked = await check(base({ extra: [VAGUE] }));
        expect(checked.diagnostics.map(diagnostic => diagnostic.codeDescription)).toEqual([undefined]);
    });

    test('with the page the server ships, each code links to its own section', async () => {
        const services = createTestServices();
        services.Sla.sla.Settings.diagnosticsPage = 'file:///opt/sla/docs/diagnostics.md';
        const checked = await check(base({ extra: [VAGUE] }), { services });
        expect(checked.diagnostics.map(diagnostic => diagnostic.codeDescription)).toEqual([{ href: 'file:///opt/sla/docs/diagnostics.md#vague-wording' }]);
    });
});
