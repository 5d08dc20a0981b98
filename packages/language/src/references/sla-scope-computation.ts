import type { AstNode, AstNodeDescription, LangiumDocument, LocalSymbols } from 'langium';
import { Cancellation, DefaultScopeComputation, interruptAndCheck, MultiMap } from 'langium';
import { isSegment, isSharedGlossary, isTerm, isSlaFile, Mention, Prose, ProseText } from '../generated/ast.js';
import { allNodes } from '../workspace/ast-nodes.js';
import { INTERRUPT_EVERY } from '../workspace/interruption.js';

/** The node types of prose; they have no subtypes, so their `$type` names them all. */
const PROSE_TYPES = new Set<string>([Prose.$type, ProseText.$type, Mention.$type]);

/**
 * Names in an agreement form one flat namespace: a metric declared inside a service can be
 * referenced from a `measurements` clause at the top, and a term defined inline anywhere is
 * known everywhere in the file. Segments stay local to their metric. Only the terms of a
 * shared glossary file are exported to other documents, under their name and every alias.
 */
export class SlaScopeComputation extends DefaultScopeComputation {

    override async collectExportedSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<AstNodeDescription[]> {
        const root = document.parseResult.value;
        const exports: AstNodeDescription[] = [];
        if (!isSlaFile(root) || !isSharedGlossary(root.glossary)) {
            return exports;
        }
        for (const term of root.glossary.terms) {
            await interruptAndCheck(cancelToken);
            exports.push(...this.termDescriptions(term, document));
        }
        return exports;
    }

    override async collectLocalSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<LocalSymbols> {
        const root = document.parseResult.value;
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        let count = 0;
        for (const node of allNodes(root)) {
            if (++count % INTERRUPT_EVERY === 0) {
                await interruptAndCheck(cancelToken);
            }
            if (node === root || PROSE_TYPES.has(node.$type)) {
                // Prose holds text and mentions, never a name: most nodes of an agreement.
                continue;
            } else if (isTerm(node)) {
                symbols.addAll(root, this.termDescriptions(node, document));
            } else if (isSegment(node)) {
                this.addLocalSymbol(node, document, symbols);
            } else {
                const name = this.nameProvider.getName(node);
                if (name) {
                    symbols.add(root, this.descriptions.createDescription(node, name, document));
                }
            }
        }
        return symbols;
    }

    private termDescriptions(term: AstNode, document: LangiumDocument): AstNodeDescription[] {
        if (!isTerm(term) || !term.name) {
            return [];
        }
        const names = [term.name, ...term.aliases.filter(alias => alias && alias !== term.name)];
        return names.map(name => this.descriptions.createDescription(term, name, document));
    }
}
