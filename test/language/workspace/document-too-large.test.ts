/**
 * `document-too-large` (issue #15): a text over 4 MiB of characters is parsed as an empty file
 * and gets one diagnostic on its first line, and no other; the other files of the workspace
 * are checked as usual. No fixture holds such a file (it would be 4 MB in the repository), so
 * the code is tested here and left out of the CLI fixture test.
 */
import { describe, expect, test } from 'vitest';
import type { SlaFile } from 'sla-language';
import { IssueCodes, MAX_DOCUMENT_CHARACTERS, isDocumentTooLarge } from 'sla-language';
import { buildWorkspace, checkDocument } from '../../helpers/sla-test-services.js';

/** A glossary with an undefined term, padded with comment lines to exactly `length` characters. */
function padded(length: number): string {
    const head = 'glossary G {\n    term [A] = "Uses [Nothing]."\n}\n';
    const line = '// padding padding padding padding padding pad\n';
    const body = line.repeat(Math.floor((length - head.length) / line.length));
    return head + body + '/'.repeat(length - head.length - body.length);
}

describe('document-too-large', () => {
    test('the limit is 4 MiB of characters', () => {
        expect(MAX_DOCUMENT_CHARACTERS).toBe(4_194_304);
        expect(isDocumentTooLarge('x'.repeat(4_194_304))).toBe(false);
        expect(isDocumentTooLarge('x'.repeat(4_194_305))).toBe(true);
    });

    test('one character over the limit: one diagnostic on line 1, nothing parsed or checked', async () => {
        const text = padded(4_194_305);
        expect(text.length).toBe(4_194_305);
        const { document, diagnostics } = await checkDocument(text);
        // 4,194,305 characters / 1,048,576 = 4.0000009… MiB, written 4.0.
        expect(diagnostics).toEqual([{
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 12 } },
            severity: 1,
            code: 'document-too-large',
            source: 'sla',
            message: 'This file has 4,194,305 characters (4.0 MiB); at most 4,194,304 (4 MiB) are parsed and checked, so nothing in it was checked. Split it into files joined by `import`, or move bulk data to a measurements CSV file.',
            data: { code: 'document-too-large', characters: 4_194_305, limit: 4_194_304 }
        }]);
        expect((document.parseResult.value as SlaFile).glossary).toBeUndefined();
        expect(document.parseResult.parserErrors).toEqual([]);
    }, 60_000);

    test('near miss: at the limit exactly, the file is parsed and checked', async () => {
        const { document, diagnostics } = await checkDocument(padded(4_194_304));
        expect(diagnostics.map(diagnostic => diagnostic.code)).toEqual([IssueCodes.UndefinedTerm]);
        expect((document.parseResult.value as SlaFile).glossary?.name).toBe('G');
    }, 60_000);

    test('the rest of the workspace is checked as usual, and the large file defines nothing', async () => {
        // small.sla imports large.sla, whose glossary would define [A]: parsed as empty, it defines
        // nothing, and the import says so at its path instead of [A] being undefined.
        const { documents } = await buildWorkspace({
            '/work/large.sla': padded(5_000_000),
            '/work/small.sla': 'import "large.sla"\nglossary Small {\n    term [B] = "Uses [A]."\n}\n'
        });
        const [large, small] = documents;
        expect(large.diagnostics?.map(diagnostic => diagnostic.code)).toEqual([IssueCodes.DocumentTooLarge]);
        expect(small.diagnostics?.map(diagnostic => [diagnostic.code, diagnostic.range.start.line])).toEqual([[IssueCodes.UnresolvedReference, 0]]);
        expect(small.diagnostics?.[0].message).toBe("The imported file 'large.sla' is too large to read (more than 4 MiB), so it defines nothing here. Split it, or import a smaller glossary. 1 term used here is undefined until it is fixed.");
    }, 60_000);
});
