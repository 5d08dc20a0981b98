import { describe, expect, test } from 'vitest';
import { AstUtils, GrammarAST } from 'langium';
import { createTestServices } from '../../helpers/sla-test-services.js';
import { CLAUSE_DOCS, isValueKeyword, keywordMarkdown, keywordRuleName, PUNCTUATION, VALUE_DOCS } from '../../../packages/language/src/lsp/keyword-docs.js';

describe('keyword explanations', () => {
    const grammar = createTestServices().Sla.Grammar;
    const keywords = AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword).filter(keyword => !PUNCTUATION.has(keyword.value)).toArray();

    test('every keyword of the grammar has one: a value its own, a clause word its clause\'s', () => {
        const missing = keywords
            .filter(keyword => keywordMarkdown(keyword.value, keywordRuleName(keyword), isValueKeyword(keyword)) === undefined)
            .map(keyword => `${keywordRuleName(keyword)}: ${keyword.value}`);
        expect(missing).toEqual([]);
    });

    test('values and clauses are told apart by the grammar', () => {
        const kind = (value: string, rule: string) => keywords.find(keyword => keyword.value === value && keywordRuleName(keyword) === rule)!;
        expect(isValueKeyword(kind('internal', 'Kind'))).toBe(true);
        expect(isValueKeyword(kind('involved', 'Party'))).toBe(true);
        expect(isValueKeyword(kind('>=', 'Comparator'))).toBe(true);
        expect(isValueKeyword(kind('kind', 'Kind'))).toBe(false);
        expect(isValueKeyword(kind('by', 'Control'))).toBe(false);
        expect(isValueKeyword(kind('=', 'Term'))).toBe(false);
    });

    test('every explanation is short: whole sentences, three at most', () => {
        for (const doc of [...Object.values(VALUE_DOCS), ...Object.values(CLAUSE_DOCS).map(clause => clause.doc)]) {
            expect(doc).toMatch(/^[A-Z>].*\.$/s);
            expect(doc.split(/\.\s/).length).toBeLessThanOrEqual(3);
        }
    });

    test('every clause explained is a rule of the grammar, under its AST type\'s name', () => {
        const rules = new Set(grammar.rules.map(rule => rule.name));
        expect(Object.keys(CLAUSE_DOCS).filter(type => !rules.has(type))).toEqual([]);
    });

    test('punctuation has none', () => {
        expect(keywordMarkdown('{', 'Service', false)).toBeUndefined();
    });

    test('a term\'s = is the term\'s, a comparator = is the value\'s', () => {
        expect(keywordMarkdown('=', 'Term', false)).toBe(`**=** — ${CLAUSE_DOCS.Term.doc}\n\n\`${CLAUSE_DOCS.Term.syntax}\``);
        expect(keywordMarkdown('=', 'Comparator', true)).toBe('**=** — Exactly the value.');
    });
});
