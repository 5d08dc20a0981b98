import type { Comparator } from './agreement-model.js';

/**
 * How a computed value compares with a written one. Values within 1e-9 of each other count
 * as equal, so 99.9 computed as 99.89999999999999 (floating-point noise) meets `>= 99.9`
 * and falls in a tier `from 99.9 %`; no agreement writes a figure that fine.
 */
export const TOLERANCE = 1e-9;

export function satisfies(value: number, comparator: Comparator, target: number): boolean {
    switch (comparator) {
        case '>=': return value >= target - TOLERANCE;
        case '>': return value > target + TOLERANCE;
        case '<=': return value <= target + TOLERANCE;
        case '<': return value < target - TOLERANCE;
        case '=': return Math.abs(value - target) <= TOLERANCE;
    }
}

/** How far a value is on the good side of its target: positive better, negative worse. */
export function marginOf(value: number, comparator: Comparator, target: number): number {
    switch (comparator) {
        case '>=':
        case '>':
            return value - target;
        case '<=':
        case '<':
            return target - value;
        case '=':
            // `|| 0`: an exact hit is 0, not −0.
            return -Math.abs(value - target) || 0;
    }
}
