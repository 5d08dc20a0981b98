import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createSlaServices } from 'sla-language';

/** Every `.sla` file under `examples/`, shared glossary included. */
export function exampleFiles(): string[] {
    const folder = fileURLToPath(new URL('../../examples', import.meta.url));
    return readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter(name => name.endsWith('.sla'))
        .sort()
        .map(name => join(folder, name));
}

/** The examples loaded from disk and fully built (linked, indexed, validated) together. */
export async function buildExamples(): Promise<{ services: ReturnType<typeof createSlaServices>; documents: LangiumDocument[] }> {
    const services = createSlaServices(NodeFileSystem);
    const documents: LangiumDocument[] = [];
    for (const file of exampleFiles()) {
        documents.push(await services.shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file(file)));
    }
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return { services, documents };
}
