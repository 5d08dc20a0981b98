import { AstUtils } from 'langium';
import { beforeAll, describe, expect, test } from 'vitest';
import type { LangiumDocument } from 'langium';
import { allNodes, replaceInAllNodes } from '../../../packages/language/src/workspace/ast-nodes.js';
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

    test('after a subtree is replaced, lists the new subtree in its place', () => {
        const root = { $type: 'SlaFile', agreement: undefined as unknown };
        const oldBlock = { $type: 'Service', $container: root, clauses: [{ $type: 'Hours' }, { $type: 'Description' }] };
        const after = { $type: 'Review' };
        const agreement = { $type: 'Agreement', clauses: [oldBlock, after] };
        root.agreement = agreement;
        const before = allNodes(root);
        expect(before.map(node => node.$type)).toEqual(['SlaFile', 'Agreement', 'Service', 'Hours', 'Description', 'Review']);
        const newBlock = { $type: 'Service', clauses: [{ $type: 'Metric' }] };
        agreement.clauses[0] = newBlock;
        replaceInAllNodes(root, oldBlock, newBlock);
        expect(allNodes(root).map(node => node.$type)).toEqual(['SlaFile', 'Agreement', 'Service', 'Metric', 'Review']);
        expect(allNodes(root)[2]).toBe(newBlock);
        // The list handed out before is left as it was.
        expect(before).toHaveLength(6);
    });
});
