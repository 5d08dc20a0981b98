/**
 * Quick-fixes, as a property: take an example, remove any set of its clauses (which makes
 * clauses and fields go missing, names dangle and terms go unused), and apply every code
 * action offered for every diagnostic, one at a time. No fix may leave a parse error the
 * text did not have. Snippet placeholders are expanded to their defaults first.
 */
import fc from 'fast-check';
import type { AstNode } from 'langium';
import { AstUtils } from 'langium';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestServices } from '../helpers/sla-test-services.js';
import { applyEdits, createExampleServices, editsFor, exampleAgreements, fuzzSettings, setDocument } from './harness.js';

/** Properties whose elements are whole clauses or list items that a person may delete. */
const REMOVABLE = new Set(['clauses', 'terms', 'items', 'representatives', 'documents', 'rows', 'imports']);

let services: TestServices;

beforeAll(async () => {
    services = await createExampleServices();
});

function parseErrors(text: string): number {
    const result = services.Sla.parser.LangiumParser.parse(text);
    return result.lexerErrors.length + result.parserErrors.length;
}

/** Every removable clause of `root`, as the text range it spans. */
function removableRanges(root: AstNode): { start: number; end: number }[] {
    return AstUtils.streamAllContents(root)
        .filter(node => REMOVABLE.has(node.$containerProperty ?? '') && node.$cstNode !== undefined)
        .map(node => ({ start: node.$cstNode!.offset, end: node.$cstNode!.end }))
        .toArray();
}

/** `text` without the chosen ranges; a range inside one already removed is skipped. */
function without(text: string, ranges: { start: number; end: number }[]): string {
    let result = '';
    let position = 0;
    for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
        if (range.start < position) {
            continue;
        }
        result += text.slice(position, range.start);
        position = range.end;
    }
    return result + text.slice(position);
}

describe('quick-fixes', () => {
    it('leave no new parse error, on examples with any clauses removed', async ({ skip }) => {
        const provider = services.Sla.lsp.CodeActionProvider;
        if (!provider) skip('no CodeActionProvider registered');
        const { seed } = fuzzSettings(0);
        const examples = exampleAgreements().filter(example => /\bagreement\b/.test(example.text));
        let documents = 0;
        let applied = 0;
        const codes = new Set<string>();
        await fc.assert(fc.asyncProperty(
            fc.constantFrom(...examples),
            fc.array(fc.nat(), { maxLength: 6 }),
            async (example, picks) => {
                const original = await setDocument(services, example.path.replace(/[^/]+$/, 'quick-fix-case.sla'), example.text);
                const ranges = removableRanges(original.parseResult.value);
                const text = without(example.text, picks.map(pick => ranges[pick % ranges.length]));
                const document = await setDocument(services, example.path.replace(/[^/]+$/, 'quick-fix-case.sla'), text);
                const before = parseErrors(text);
                const uri = document.uri.toString();
                documents++;
                for (const diagnostic of document.diagnostics ?? []) {
                    const actions = await provider!.getCodeActions(document, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } }) ?? [];
                    for (const action of actions) {
                        const edits = editsFor(action, uri);
                        if (edits.length === 0) {
                            continue;
                        }
                        applied++;
                        codes.add(String(diagnostic.code));
                        const fixed = applyEdits(text, edits, position => document.textDocument.offsetAt(position));
                        expect(parseErrors(fixed), `'${action.title}' for ${diagnostic.code} made a parse error:\n${fixed}`).toBeLessThanOrEqual(before);
                    }
                }
            }), { seed, numRuns: 120 });
        console.log(`quick-fixes: ${applied} fixes applied on ${documents} agreements, for ${[...codes].sort().join(', ')}`);
        expect(applied).toBeGreaterThan(0);
    });
});
