import type { LangiumDocument, ReferenceInfo } from 'langium';
import { AstUtils, DefaultScopeProvider } from 'langium';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { SlaScopeProvider } from '../../../packages/language/src/references/sla-scope-provider.js';
import { buildExamples } from '../../helpers/example-documents.js';
import { importAllowed } from '../../../packages/language/src/references/imports.js';
import { buildWorkspace, checkDocument, createTestServices } from '../../helpers/sla-test-services.js';

/** Langium's own scopes over the same symbols, with the SLA global scope: what the name index must answer. */
class StreamingScopeProvider extends DefaultScopeProvider {
    constructor(private readonly sla: SlaScopeProvider, services: ConstructorParameters<typeof DefaultScopeProvider>[0]) {
        super(services);
    }

    protected override getGlobalScope(referenceType: string, context: ReferenceInfo) {
        return (this.sla as unknown as { getGlobalScope(type: string, context: ReferenceInfo): ReturnType<DefaultScopeProvider['getScope']> }).getGlobalScope(referenceType, context);
    }
}

function referencesOf(document: LangiumDocument): ReferenceInfo[] {
    return AstUtils.streamAst(document.parseResult.value).flatMap(node => AstUtils.streamReferences(node)).toArray();
}

describe('SlaScopeProvider', () => {
    let built: Awaited<ReturnType<typeof buildExamples>>;

    beforeAll(async () => {
        built = await buildExamples();
    });

    test('answers every reference of the examples as Langium\'s streamed scopes do', () => {
        const sla = built.services.Sla.references.ScopeProvider as SlaScopeProvider;
        const streaming = new StreamingScopeProvider(sla, built.services.Sla);
        let compared = 0;
        for (const document of built.documents) {
            for (const info of referencesOf(document)) {
                if (info.container.$type === 'MeasurementRow') {
                    continue;
                }
                const name = info.reference.$refText;
                const ours = sla.getScope(info);
                const theirs = streaming.getScope(info);
                expect(ours.getElement(name)).toBe(theirs.getElement(name));
                expect(ours.getElements(name).toArray()).toEqual(theirs.getElements(name).toArray());
                expect(ours.getAllElements().map(description => description.name).toArray()).toEqual(theirs.getAllElements().map(description => description.name).toArray());
                compared++;
            }
        }
        expect(compared).toBeGreaterThan(50);
    });

    test('a duplicated name resolves to the first, and a metric\'s own segment comes before the agreement\'s names', async () => {
        const { document } = await checkDocument([
            'agreement A {',
            '    party P "First" provider',
            '    party P "Second" customer',
            '    goal G "Goal" owned by P',
            '    service S {',
            '        metric M {',
            '            counts "Leads"',
            '            segment Big',
            '        }',
            '    }',
            '    measurements for M { 2026-03-01 4 Big }',
            '}'
        ].join('\n'));
        const goal = AstUtils.streamAst(document.parseResult.value).find(node => node.$type === 'Goal') as unknown as { owner: { ref?: { title?: { $cstNode?: { text: string } } } } };
        expect(goal.owner.ref?.title?.$cstNode?.text).toBe('"First"');
        const row = AstUtils.streamAst(document.parseResult.value).find(node => node.$type === 'MeasurementRow') as unknown as { segment: { ref?: { name: string } } };
        expect(row.segment.ref?.name).toBe('Big');
    });

    test('a changed import changes where a mention resolves, though the rest of the tree is kept', async () => {
        const files = {
            '/work/a.sla': 'glossary A { term [Lead] = "From A." }',
            '/work/b.sla': 'glossary B { term [Lead] = "From B." }'
        };
        const agreement = (glossary: string) => `import "${glossary}"\nagreement X {\n    summary "Counts each [Lead]."\n}`;
        const { services, documents: all } = await buildWorkspace({ ...files, '/work/x.sla': agreement('a.sla') });
        const definitionOf = () => {
            const mention = AstUtils.streamAst(all[2].parseResult.value).find(node => node.$type === 'Mention') as unknown as { term: { ref?: { $container: { name: string } } } };
            return mention.term.ref?.$container.name;
        };
        expect(definitionOf()).toBe('A');
        services.fileSystem.set('/work/x.sla', agreement('b.sla'));
        await services.shared.workspace.DocumentBuilder.update([all[2].uri], []);
        expect(definitionOf()).toBe('B');
    });
});

describe('SlaScopeProvider, asked for a reference the container lacks', () => {
    test('gives an empty scope, as completion asks after the closing brace of a measurements block', async () => {
        const text = [
            'agreement A {',
            '    service S { metric M { counts "Leads" segment Big } }',
            '    measurements for M { 2026-03-01 4 Big }',
            '}'
        ].join('\n');
        const { document, services } = await checkDocument(text);
        const measurements = AstUtils.streamAst(document.parseResult.value).find(node => node.$type === 'Measurements')!;
        const info: ReferenceInfo = { reference: { $refText: '', ref: undefined }, container: measurements, property: 'segment' };
        for (const provider of [services.Sla.references.ScopeProvider, new SlaScopeProvider(services.Sla)]) {
            expect(provider.getScope(info).getAllElements().toArray()).toEqual([]);
        }

        const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        try {
            const position = { line: 2, character: text.split('\n')[2].length };
            const list = await services.Sla.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position });
            expect(list?.items.map(item => item.label)).toContain('termination');
            expect(errors).not.toHaveBeenCalled();
        } finally {
            errors.mockRestore();
        }
    });
});

describe('imports in Restricted Mode', () => {
    const agreement = (path: string) => `import "${path}"\nagreement X {\n    summary "Counts each [Lead]."\n}`;
    const glossary = 'glossary G { term [Lead] = "A contact." }';
    const restricted = async (files: Record<string, string>, folders: string[]) => {
        const services = createTestServices(files);
        services.Sla.sla.Settings.restricted = true;
        services.Sla.sla.Settings.workspaceFolders = folders;
        return checkDocument(agreement(Object.keys(files)[0].startsWith('/work/') ? 'glossary.sla' : '../shared/glossary.sla'), { files, path: '/work/x.sla', services });
    };
    const resolved = (document: LangiumDocument) => {
        const mention = AstUtils.streamAst(document.parseResult.value).find(node => node.$type === 'Mention') as unknown as { term: { ref?: unknown } };
        return mention.term.ref !== undefined;
    };

    test('an import outside the workspace folders is not followed: the mention is undefined, the model has no imported term', async () => {
        const checked = await restricted({ '/shared/glossary.sla': glossary }, ['file:///work']);
        expect(resolved(checked.document)).toBe(false);
        expect(checked.diagnostics.filter(diagnostic => diagnostic.code === 'undefined-term').map(diagnostic => diagnostic.message))
            .toEqual(['The term \'Lead\' is not defined. Define it in a glossary (term [Lead] = "…"), import a shared glossary that defines it, or fix the spelling.']);
        expect(checked.services.Sla.sla.ModelProvider.importedTerms(checked.document)).toEqual([]);
    });

    test('near miss: an import inside a workspace folder is followed', async () => {
        const checked = await restricted({ '/work/glossary.sla': glossary }, ['file:///work']);
        expect(resolved(checked.document)).toBe(true);
        expect(checked.services.Sla.sla.ModelProvider.importedTerms(checked.document).map(term => term.$container.$type)).toEqual(['SharedGlossary']);
    });

    test('near miss: trusted, the import outside is followed', async () => {
        const checked = await checkDocument(agreement('../shared/glossary.sla'), { files: { '/shared/glossary.sla': glossary }, path: '/work/x.sla' });
        expect(resolved(checked.document)).toBe(true);
    });
});

describe('importAllowed', () => {
    test('restricted: only inside a folder, never a sibling folder that shares its name as prefix', () => {
        const settings = { restricted: true, workspaceFolders: ['file:///work', 'file:///other/'] };
        expect(importAllowed('file:///work/a/g.sla', settings)).toBe(true);
        expect(importAllowed('file:///other/g.sla', settings)).toBe(true);
        expect(importAllowed('file:///work2/g.sla', settings)).toBe(false);
        expect(importAllowed('file:///g.sla', settings)).toBe(false);
        expect(importAllowed('file:///work/g.sla', { restricted: true, workspaceFolders: [] })).toBe(false);
        expect(importAllowed('file:///g.sla', { restricted: false, workspaceFolders: [] })).toBe(true);
    });
});
