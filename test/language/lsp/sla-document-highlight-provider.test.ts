import { describe, test } from 'vitest';
import { expectHighlight } from 'langium/test';
import { createTestServices } from '../../helpers/sla-test-services.js';

describe('document highlight', () => {

    test('a term: its name and aliases where defined, every mention by any spelling', async () => {
        await expectHighlight(createTestServices().Sla)({
            text: 'agreement A {\n    term <|[Lead]|> aka <|[Le<|>ads]|> = "A contact."\n    summary "Each <|[Lead]|>, all <|[Leads]|>."\n}',
            index: 0
        });
    });

    test('an identifier, as Langium does it', async () => {
        await expectHighlight(createTestServices().Sla)({
            text: 'agreement A {\n    party <|Ac<|>me|> "Acme IT" provider\n    service S {\n        provided by <|Acme|>\n    }\n}',
            index: 0
        });
    });
});
