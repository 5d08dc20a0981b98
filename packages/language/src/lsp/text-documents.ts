import { NormalizedTextDocuments } from 'langium/lsp';
import type { TextDocumentsConfiguration } from 'vscode-languageserver';
import { TextDocument } from 'langium';

/**
 * The text documents an editor opens, each with a string for its text: a client that sent a
 * number or nothing as `text` gave documents whose `getText()` was no string, and the first
 * check that read it threw (issue #15). Such a text is read as its string, `''` when absent.
 */
const STRING_TEXT: TextDocumentsConfiguration<TextDocument> = {
    create: (uri, languageId, version, content) => TextDocument.create(uri, languageId, version, asText(content)),
    update: (document, changes, version) => TextDocument.update(document, changes.map(change => ({ ...change, text: asText(change.text) })), version)
};

function asText(content: unknown): string {
    return typeof content === 'string' ? content : content === undefined || content === null ? '' : String(content);
}

export function createTextDocuments(): NormalizedTextDocuments<TextDocument> {
    return new NormalizedTextDocuments(STRING_TEXT);
}
