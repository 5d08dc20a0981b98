import type { CreditBound, CreditTierModel, TargetModel } from './agreement-model.js';
import { satisfies } from './target-comparison.js';

/**
 * The ranges of results that credit tiers cover, as intervals with stated bounds, so that the
 * checks and the evaluation agree on what "from 99 % to below 99.9 %" holds.
 */
export interface ResultRange {
    lower?: CreditBound;
    upper?: CreditBound;
}

/** Whether a result lies in a range; a bound compares within the tolerance of a target (`satisfies`). */
export function rangeContains(range: ResultRange, value: number): boolean {
    const { lower, upper } = range;
    return (!lower || satisfies(value, lower.inclusive ? '>=' : '>', lower.value))
        && (!upper || satisfies(value, upper.inclusive ? '<=' : '<', upper.value));
}

/** The results that meet a target, as a range. */
export function metRange(target: Pick<TargetModel, 'comparator' | 'value'>): ResultRange {
    const at = (inclusive: boolean): CreditBound => ({ value: target.value, inclusive });
    switch (target.comparator) {
        case '>=': return { lower: at(true) };
        case '>': return { lower: at(false) };
        case '<=': return { upper: at(true) };
        case '<': return { upper: at(false) };
        case '=': return { lower: at(true), upper: at(true) };
    }
}

/** The results that miss a target, from 0 up (results are never negative); none for `=` targets. */
export function missedRange(target: Pick<TargetModel, 'comparator' | 'value'>): ResultRange | undefined {
    const at = (inclusive: boolean): CreditBound => ({ value: target.value, inclusive });
    const zero: CreditBound = { value: 0, inclusive: true };
    switch (target.comparator) {
        case '>=': return { lower: zero, upper: at(false) };
        case '>': return { lower: zero, upper: at(true) };
        case '<=': return { lower: at(false) };
        case '<': return { lower: at(true) };
        case '=': return undefined;
    }
}

export function isEmptyRange(range: ResultRange): boolean {
    const { lower, upper } = range;
    if (!lower || !upper) {
        return false;
    }
    return lower.value > upper.value || (lower.value === upper.value && !(lower.inclusive && upper.inclusive));
}

/** The results two ranges share. */
export function intersectRanges(a: ResultRange, b: ResultRange): ResultRange {
    return { lower: tighter(a.lower, b.lower, 1), upper: tighter(a.upper, b.upper, -1) };
}

export function rangesOverlap(a: ResultRange, b: ResultRange): boolean {
    return !isEmptyRange(intersectRanges(a, b));
}

/** What is left of `range` once every one of `covers` is taken out, in order of the results. */
export function uncoveredRanges(range: ResultRange, covers: readonly ResultRange[]): ResultRange[] {
    let pieces = [range];
    for (const cover of covers) {
        pieces = pieces.flatMap(piece => subtract(piece, cover));
    }
    return pieces.filter(piece => !isEmptyRange(piece))
        .sort((a, b) => (a.lower?.value ?? -Infinity) - (b.lower?.value ?? -Infinity));
}

/** Whether every result in `inner` lies below every result in `outer`: a worse range for a `>=` target. */
export function isBelow(inner: ResultRange, outer: ResultRange): boolean {
    if (!inner.upper || !outer.lower) {
        return false;
    }
    return inner.upper.value < outer.lower.value
        || (inner.upper.value === outer.lower.value && !(inner.upper.inclusive && outer.lower.inclusive));
}

export function rangeOf(tier: CreditTierModel): ResultRange {
    return { lower: tier.lower, upper: tier.upper };
}

function subtract(piece: ResultRange, cover: ResultRange): ResultRange[] {
    if (!rangesOverlap(piece, cover)) {
        return [piece];
    }
    const left: ResultRange | undefined = cover.lower ? { lower: piece.lower, upper: { value: cover.lower.value, inclusive: !cover.lower.inclusive } } : undefined;
    const right: ResultRange | undefined = cover.upper ? { lower: { value: cover.upper.value, inclusive: !cover.upper.inclusive }, upper: piece.upper } : undefined;
    return [left, right].filter((part): part is ResultRange => part !== undefined && !isEmptyRange(intersectRanges(part, piece)))
        .map(part => intersectRanges(part, piece));
}

/** The tighter of two bounds: the higher lower bound (`direction` 1) or the lower upper bound (-1). */
function tighter(a: CreditBound | undefined, b: CreditBound | undefined, direction: 1 | -1): CreditBound | undefined {
    if (!a || !b) {
        return a ?? b;
    }
    if (a.value !== b.value) {
        return (a.value - b.value) * direction > 0 ? a : b;
    }
    return { value: a.value, inclusive: a.inclusive && b.inclusive };
}
