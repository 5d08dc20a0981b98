import { describe, expect, test } from 'vitest';
import { expectSemanticToken, highlightHelper } from 'langium/test';
import { SemanticTokenTypes } from 'vscode-languageserver';
import { createTestServices } from '../../helpers/sla-test-services.js';

describe('semantic tokens', () => {

    test('terms stand out where defined, mentioned in prose and counted; undefined mentions stay text', async () => {
        const { Sla } = createTestServices();
        const tokens = await highlightHelper(Sla)(`agreement A {
    term <|[Lead]|> aka <|[Leads]|> = "A contact."
    summary "Each <|[Lead]|> and all <|[Leads]|>, not [Nothing]."
    service S {
        metric M {
            counts <|[Lead]|>
        }
    }
}`);
        for (let rangeIndex = 0; rangeIndex < 5; rangeIndex++) {
            expectSemanticToken(tokens, { rangeIndex, tokenType: SemanticTokenTypes.variable });
        }
        const modifiers = Object.entries(Sla.lsp.SemanticTokenProvider!.tokenModifiers);
        const names = (mask: number) => modifiers.filter(([, bit]) => (mask & bit) !== 0).map(([name]) => name);
        expect(tokens.tokens.map(token => [token.text, token.tokenType, names(token.tokenModifiers)])).toEqual([
            ['[Lead]', 'variable', ['declaration', 'readonly']],
            ['[Leads]', 'variable', ['declaration', 'readonly']],
            ['[Lead]', 'variable', ['readonly']],
            ['[Leads]', 'variable', ['readonly']],
            ['[Lead]', 'variable', ['readonly']]
        ]);
    });
});
