/**
 * Fuzzing at the extremes, mixed with ordinary edits: random bytes (control characters,
 * lone surrogates, BOMs), huge numbers and impossible dates, thousands of nested braces,
 * lines of 100,000 characters. See fuzz-runner.ts.
 */
import { describe, expect, it } from 'vitest';
import { runFuzz } from './fuzz-runner.js';
import { EXTREME_MUTATIONS, TOKEN_MUTATIONS } from './mutations.js';

describe('fuzzing the examples at the extremes', () => {
    it('survives every case: no exception, no crashed check, no hang', async () => {
        const run = await runFuzz({ name: 'extremes', mutations: [...EXTREME_MUTATIONS, ...TOKEN_MUTATIONS], defaultCases: 600, seedOffset: 1 });
        console.log(run.summary);
        expect(run.failures).toEqual([]);
    }, 600_000);
});
