import { beforeEach, describe, expect, test } from 'vitest';
import { expectFindReferences, parseHelper } from 'langium/test';
import type { TestServices } from '../../helpers/sla-test-services.js';
import { createTestServices } from '../../helpers/sla-test-services.js';

let services: TestServices;
let references: ReturnType<typeof expectFindReferences>;

beforeEach(() => {
    services = createTestServices();
    references = expectFindReferences(services.Sla);
});

describe('find references', () => {

    test('a party: its declaration and every reference', async () => {
        await references({
            text: 'agreement A {\n    party <|<|>Acme|> "Acme IT" provider\n    service S {\n        provided by <|Acme|>\n    }\n    review every year with <|Acme|>\n}',
            includeDeclaration: true
        });
    });

    test('a term from its name, an alias or a mention: every spelling, in prose and counts', async () => {
        const text = (marker: (spot: number) => string) => `agreement A {\n    term <|${marker(0)}[Lead]|> aka <|${marker(1)}[Leads]|> = "A contact."\n    summary "Each <|${marker(2)}[Lead]|>, all <|[Leads]|>."\n    service S {\n        metric M {\n            counts <|[Lead]|>\n        }\n    }\n}`;
        for (const spot of [0, 1, 2]) {
            await references({ text: text(index => index === spot ? '<|>' : ''), includeDeclaration: true });
        }
    });

    test('without the declaration: the mentions only', async () => {
        await references({
            text: 'agreement A {\n    term [<|>Lead] aka [Leads] = "A contact."\n    summary "Each <|[Lead]|>, all <|[Leads]|>."\n}',
            includeDeclaration: false
        });
    });

    test('a shared glossary term is found in the files that import it', async () => {
        const glossary = await parseHelper(services.Sla)('glossary Common {\n    term [Business Day] = "Monday to Friday."\n}', { documentUri: 'file:///work/common.sla' });
        await parseHelper(services.Sla)('import "common.sla"\nagreement A {\n    summary "One [Business Day]."\n}', { documentUri: 'file:///work/a.sla' });
        const locations = await services.Sla.lsp.ReferencesProvider!.findReferences(glossary, {
            textDocument: { uri: glossary.textDocument.uri },
            position: { line: 1, character: 12 },
            context: { includeDeclaration: false }
        });
        expect(locations).toEqual([{
            uri: 'file:///work/a.sla',
            range: { start: { line: 2, character: 17 }, end: { line: 2, character: 31 } }
        }]);
    });
});
