import type { LangiumDocument, ReferenceInfo } from 'langium';
import { AstUtils, isReference } from 'langium';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildExamples } from '../../helpers/example-documents.js';
import { checkDocument } from '../../helpers/sla-test-services.js';

let documents: LangiumDocument[];

beforeAll(async () => {
    ({ documents } = await buildExamples());
});

/** Every reference of a document as Langium's own walk finds it. */
function streamedReferences(document: LangiumDocument): ReferenceInfo[] {
    return AstUtils.streamAst(document.parseResult.value).flatMap(node => AstUtils.streamReferences(node)).toArray();
}

describe('SlaLinker', () => {
    test('links every reference of each example, in AST order, and every one resolves', () => {
        for (const document of documents) {
            const streamed = streamedReferences(document);
            // Same references; the order may differ, as scoping resolves some before linking.
            expect(new Set(document.references)).toEqual(new Set(streamed.map(info => info.reference)));
            expect(document.references).toHaveLength(streamed.length);
            expect(document.references.filter(reference => reference.error).map(reference => reference.$refText)).toEqual([]);
        }
        expect(documents.reduce((sum, document) => sum + document.references.length, 0)).toBeGreaterThan(50);
    });

    test('links references held in lists (severities of a scope) and single ones alike', async () => {
        const { document, diagnostics } = await checkDocument([
            'agreement A {',
            '    party P "P" provider',
            '    service S {',
            '        metric M {',
            '            times [Reply]',
            '            for severity Critical, High',
            '            target <= 2 hours',
            '            term [Reply] = "The first answer."',
            '        }',
            '    }',
            '    severity Critical "Down" { response within 1 hour }',
            '    severity High "Slow" { response within 4 hours }',
            '}'
        ].join('\n'));
        expect(diagnostics.filter(diagnostic => diagnostic.code === 'syntax-error')).toEqual([]);
        const linked = document.references.map(reference => `${reference.$refText}→${isReference(reference) ? reference.ref?.$type : 'many'}`);
        expect(linked).toEqual(['Reply→Term', 'Critical→Severity', 'High→Severity']);
        expect(diagnostics.filter(diagnostic => diagnostic.code === 'unresolved-reference')).toEqual([]);
    });

    test('an unknown name is a linking error, reported once', async () => {
        const { document, diagnostics } = await checkDocument([
            'agreement A {',
            '    party P "P" provider',
            '    goal G "Goal" owned by Nobody',
            '}'
        ].join('\n'));
        expect(document.references.map(reference => [reference.$refText, reference.error !== undefined])).toEqual([['Nobody', true]]);
        expect(diagnostics.filter(diagnostic => diagnostic.code === 'unresolved-reference').map(diagnostic => diagnostic.range.start)).toEqual([{ line: 2, character: 27 }]);
    });
});
