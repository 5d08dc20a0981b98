import { readFileSync } from 'node:fs';
import type { CompositeCstNode, CstNode, LeafCstNode, RootCstNode } from 'langium';
import { CstUtils, isCompositeCstNode, isLeafCstNode } from 'langium';
import { describe, expect, test } from 'vitest';
import { BlockReparser, LANGIUM_CST_INTERNALS } from '../../../packages/language/src/parser/block-reparse.js';
import { createTestServices } from '../../helpers/sla-test-services.js';

/**
 * Block reparse (`packages/language/src/parser/block-reparse.ts`) moves CST nodes by writing
 * Langium's private fields. These tests check every field it names on the nodes of a real
 * parse, so that a Langium upgrade that renames one fails here, by name. (The protected members
 * the other overrides use are declared in Langium's types: the compiler checks those.)
 */

const services = createTestServices();
const TEXT = readFileSync(new URL('../../fixtures/all-constructs.sla', import.meta.url), 'utf8');

function parse(): RootCstNode {
    const result = services.Sla.parser.LangiumParser.parse(TEXT);
    expect(result.parserErrors).toEqual([]);
    return result.value.$cstNode!.root;
}

function fields(node: CstNode): Record<string, unknown> {
    return node as unknown as Record<string, unknown>;
}

function renamed(kind: string, field: string, type: string): string {
    return `Langium's ${kind} CST node has no field '${field}' holding a ${type}: Langium probably renamed it, and block reparse (parser/block-reparse.ts, LANGIUM_CST_INTERNALS) must follow`;
}

const root = parse();
const nodes = CstUtils.streamCst(root).toArray();
const leaves = nodes.filter(isLeafCstNode) as LeafCstNode[];
const composites = nodes.filter(isCompositeCstNode).filter(node => node !== root) as CompositeCstNode[];

describe('the private fields of Langium CST nodes that block reparse writes', () => {
    test('a real parse has leaves and composite nodes to check', () => {
        expect(leaves.length).toBeGreaterThan(100);
        expect(composites.length).toBeGreaterThan(100);
    });

    test.each(Object.entries(LANGIUM_CST_INTERNALS.leaf))('every leaf has %s, a %s', (field, type) => {
        for (const leaf of leaves) {
            expect(typeof fields(leaf)[field], renamed('leaf', field, type)).toBe(type);
        }
    });

    test('the leaf fields are the position its offset and range read', () => {
        for (const leaf of leaves) {
            const own = fields(leaf);
            const { start, end } = leaf.range;
            expect([own._offset, own._startLine, own._startColumn, own._endLine, own._endColumn], renamed('leaf', 'position', 'number'))
                .toEqual([leaf.offset, start.line, start.character, end.line, end.character]);
        }
        // Moved by a write, as the splice moves them.
        const leaf = CstUtils.streamCst(parse()).filter(isLeafCstNode).head() as LeafCstNode;
        const before = { offset: leaf.offset, range: leaf.range };
        const own = leaf as unknown as Record<keyof typeof LANGIUM_CST_INTERNALS.leaf, number>;
        own._offset += 3;
        own._startLine += 1;
        own._startColumn += 2;
        own._endLine += 1;
        own._endColumn += 2;
        expect({ offset: leaf.offset, range: leaf.range }, renamed('leaf', 'position', 'number')).toEqual({
            offset: before.offset + 3,
            range: {
                start: { line: before.range.start.line + 1, character: before.range.start.character + 2 },
                end: { line: before.range.end.line + 1, character: before.range.end.character + 2 }
            }
        });
    });

    test.each(Object.entries(LANGIUM_CST_INTERNALS.composite))('every composite node has %s, a %s once its range is read', (field, type) => {
        for (const composite of [root, ...composites]) {
            expect(field in composite, renamed('composite', field, type)).toBe(true);
            const range = composite.range;
            expect(typeof fields(composite)[field], renamed('composite', field, type)).toBe(type);
            expect(fields(composite)[field], renamed('composite', field, type)).toEqual(range);
        }
    });

    test('a composite node\'s range is read from _rangeCache, so clearing it makes the range found again', () => {
        const composite = parse().content.find(isCompositeCstNode)!;
        const range = composite.range;
        const stale = { start: { line: 99, character: 9 }, end: { line: 99, character: 9 } };
        fields(composite)._rangeCache = stale;
        expect(composite.range, renamed('composite', '_rangeCache', 'object')).toBe(stale);
        fields(composite)._rangeCache = undefined;
        expect(composite.range).toEqual(range);
    });

    test.each(Object.entries(LANGIUM_CST_INTERNALS.root))('the root has %s, a %s, which fullText reads', (field, type) => {
        const fresh = parse();
        expect(typeof fields(fresh)[field], renamed('root', field, type)).toBe(type);
        expect(fields(fresh)[field], renamed('root', field, type)).toBe(fresh.fullText);
        fields(fresh)[field] = `${TEXT} `;
        expect(fresh.fullText, renamed('root', field, type)).toBe(`${TEXT} `);
    });

    test.each(LANGIUM_CST_INTERNALS.assigned)('%s, declared read-only, can be assigned', property => {
        const fresh = parse();
        const composite = fresh.content.find(isCompositeCstNode)!;
        const child = composite.content[0];
        const values: Record<string, [CstNode, unknown]> = {
            content: [composite, [...composite.content]],
            astNode: [composite, fresh.astNode],
            container: [child, fresh]
        };
        expect(values, `no check for ${property}: add one here`).toHaveProperty(property);
        const [node, value] = values[property];
        fields(node)[property] = value;
        expect(fields(node)[property], `Langium's CST node property '${property}' can no longer be assigned: block reparse (parser/block-reparse.ts) must follow`).toBe(value);
    });
});

describe('block reparse on a Langium without those fields', () => {
    const reparser = new BlockReparser(services.Sla.Grammar, services.Sla.parser.LangiumParser);
    const edited = TEXT.replace('hours "Around the clock"', 'hours "Around the clock, every day"');

    test.each([
        ['leaf', Object.keys(LANGIUM_CST_INTERNALS.leaf)],
        ['root', Object.keys(LANGIUM_CST_INTERNALS.root)],
        ['composite', Object.keys(LANGIUM_CST_INTERNALS.composite)]
    ])('is off when a %s field is missing', (kind, names) => {
        expect(edited).not.toBe(TEXT);
        expect(reparser.reparse(services.Sla.parser.LangiumParser.parse(TEXT), edited), 'the edit must be one block reparse handles').toBeDefined();
        for (const name of names) {
            const previous = services.Sla.parser.LangiumParser.parse(TEXT);
            const cst = previous.value.$cstNode!.root;
            const node = kind === 'leaf' ? CstUtils.streamCst(cst).filter(isLeafCstNode).filter(leaf => !leaf.hidden).head()! : cst;
            delete fields(node)[name];
            expect(reparser.reparse(previous, edited)).toBeUndefined();
        }
    });
});
