import { AstUtils } from 'langium';
import { beforeAll, describe, expect, test } from 'vitest';
import type { LangiumDocument } from 'langium';
import { allNodes } from '../../../packages/language/src/workspace/ast-nodes.js';
import { buildExamples } from '../../helpers/example-documents.js';

let documents: LangiumDocument[];

beforeAll(async () => {
    ({ documents } = await buildExamples());
});

describe('allNodes', () => {
    test('lists every node of each example in the order of Langium\'s streamAst', () => {
        expect(documents).toHaveLength(4);
        for (const document of documents) {
            const root = document.parseResult.value;
            const streamed = AstUtils.streamAst(root).toArray();
            expect(streamed.length).toBeGreaterThan(10);
            expect(allNodes(root)).toEqual(streamed);
            expect(allNodes(root).every((node, index) => node === streamed[index])).toBe(true);
        }
    });

    test('lists a tree once: the same list for the same root', () => {
        const root = documents[0].parseResult.value;
        expect(allNodes(root)).toBe(allNodes(root));
    });

    test('a lone node is a list of one', () => {
        const node = { $type: 'Version', value: undefined };
        expect(allNodes(node)).toEqual([node]);
    });
});
