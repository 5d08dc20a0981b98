/**
 * Typing through the editor's path (the document builder's update) gives the diagnostics a
 * check from scratch gives. An edit inside one block reparses only that block and keeps the
 * rest of the tree, with whatever was kept per node; a stale value anywhere would show here
 * as a diagnostic that differs from the one of a fresh document with the same text.
 */
import { dirname, join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { randomEdit } from '../helpers/random-edit.js';
import { createExampleServices, createRandom, exampleAgreements, fuzzSettings, setDocument } from './harness.js';

const STEPS_PER_EXAMPLE = 120;

function described(diagnostics: Diagnostic[] | undefined): string[] {
    return (diagnostics ?? []).map(diagnostic => {
        const { start, end } = diagnostic.range;
        return `${start.line}:${start.character}-${end.line}:${end.character} ${diagnostic.severity} ${diagnostic.code} ${diagnostic.message}`;
    }).sort();
}

describe('typing through the document builder', () => {
    it('gives after every edit the diagnostics of a fresh document with the same text', async () => {
        const { seed } = fuzzSettings(0);
        const random = createRandom(seed + 7);
        const typing = await createExampleServices();
        const fresh = await createExampleServices();
        let steps = 0;
        let reparsed = 0;
        for (const example of exampleAgreements().filter(agreement => !agreement.path.endsWith('glossary.sla'))) {
            // Next to the example, so its imports and CSV files resolve alike for both.
            const path = join(dirname(example.path), 'typed.sla');
            let text = example.text;
            let valid = text;
            let document = await setDocument(typing, path, text);
            for (let step = 0; step < STEPS_PER_EXAMPLE; step++) {
                const broken = document.parseResult.parserErrors.length + document.parseResult.lexerErrors.length > 0;
                // After a break, as often as not the next edit mends it, as typing on does.
                text = broken && random.chance(0.5) ? valid : randomEdit(text, random);
                const root = document.parseResult.value;
                document = await setDocument(typing, path, text);
                reparsed += document.parseResult.value === root ? 1 : 0;
                if (document.parseResult.parserErrors.length + document.parseResult.lexerErrors.length === 0) {
                    valid = text;
                }
                const freshPath = join(dirname(example.path), `fresh-${steps}.sla`);
                const expected = await setDocument(fresh, freshPath, text);
                expect(described(document.diagnostics), `${example.path}, edit ${step}`).toEqual(described(expected.diagnostics));
                await fresh.shared.workspace.DocumentBuilder.update([], [URI.file(freshPath)]);
                steps++;
            }
        }
        console.log(`incremental edits: ${steps} edits typed into the examples, ${reparsed} reparsed one block, each with a fresh document's diagnostics`);
        expect(steps).toBe(3 * STEPS_PER_EXAMPLE);
        expect(reparsed).toBeGreaterThan(steps / 4);
    }, 120_000);
});
