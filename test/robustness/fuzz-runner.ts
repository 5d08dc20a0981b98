/**
 * The fuzz loop: the examples, mutated the way typing and pasting break them, go through
 * parse, every check, and every editor and preview feature. A case fails on an exception,
 * a crashed check, a `console.error`, or when it takes longer than the per-case bound.
 *
 * Seeded and reproducible: `SLA_FUZZ_SEED=…` and `SLA_FUZZ_CASES=…` change or extend a run,
 * `SLA_FUZZ_ONLY=<case>` reruns one case (each case has its own generator),
 * `SLA_FUZZ_TRACE=1` prints per-case and per-feature times. Failing inputs are written to
 * test-artifacts/robustness/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';
import type { Position } from 'vscode-languageserver-types';
import { featureTimes, featuresRun, recordTime, runFeatures } from './features.js';
import {
    createExampleServices, createRandom, exampleAgreements, fuzzSettings, guard, loadRenderer, setDocument, type Failure
} from './harness.js';
import { pickMutation, type Mutation, type TokenSpan } from './mutations.js';

/**
 * A case slower than this is a hang. Typical cases take 10–60 ms; texts of 100k characters
 * or thousands of nested braces up to about 4 s on a quiet 2-core machine, and three times
 * that with both cores busy with other jobs (12 s seen at a load of 15): the bound leaves a
 * wide margin, since the suite must hold on a busy machine. The slowest case is reported
 * either way. A synchronous endless loop is caught by the test's timeout instead, since
 * nothing can interrupt it.
 */
const CASE_BOUND_MS = 40_000;
const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/robustness/', import.meta.url));

interface CaseReport {
    index: number;
    example: string;
    mutations: string[];
    failures: Failure[];
    file: string;
}

export interface FuzzRun {
    /** Failures grouped by feature and place, with a count and the first input: empty when all passed. */
    failures: string[];
    /** The line printed for the run: cases, time, features, slowest case. */
    summary: string;
}

export async function runFuzz(options: { name: string; mutations: Mutation[]; defaultCases: number; seedOffset: number }): Promise<FuzzRun> {
    const settings = fuzzSettings(options.defaultCases);
    const seed = settings.seed + options.seedOffset;
    const services = await createExampleServices();
    const renderer = await loadRenderer();
    const examples = exampleAgreements();
    const lexer = services.Sla.parser.Lexer;
    const tokensOf = (text: string): TokenSpan[] =>
        lexer.tokenize(text).tokens.map(token => ({ type: token.tokenType.name, start: token.startOffset, end: (token.endOffset ?? token.startOffset) + 1 }));
    // Langium reports a crashed check with console.error and goes on: here that is a failure.
    const errors: string[] = [];
    const consoleError = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
        errors.push(args.map(String).join(' '));
    });

    const reports: CaseReport[] = [];
    let slowest = { ms: 0, index: -1, mutations: [] as string[] };
    let diagnostics = 0;
    let ran = 0;
    const started = performance.now();
    const only = process.env.SLA_FUZZ_ONLY === undefined ? undefined : Number(process.env.SLA_FUZZ_ONLY);
    try {
        for (let index = only ?? 0; index < (only === undefined ? settings.cases : only + 1); index++) {
            // One generator per case, so that any case can be rerun alone.
            const random = createRandom(Math.imul(seed ^ 0x9E3779B9, index + 1));
            const example = random.pick(examples);
            const mutations: string[] = [];
            let text = example.text;
            for (let count = 1 + random.int(3); count > 0; count--) {
                const mutation = pickMutation(random, options.mutations);
                text = mutation.apply(text, tokensOf(text), random);
                mutations.push(mutation.name);
            }
            const path = join(dirname(example.path), 'fuzz-case.sla');
            ran++;
            const failures: Failure[] = [];
            errors.length = 0;
            const start = performance.now();
            const document = await guard(failures, 'parse and check', () => setDocument(services, path, text));
            recordTime('parse and check', performance.now() - start);
            if (document) {
                diagnostics += document.diagnostics?.length ?? 0;
                const positions: Position[] = [0, 1].map(() => document.textDocument.positionAt(random.int(text.length + 1)));
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
                const file = join(ARTIFACTS, `${options.name}-${seed}-${index}.sla`);
                writeFileSync(file, text);
                reports.push({ index, example: example.path, mutations, failures: failures.slice(0, 3), file });
            }
        }
    } finally {
        consoleError.mockRestore();
    }
    if (process.env.SLA_FUZZ_TRACE) {
        console.log([...featureTimes].sort((a, b) => b[1].total - a[1].total)
            .map(([feature, times]) => `${feature}: ${times.total.toFixed(0)} ms in all, slowest ${times.slowest.toFixed(0)} ms`).join('\n'));
    }
    const seconds = (performance.now() - started) / 1000;
    const summary = `fuzz (${options.name}): ${ran} cases (seed ${seed}) in ${seconds.toFixed(1)} s, ${diagnostics} diagnostics; `
        + `features run: ${[...featuresRun].sort().join(', ')}; `
        + `slowest case #${slowest.index} ${slowest.ms.toFixed(0)} ms (${slowest.mutations.join(' + ')})`;
    return { failures: group(reports), summary };
}

/** Failures grouped by feature and where they were thrown, each with a count and a first input. */
function group(reports: CaseReport[]): string[] {
    const groups = new Map<string, { count: number; first: CaseReport }>();
    for (const report of reports) {
        for (const failure of report.failures) {
            const [message, ...stack] = failure.message.split('\n');
            const key = `${failure.feature}: ${message.slice(0, 160)} ${stack[0]?.trim() ?? ''}`;
            const entry = groups.get(key) ?? { count: 0, first: report };
            entry.count++;
            groups.set(key, entry);
        }
    }
    return [...groups].map(([key, entry]) =>
        `${entry.count}× ${key}\n    first: case ${entry.first.index} (${entry.first.mutations.join(' + ')}) → ${entry.first.file}`);
}
