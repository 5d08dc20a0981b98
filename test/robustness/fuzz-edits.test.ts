/**
 * Fuzzing with the edits of typing and pasting: tokens deleted, duplicated, swapped or
 * inserted, a file cut short, quotes and brackets left open. See fuzz-runner.ts.
 */
import { describe, expect, it } from 'vitest';
import { runFuzz } from './fuzz-runner.js';
import { TOKEN_MUTATIONS } from './mutations.js';

describe('fuzzing the examples with edits', () => {
    it('survives every case: no exception, no crashed check, no hang', async () => {
        const run = await runFuzz({ name: 'edits', mutations: TOKEN_MUTATIONS, defaultCases: 1500, seedOffset: 0 });
        console.log(run.summary);
        expect(run.failures).toEqual([]);
    }, 600_000);
});
