/**
 * Fuzzing: the examples, mutated the way typing and pasting break them, go through parse,
 * every check, and every editor and preview feature. No case may throw, crash a check or
 * take longer than the per-case bound. Seeded: `SLA_FUZZ_SEED=… SLA_FUZZ_CASES=…` reproduce
 * or extend a run; failing inputs are written to test-artifacts/robustness/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Position } from 'vscode-languageserver-types';
import { featuresRun, runFeatures } from './features.js';
import {
    createExampleServices, createRandom, exampleAgreements, fuzzSettings, guard, loadRenderer, setDocument, type Failure
} from './harness.js';
import { pickMutation, type TokenSpan } from './mutations.js';

/** A case slower than this is a hang, even on a loaded 2-core CI machine (typical: 20–60 ms). */
const CASE_BOUND_MS = 5_000;
const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/robustness/', import.meta.url));

interface CaseReport {
    index: number;
    example: string;
    mutations: string[];
    failures: Failure[];
    file: string;
}

describe('fuzzing the examples', () => {
    const errors: string[] = [];
    const consoleError = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
        errors.push(args.map(String).join(' '));
    });
    afterAll(() => consoleError.mockRestore());

    it('survives mutated agreements: no exception, no crashed check, no hang', async () => {
        const { seed, cases } = fuzzSettings(1200);
        const random = createRandom(seed);
        const services = await createExampleServices();
        const renderer = await loadRenderer();
        const examples = exampleAgreements();
        const lexer = services.Sla.parser.Lexer;
        const tokensOf = (text: string): TokenSpan[] =>
            lexer.tokenize(text).tokens.map(token => ({ type: token.tokenType.name, start: token.startOffset, end: token.endOffset + 1 }));

        const reports: CaseReport[] = [];
        let slowest = { ms: 0, index: -1, mutations: [] as string[] };
        let diagnostics = 0;
        const started = performance.now();
        for (let index = 0; index < cases; index++) {
            const example = random.pick(examples);
            const mutations: string[] = [];
            let text = example.text;
            for (let count = 1 + random.int(3); count > 0; count--) {
                const mutation = pickMutation(random);
                text = mutation.apply(text, tokensOf(text), random);
                mutations.push(mutation.name);
            }
            const path = join(dirname(example.path), 'fuzz-case.sla');
            const failures: Failure[] = [];
            errors.length = 0;
            const start = performance.now();
            const document = await guard(failures, 'parse and check', () => setDocument(services, path, text));
            if (document) {
                diagnostics += document.diagnostics?.length ?? 0;
                const positions: Position[] = [0, 1, 2].map(() => document.textDocument.positionAt(random.int(text.length + 1)));
                const bracket = text.indexOf('[', random.int(text.length + 1));
                if (bracket >= 0) {
                    positions.push(document.textDocument.positionAt(bracket + 1));
                }
                failures.push(...await runFeatures(services, document, positions, renderer));
            }
            const ms = performance.now() - start;
            failures.push(...errors.map(message => ({ feature: 'console.error', message })));
            if (ms > CASE_BOUND_MS) {
                failures.push({ feature: 'time', message: `took ${ms.toFixed(0)} ms (bound ${CASE_BOUND_MS} ms)` });
            }
            if (process.env.SLA_FUZZ_TRACE) {
                console.log(`case ${index}: ${ms.toFixed(0)} ms, ${text.length} chars, ${mutations.join(' + ')}`);
            }
            if (ms > slowest.ms) {
                slowest = { ms, index, mutations };
            }
            if (failures.length > 0) {
                mkdirSync(ARTIFACTS, { recursive: true });
                const file = join(ARTIFACTS, `fuzz-${seed}-${index}.sla`);
                writeFileSync(file, text);
                reports.push({ index, example: example.path, mutations, failures: failures.slice(0, 3), file });
            }
        }
        const seconds = (performance.now() - started) / 1000;
        console.log(`fuzz: ${cases} cases (seed ${seed}) in ${seconds.toFixed(1)} s, ${diagnostics} diagnostics; `
            + `features run: ${[...featuresRun].sort().join(', ')}; `
            + `slowest case #${slowest.index} ${slowest.ms.toFixed(0)} ms (${slowest.mutations.join(' + ')})`);
        expect(reports.slice(0, 5)).toEqual([]);
    }, 300_000);
});
