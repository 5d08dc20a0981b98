/**
 * Summaries of timing samples. Timings on a shared 2-core machine are noisy, so the
 * benchmark reports medians and the 95th percentile rather than means.
 */

export interface Summary {
    count: number;
    median: number;
    p95: number;
    min: number;
    max: number;
}

/** The q-quantile (0…1) by nearest rank, so p95 is a sample that was really observed. */
export function quantile(samples: number[], q: number): number {
    if (samples.length === 0) {
        return NaN;
    }
    const sorted = [...samples].sort((a, b) => a - b);
    const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
    return sorted[rank - 1];
}

export function summarize(samples: number[]): Summary {
    return {
        count: samples.length,
        median: quantile(samples, 0.5),
        p95: quantile(samples, 0.95),
        min: samples.length ? Math.min(...samples) : NaN,
        max: samples.length ? Math.max(...samples) : NaN
    };
}

/** Runs `action` `warmup` times unmeasured (JIT, caches), then `runs` times measured, in ms. */
export async function timeRuns(runs: number, action: (run: number) => unknown, warmup = 3): Promise<number[]> {
    for (let run = 0; run < warmup; run++) {
        await action(-1 - run);
    }
    const samples: number[] = [];
    for (let run = 0; run < runs; run++) {
        const start = performance.now();
        await action(run);
        samples.push(performance.now() - start);
    }
    return samples;
}
