import type { LangiumDocument } from 'langium';
import { AstUtils, GrammarUtils } from 'langium';
import { DefaultDefinitionProvider } from 'langium/lsp';
import type { DefinitionParams, LocationLink } from 'vscode-languageserver';
import { termOccurrenceAt, termSpellingNode } from './term-occurrences.js';

/**
 * Go to definition. A term mention leads to the spelling it uses: `[Qualified Leads]` to the
 * alias in `aka [Qualified Leads]`, `[Qualified Lead]` to the term's name, also in an imported
 * glossary file. Every other name is Langium's.
 */
export class SlaDefinitionProvider extends DefaultDefinitionProvider {

    override async getDefinition(document: LangiumDocument, params: DefinitionParams): Promise<LocationLink[] | undefined> {
        const occurrence = termOccurrenceAt(document, document.textDocument.offsetAt(params.position));
        if (!occurrence) {
            return super.getDefinition(document, params);
        }
        const term = occurrence.term;
        const target = term ? termSpellingNode(term, occurrence.written) ?? GrammarUtils.findNodeForProperty(term.$cstNode, 'name') : undefined;
        if (!term?.$cstNode || !target) {
            return undefined;
        }
        return [{
            targetUri: AstUtils.getDocument(term).textDocument.uri,
            targetRange: term.$cstNode.range,
            targetSelectionRange: target.range,
            originSelectionRange: occurrence.node.range
        }];
    }
}
