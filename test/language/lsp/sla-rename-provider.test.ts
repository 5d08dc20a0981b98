import { beforeEach, describe, expect, test } from 'vitest';
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import { parseHelper } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TestServices } from '../../helpers/sla-test-services.js';
import { createTestServices } from '../../helpers/sla-test-services.js';
import { cursor } from './lsp-test-helpers.js';

let services: TestServices;

beforeEach(() => {
    services = createTestServices();
});

const GLOSSARY_URI = 'file:///work/common.sla';
const GLOSSARY = `glossary Common {
    term [Business Day] aka [Business Days] = "Monday to Friday, except a [Business Day] off."
}
`;

/** Parses the documents (the one with `<|>` is renamed at that place) and returns every document's text after the rename. */
async function rename(documents: Record<string, string>, newName: string): Promise<Record<string, string>> {
    const parse = parseHelper(services.Sla);
    const parsed: Record<string, LangiumDocument> = {};
    let position: { uri: string; offset: number } | undefined;
    for (const [uri, source] of Object.entries(documents)) {
        const { text, offset } = source.includes('<|>') ? cursor(source) : { text: source, offset: -1 };
        parsed[uri] = await parse(text, { documentUri: uri });
        if (offset >= 0) {
            position = { uri, offset };
        }
    }
    const document = parsed[position!.uri];
    const edit = await services.Sla.lsp.RenameProvider!.rename(document, {
        textDocument: { uri: document.textDocument.uri },
        position: document.textDocument.positionAt(position!.offset),
        newName
    });
    const result: Record<string, string> = {};
    for (const [uri, parsedDocument] of Object.entries(parsed)) {
        const edits = edit?.changes?.[URI.parse(uri).toString()] ?? [];
        result[uri] = TextDocument.applyEdits(parsedDocument.textDocument, edits);
    }
    return result;
}

describe('rename', () => {

    test('an identifier: its declaration and every reference', async () => {
        const result = await rename({
            'file:///work/a.sla': 'agreement A {\n    party <|>Acme "Acme IT" provider\n    service S {\n        provided by Acme\n        metric M {\n            controlled by Acme\n        }\n    }\n    review every year with Acme\n}\n'
        }, 'Contoso');
        expect(result['file:///work/a.sla']).toBe('agreement A {\n    party Contoso "Acme IT" provider\n    service S {\n        provided by Contoso\n        metric M {\n            controlled by Contoso\n        }\n    }\n    review every year with Contoso\n}\n');
    });

    test('a metric from a reference, across the agreement', async () => {
        const result = await rename({
            'file:///work/a.sla': 'agreement A {\n    service S {\n        metric Leads {\n        }\n    }\n    remedies {\n        credit 5 % when below 99 % for Leads\n    }\n    measurements for <|>Leads from "leads.csv"\n}\n'
        }, 'Deals');
        expect(result['file:///work/a.sla']).toBe('agreement A {\n    service S {\n        metric Deals {\n        }\n    }\n    remedies {\n        credit 5 % when below 99 % for Deals\n    }\n    measurements for Deals from "leads.csv"\n}\n');
    });

    test('a term from a prose mention: the definition and mentions of its name, in brackets; alias mentions stay', async () => {
        const result = await rename({
            'file:///work/a.sla': 'agreement A {\n    term [Lead] aka [Leads] = "A contact."\n    summary "Each [L<|>ead] counts, all [Leads] too."\n    service S {\n        metric M {\n            counts [Lead]\n        }\n    }\n}\n'
        }, 'Prospect');
        expect(result['file:///work/a.sla']).toBe('agreement A {\n    term [Prospect] aka [Leads] = "A contact."\n    summary "Each [Prospect] counts, all [Leads] too."\n    service S {\n        metric M {\n            counts [Prospect]\n        }\n    }\n}\n');
    });

    test('the new name may be typed with its brackets', async () => {
        const result = await rename({
            'file:///work/a.sla': 'agreement A {\n    term [<|>Lead] = "A contact."\n    summary "Each [Lead] counts."\n}\n'
        }, '[Qualified Lead]');
        expect(result['file:///work/a.sla']).toBe('agreement A {\n    term [Qualified Lead] = "A contact."\n    summary "Each [Qualified Lead] counts."\n}\n');
    });

    test('an alias renames that alias only', async () => {
        const result = await rename({
            'file:///work/a.sla': 'agreement A {\n    term [Lead] aka [Leads] = "A contact."\n    summary "Each [Lead] counts, all [Lea<|>ds] too, [Leads] again."\n}\n'
        }, 'Contacts');
        expect(result['file:///work/a.sla']).toBe('agreement A {\n    term [Lead] aka [Contacts] = "A contact."\n    summary "Each [Lead] counts, all [Contacts] too, [Contacts] again."\n}\n');
    });

    test('a term of a shared glossary, in every file that mentions it', async () => {
        const result = await rename({
            [GLOSSARY_URI]: GLOSSARY,
            'file:///work/a.sla': 'import "common.sla"\nagreement A {\n    summary "Within two [Business Days], one [Business <|>Day] at least."\n}\n'
        }, 'Working Day');
        expect(result[GLOSSARY_URI]).toBe('glossary Common {\n    term [Working Day] aka [Business Days] = "Monday to Friday, except a [Working Day] off."\n}\n');
        expect(result['file:///work/a.sla']).toBe('import "common.sla"\nagreement A {\n    summary "Within two [Business Days], one [Working Day] at least."\n}\n');
    });

    test('an invalid new name is refused', async () => {
        await expect(rename({ 'file:///work/a.sla': 'agreement A {\n    party <|>Acme "Acme IT" provider\n}\n' }, 'Acme IT')).rejects.toThrow(/'Acme IT' is not a valid name/);
        await expect(rename({ 'file:///work/b.sla': 'agreement B {\n    term [<|>Lead] = "A contact."\n}\n' }, 'Lead "x"')).rejects.toThrow(/not a valid term name/);
    });

    test('prepare rename: the bracketed term, an identifier, nothing on a keyword', async () => {
        const { text } = cursor('agreement A {\n    term [Lead] = "A contact."\n    party Acme "Acme IT" provider<|>\n}\n');
        const document = await parseHelper(services.Sla)(text);
        const prepare = (line: number, character: number) => services.Sla.lsp.RenameProvider!.prepareRename(document, { textDocument: { uri: document.textDocument.uri }, position: { line, character } });
        expect(await prepare(1, 12)).toEqual({ start: { line: 1, character: 9 }, end: { line: 1, character: 15 } });
        expect(await prepare(2, 11)).toEqual({ start: { line: 2, character: 10 }, end: { line: 2, character: 14 } });
        expect(await prepare(2, 6)).toBeUndefined();
    });
});
