import { renderChartGroupHtml } from './chart-html.js';
import type { ChartGroup, PacingDay } from 'sla-model';

/**
 * The HTML of chart groups, kept across renders. The live preview renders the whole document
 * on every keystroke and almost every chart is unchanged, while a chart costs more than all
 * the text around it. The model arrives as fresh JSON each time, so a group is keyed by its
 * value, not by identity.
 */

/**
 * Strings by key, the least recently used forgotten first once keys and values together pass
 * `maxCharacters`; an entry longer than that on its own is not kept.
 */
export class TextLru {
    /** A Map iterates in insertion order: re-inserting on use keeps the oldest first. */
    private readonly entries = new Map<string, string>();
    private total = 0;

    constructor(readonly maxCharacters: number) {}

    get(key: string): string | undefined {
        const value = this.entries.get(key);
        if (value !== undefined) {
            this.entries.delete(key);
            this.entries.set(key, value);
        }
        return value;
    }

    set(key: string, value: string): void {
        this.delete(key);
        const characters = key.length + value.length;
        // It could not stay, and making room for it would forget everything else.
        if (characters > this.maxCharacters) {
            return;
        }
        this.entries.set(key, value);
        this.total += characters;
        for (const oldest of this.entries.keys()) {
            if (this.total <= this.maxCharacters) {
                break;
            }
            this.delete(oldest);
        }
    }

    has(key: string): boolean {
        return this.entries.has(key);
    }

    /** The number of entries. */
    get size(): number {
        return this.entries.size;
    }

    /** The characters of every key and value held. */
    get characters(): number {
        return this.total;
    }

    clear(): void {
        this.entries.clear();
        this.total = 0;
    }

    private delete(key: string): void {
        const value = this.entries.get(key);
        if (value !== undefined) {
            this.entries.delete(key);
            this.total -= key.length + value.length;
        }
    }
}

/**
 * Everything a group's HTML depends on, as text. Each pacing's `target` is left out: it holds
 * the whole metric (prose, lines of other clauses), and the HTML reads only the group's title.
 * Days are written as lists of their values, without the field names that made up most of the
 * key (and most of its cost). JSON would write NaN and Infinity alike, but a pacing's numbers
 * are finite.
 */
export function chartGroupKey(group: ChartGroup): string {
    return JSON.stringify({ ...group, charts: group.charts.map(({ target, days, ...pacing }) => ({ ...pacing, days: days.map(dayValues) })) });
}

/** Every field of a pacing day; a test fails when `PacingDay` gains one that is not here. */
function dayValues(day: PacingDay): unknown[] {
    return [day.day, day.date.iso, day.dailyTarget, day.cumulativeTarget, day.actual, day.cumulativeActual, day.difference];
}

/**
 * About 12 million characters: a 10k-line agreement's 650 groups (a key of ~5k characters and
 * HTML of ~11k each), some 20 MB.
 */
const CHART_CACHE_CHARACTERS = 12_000_000;

const chartCache = new TextLru(CHART_CACHE_CHARACTERS);

/** `renderChartGroupHtml`, from the cache when a group of the same value was rendered lately. */
export function cachedChartGroupHtml(group: ChartGroup, cache: TextLru = chartCache): string {
    const key = chartGroupKey(group);
    const cached = cache.get(key);
    if (cached !== undefined) {
        return cached;
    }
    const html = renderChartGroupHtml(group);
    cache.set(key, html);
    return html;
}

/** Empties the shared cache: for tests, and for the benchmark's cold render. */
export function clearChartCache(): void {
    chartCache.clear();
}
