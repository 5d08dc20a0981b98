import type { LangiumDocument, LangiumDocuments } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import type { PrepareRenameParams, RenameParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import type { Range } from 'vscode-languageserver-types';
import { termNameOf } from '../parser/sla-value-converter.js';
import type { SlaServices } from '../sla-module.js';
import { termLocations, termOccurrenceAt } from './term-occurrences.js';

/** What a name may be: an identifier, or inside brackets any text but brackets, quotes and line breaks. */
const IDENTIFIER = /^[_a-zA-Z]\w*$/;
const TERM_NAME = /^[^[\]"\r\n]+$/;

/**
 * Rename for identifiers (parties, services, metrics, severities, segments, goals …) and for
 * terms. A term is written in brackets, `[Qualified Lead]`, at its definition and at every
 * mention, in prose and in other files; the new name may be typed with or without brackets.
 * Renaming a term's name leaves the mentions of its aliases alone, and renaming an alias
 * renames that alias only.
 */
export class SlaRenameProvider extends DefaultRenameProvider {
    private readonly documents: LangiumDocuments;

    constructor(services: SlaServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const occurrence = termOccurrenceAt(document, document.textDocument.offsetAt(params.position));
        if (!occurrence) {
            if (!IDENTIFIER.test(params.newName)) {
                throw new ResponseError(ErrorCodes.InvalidParams,
                    `'${params.newName}' is not a valid name: start with a letter or _, then letters, digits or _.`);
            }
            return super.rename(document, params);
        }
        if (!occurrence.term) {
            return undefined;
        }
        const newName = termNameOf(params.newName.trim());
        if (!TERM_NAME.test(newName)) {
            throw new ResponseError(ErrorCodes.InvalidParams,
                `'${params.newName}' is not a valid term name: write the name without brackets, quotes or line breaks.`);
        }
        // A mention of the name renames the name; a mention of an alias renames that alias.
        const spelling = occurrence.kind === 'name' ? occurrence.term.name : occurrence.written;
        const changes: Record<string, TextEdit[]> = {};
        for (const location of termLocations(occurrence.term, this.references, this.documents)) {
            if (location.written === spelling) {
                (changes[location.uri] ??= []).push({ range: location.range, newText: `[${newName}]` });
            }
        }
        return { changes };
    }

    override prepareRename(document: LangiumDocument, params: PrepareRenameParams): Range | undefined {
        const occurrence = termOccurrenceAt(document, document.textDocument.offsetAt(params.position));
        if (occurrence) {
            return occurrence.term ? occurrence.node.range : undefined;
        }
        return this.renameNodeRange(document, params.position);
    }
}
