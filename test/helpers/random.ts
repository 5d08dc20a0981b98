/** A small seeded PRNG (mulberry32): the same seed gives the same cases on every machine. */
export function createRandom(seed: number): Random {
    let state = seed >>> 0;
    const next = () => {
        state = (state + 0x6D2B79F5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    return {
        next,
        int: (below: number) => Math.floor(next() * below),
        pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)],
        chance: (probability: number) => next() < probability
    };
}

export interface Random {
    next(): number;
    /** 0 ≤ n < below */
    int(below: number): number;
    pick<T>(items: readonly T[]): T;
    chance(probability: number): boolean;
}
