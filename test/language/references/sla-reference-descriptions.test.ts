import type { LangiumDocument, ReferenceDescription } from 'langium';
import { DefaultReferenceDescriptionProvider } from 'langium';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildExamples } from '../../helpers/example-documents.js';

function inSourceOrder(descriptions: ReferenceDescription[]): ReferenceDescription[] {
    return [...descriptions].sort((a, b) => a.segment.offset - b.segment.offset);
}

let built: Awaited<ReturnType<typeof buildExamples>>;
let documents: LangiumDocument[];

beforeAll(async () => {
    built = await buildExamples();
    documents = built.documents;
});

describe('SlaReferenceDescriptionProvider', () => {
    test('indexes exactly what Langium\'s walk over every node indexes, for each example', async () => {
        const ours = built.services.Sla.workspace.ReferenceDescriptionProvider;
        const langiums = new DefaultReferenceDescriptionProvider(built.services.Sla);
        let total = 0;
        for (const document of documents) {
            // The same descriptions; their order does not matter to the index.
            const expected = inSourceOrder(await langiums.createDescriptions(document));
            expect(inSourceOrder(await ours.createDescriptions(document))).toEqual(expected);
            total += expected.length;
        }
        expect(total).toBeGreaterThan(50);
    });

    test('indexes a shared glossary term used in another file under that file', async () => {
        const ours = built.services.Sla.workspace.ReferenceDescriptionProvider;
        const agreement = documents.find(document => document.uri.path.endsWith('it-service-desk.sla'))!;
        const descriptions = await ours.createDescriptions(agreement);
        const external = descriptions.filter(description => !description.local);
        expect(external.length).toBeGreaterThan(0);
        expect(external.every(description => description.targetUri.path.endsWith('common-glossary.sla'))).toBe(true);
    });
});
