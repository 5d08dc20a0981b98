import { beforeEach, describe, expect, test } from 'vitest';
import { expectGoToDefinition, parseHelper } from 'langium/test';
import type { TestServices } from '../../helpers/sla-test-services.js';
import { createTestServices } from '../../helpers/sla-test-services.js';

let services: TestServices;
let goTo: ReturnType<typeof expectGoToDefinition>;

beforeEach(() => {
    services = createTestServices();
    goTo = expectGoToDefinition(services.Sla);
});

describe('go to definition', () => {

    test('a party from a reference', async () => {
        await goTo({
            text: 'agreement A {\n    party <|Acme|> "Acme IT" provider\n    service S {\n        provided by Ac<|>me\n    }\n}',
            index: 0,
            rangeIndex: 0
        });
    });

    test('a metric declared in a service, from the measurements', async () => {
        await goTo({
            text: 'agreement A {\n    service S {\n        metric <|Leads|> {\n        }\n    }\n    measurements for <|>Leads from "leads.csv"\n}',
            index: 0,
            rangeIndex: 0
        });
    });

    test('a term mention in prose leads to the term\'s name', async () => {
        await goTo({
            text: 'agreement A {\n    term <|[Lead]|> aka [Leads] = "A contact."\n    summary "Each [L<|>ead] counts."\n}',
            index: 0,
            rangeIndex: 0
        });
    });

    test('a mention by an alias leads to the alias', async () => {
        await goTo({
            text: 'agreement A {\n    term [Lead] aka <|[Leads]|> = "A contact."\n    service S {\n        metric M {\n            counts [Le<|>ads]\n        }\n    }\n}',
            index: 0,
            rangeIndex: 0
        });
    });

    test('a term of an imported glossary leads into its file', async () => {
        await parseHelper(services.Sla)('glossary Common {\n    term [Business Day] = "Monday to Friday."\n}', { documentUri: 'file:///work/common.sla' });
        const document = await parseHelper(services.Sla)('import "common.sla"\nagreement A {\n    summary "One [Business Day]."\n}', { documentUri: 'file:///work/a.sla' });
        const links = await services.Sla.lsp.DefinitionProvider!.getDefinition(document, {
            textDocument: { uri: document.textDocument.uri },
            position: { line: 2, character: 20 }
        });
        expect(links).toEqual([{
            targetUri: 'file:///work/common.sla',
            targetRange: { start: { line: 1, character: 4 }, end: { line: 1, character: 45 } },
            targetSelectionRange: { start: { line: 1, character: 9 }, end: { line: 1, character: 23 } },
            originSelectionRange: { start: { line: 2, character: 17 }, end: { line: 2, character: 31 } }
        }]);
    });

    test('an undefined term goes nowhere', async () => {
        const document = await parseHelper(services.Sla)('agreement A {\n    summary "One [Nothing]."\n}');
        expect(await services.Sla.lsp.DefinitionProvider!.getDefinition(document, {
            textDocument: { uri: document.textDocument.uri },
            position: { line: 1, character: 20 }
        })).toBeUndefined();
    });
});
