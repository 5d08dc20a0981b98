import { describe, expect, test } from 'vitest';
import { editDistance, nearMisses } from '../../../packages/language/src/lsp/near-misses.js';

describe('near misses', () => {

    test('the closest known names first, ignoring case and white space', () => {
        expect(nearMisses('Qualifed Lead', ['Decision Maker', 'Qualified Leads', 'Qualified Lead'])).toEqual(['Qualified Lead', 'Qualified Leads']);
        expect(nearMisses('qualified  lead', ['Qualified Lead'])).toEqual(['Qualified Lead']);
    });

    test('nothing for a name too far from any known one, at most three', () => {
        expect(nearMisses('Invoice', ['Qualified Lead', 'Ticket'])).toEqual([]);
        expect(nearMisses('Lead', ['Leaf', 'Load', 'Lean', 'Lend', 'Read'])).toEqual(['Leaf', 'Lean', 'Lend']);
    });

    test('edit distance', () => {
        expect(editDistance('kitten', 'sitting')).toBe(3);
        expect(editDistance('', 'abc')).toBe(3);
        expect(editDistance('same', 'same')).toBe(0);
    });
});
