import { describe, expect, test } from 'vitest';
import { parseHelper } from 'langium/test';
import { createTestServices } from '../../helpers/sla-test-services.js';
import type { ClauseTemplate } from '../../../packages/language/src/lsp/clause-templates.js';
import { CLAUSE_TEMPLATES, indentFollowingLines, snippetToText } from '../../../packages/language/src/lsp/clause-templates.js';
import { formatText } from './lsp-test-helpers.js';

const CONTEXT = { provider: 'Acme', customer: 'Shop', metric: 'Resolved', year: 2026 };

/** A document with the template's text where its clause belongs. */
function placed(template: ClauseTemplate): string {
    const text = snippetToText(template.snippet(CONTEXT));
    switch (template.rule) {
        case 'Agreement':
            return `${text}\n`;
        case 'Metric':
            return `agreement A {\n    service S {\n        ${indentFollowingLines(text, '        ')}\n    }\n}\n`;
        case 'Computation':
            return `agreement A {\n    service S {\n        metric M {\n            ${text}\n        }\n    }\n}\n`;
        case 'CreditTier':
        case 'EarnBack':
        case 'Penalty':
        case 'Reward':
            return `agreement A {\n    remedies {\n        ${indentFollowingLines(text, '        ')}\n    }\n}\n`;
        default:
            return `agreement A {\n    ${indentFollowingLines(text, '    ')}\n}\n`;
    }
}

describe('clause templates', () => {

    test.each(CLAUSE_TEMPLATES.map(template => [template.rule, template] as const))('%s: its plain text parses and is formatted', async (_, template) => {
        const services = createTestServices();
        const text = placed(template);
        const document = await parseHelper(services.Sla)(text);
        expect(document.parseResult.lexerErrors).toEqual([]);
        expect(document.parseResult.parserErrors.map(error => error.message)).toEqual([]);
        expect(await formatText(document, services)).toBe(text);
    });

    test('plain text keeps each placeholder\'s default and the first choice', () => {
        expect(snippetToText('target ${1|>=,<=|} ${2:100} per ${3|month,week|}$0')).toBe('target >= 100 per month');
        expect(snippetToText('service ${1:Name} {\n    $0\n}')).toBe('service Name {\n}');
    });

    test('the lines after the first follow the place of insertion', () => {
        expect(indentFollowingLines('a {\n    b\n\n}', '    ')).toBe('a {\n        b\n\n    }');
    });
});
