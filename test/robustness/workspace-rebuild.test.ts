/**
 * Typing in one agreement of a large workspace stays cheap: an agreement with an unresolved
 * name is not relinked and revalidated on every keystroke elsewhere (Langium's default),
 * only when a file it imports changes, which is the only way such a name can resolve.
 * And it does resolve then: defining the missing term in the shared glossary fixes it.
 */
import { Cancellation, DocumentState, OperationCancelled, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { buildWorkspace } from '../helpers/sla-test-services.js';

const GLOSSARY = 'glossary Shared "Shared terms" {\n    term [Lead] = "A contact."\n}\n';
const agreement = (name: string, mention: string) => `import "glossary.sla"
agreement ${name} "${name}" {
    summary "Every ${mention} counts."
}
`;

describe('rebuilding a workspace after a change', () => {
    it('relinks an agreement with an unresolved term only when a file it imports changes', async () => {
        const { services, documents: [glossary, broken, typing] } = await buildWorkspace({
            '/work/glossary.sla': GLOSSARY,
            '/work/broken.sla': agreement('Broken', '[Prospect]'),
            '/work/typing.sla': agreement('Typing', '[Lead]')
        });
        const builder = services.shared.workspace.DocumentBuilder;
        const relinked: string[] = [];
        const listener = builder.onDocumentPhase(DocumentState.Linked, document => { relinked.push(document.uri.path); });
        expect(broken.diagnostics?.map(diagnostic => diagnostic.code)).toContain('undefined-term');

        // A keystroke in another agreement: the broken one is left alone.
        services.fileSystem.set('/work/typing.sla', agreement('Typing', '[Leads]'));
        await builder.update([typing.uri], []);
        expect(relinked).toEqual(['/work/typing.sla']);
        expect(broken.state).toBe(DocumentState.Validated);

        // The shared glossary gains the missing term: the agreement that imports it resolves it.
        relinked.length = 0;
        services.fileSystem.set('/work/glossary.sla', GLOSSARY.replace('}', '    term [Prospect] = "A lead not yet qualified."\n}'));
        await builder.update([glossary.uri], []);
        expect(relinked).toContain('/work/broken.sla');
        expect(broken.diagnostics?.map(diagnostic => diagnostic.code)).not.toContain('undefined-term');
        listener.dispose();
    });

    it('revalidates an agreement whose imported file was missing when the file is created', async () => {
        const { services, documents: [alone] } = await buildWorkspace({ '/work/alone.sla': 'import "glossary.sla"\nagreement Alone "Alone" {\n}\n' });
        const unresolved = () => alone.diagnostics?.filter(diagnostic => diagnostic.code === 'unresolved-reference').map(diagnostic => diagnostic.message);
        expect(unresolved()).toEqual(['The imported file \'glossary.sla\' is not found. Fix the path, relative to this file, or create the glossary.']);
        services.fileSystem.set('/work/glossary.sla', GLOSSARY);
        await services.shared.workspace.DocumentBuilder.update([URI.file('/work/glossary.sla')], []);
        expect(unresolved()).toEqual([]);
    });

    it('validates a changed glossary before it relinks the agreements that use it, and relinks them after', async () => {
        const { services, documents: loaded } = await buildWorkspace({
            '/work/glossary.sla': GLOSSARY,
            '/work/a.sla': agreement('A', '[Lead]'),
            '/work/b.sla': agreement('B', '[Lead]')
        });
        const builder = services.shared.workspace.DocumentBuilder;
        const model = () => services.Sla.sla.ModelProvider.modelOf(loaded[1])?.terms.map(term => term.definition.map(part => part.kind === 'text' ? part.text : '').join(''));
        expect(model()).toEqual(['A contact.']);

        const events: string[] = [];
        const listeners = [DocumentState.Linked, DocumentState.Validated].map(state =>
            builder.onDocumentPhase(state, document => { events.push(`${DocumentState[state]} ${document.uri.path}`); }));
        services.fileSystem.set('/work/glossary.sla', GLOSSARY.replace('A contact.', 'A contact with a name.'));
        await builder.update([loaded[0].uri], []);
        listeners.forEach(listener => listener.dispose());

        expect(events.slice(0, 2)).toEqual(['Linked /work/glossary.sla', 'Validated /work/glossary.sla']);
        expect(events.slice(2).sort()).toEqual(['Linked /work/a.sla', 'Linked /work/b.sla', 'Validated /work/a.sla', 'Validated /work/b.sla']);
        // The agreement's model holds the glossary's new definition.
        expect(model()).toEqual(['A contact with a name.']);
    });

    it('relinks the agreements on the next update when the update that changed their glossary is cancelled', async () => {
        const { services, documents: loaded } = await buildWorkspace({ '/work/glossary.sla': GLOSSARY, '/work/a.sla': agreement('A', '[Lead]') });
        const builder = services.shared.workspace.DocumentBuilder;
        expect(loaded[1].diagnostics?.map(diagnostic => diagnostic.code)).not.toContain('undefined-term');

        // The glossary loses the term; the update is cancelled as soon as the glossary is validated.
        const cancel = new Cancellation.CancellationTokenSource();
        const listener = builder.onDocumentPhase(DocumentState.Validated, document => {
            if (document.uri.path === '/work/glossary.sla') {
                cancel.cancel();
            }
        });
        services.fileSystem.set('/work/glossary.sla', GLOSSARY.replace('[Lead]', '[Prospect]'));
        await expect(builder.update([loaded[0].uri], [], cancel.token)).rejects.toBe(OperationCancelled);
        listener.dispose();
        expect(loaded[1].state).toBeLessThan(DocumentState.Linked);

        await builder.update([], []);
        expect(loaded[1].state).toBe(DocumentState.Validated);
        expect(loaded[1].diagnostics?.map(diagnostic => diagnostic.code)).toContain('undefined-term');
    });
});
