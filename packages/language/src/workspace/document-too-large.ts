import type { TextDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { IssueCodes } from '../validation/issue-codes.js';

/**
 * The most characters a document is parsed and checked with: 4 MiB (4,194,304). Every step is
 * linear in the text now, at about 1 s per MB on a busy machine (the hostile-shapes bench);
 * a larger text would cost seconds on every keystroke, and no agreement people read comes
 * near it (a long one is some 100 KB). The limit is in characters, not lines: a line costs
 * what its characters cost, so 200,000 comment lines (3.2 MB) are still read. It lies well
 * under the 16 MiB the file reader accepts (`MAX_SOURCE_FILE_BYTES`), which guards memory.
 */
export const MAX_DOCUMENT_CHARACTERS = 4 * 1024 * 1024;

/** Whether a text is too large to parse: such a document is parsed as empty and not checked. */
export function isDocumentTooLarge(text: string): boolean {
    return text.length > MAX_DOCUMENT_CHARACTERS;
}

/** The longest stretch of the first line the diagnostic spans. */
const SPAN = 200;

/** The one diagnostic a document too large to parse gets, on its first line. */
export function documentTooLargeDiagnostic(textDocument: TextDocument, source?: string): Diagnostic {
    const text = textDocument.getText();
    const lineEnd = text.slice(0, SPAN).search(/[\r\n]/);
    const megabytes = (text.length / (1024 * 1024)).toFixed(1);
    return {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: lineEnd < 0 ? Math.min(text.length, SPAN) : lineEnd } },
        severity: DiagnosticSeverity.Error,
        code: IssueCodes.DocumentTooLarge,
        source,
        message: `This file has ${text.length.toLocaleString('en-US')} characters (${megabytes} MiB); at most ${MAX_DOCUMENT_CHARACTERS.toLocaleString('en-US')} (4 MiB) are parsed and checked, so nothing in it was checked. Split it into files joined by \`import\`, or move bulk data to a measurements CSV file.`,
        data: { code: IssueCodes.DocumentTooLarge, characters: text.length, limit: MAX_DOCUMENT_CHARACTERS }
    };
}
