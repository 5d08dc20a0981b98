/**
 * "Did you mean …": the known names closest to a misspelt one. Distance is Levenshtein's,
 * ignoring case and folding white space, so `[qualified  lead]` finds `Qualified Lead` first.
 */
export function nearMisses(written: string, known: Iterable<string>, limit = 3): string[] {
    const target = normalize(written);
    const allowed = allowedDistance(target);
    const scored = new Map<string, number>();
    for (const name of known) {
        if (name === written || scored.has(name)) {
            continue;
        }
        const candidate = normalize(name);
        // The distance is at least the difference in length: most names are ruled out unmeasured.
        if (Math.abs(candidate.length - target.length) > allowed) {
            continue;
        }
        const distance = editDistance(target, candidate);
        if (distance <= allowed) {
            scored.set(name, distance);
        }
    }
    return [...scored.entries()]
        .sort(([a, da], [b, db]) => da - db || a.localeCompare(b))
        .slice(0, limit)
        .map(([name]) => name);
}

/** A typo or two in a short name, about one in four characters in a long one. */
function allowedDistance(name: string): number {
    return Math.max(2, Math.floor(name.length / 4));
}

function normalize(name: string): string {
    return name.replace(/\s+/g, ' ').trim().toLowerCase();
}

export function editDistance(a: string, b: string): number {
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length];
}
