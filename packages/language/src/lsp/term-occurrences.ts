import type { CstNode, LangiumDocument, LangiumDocuments, LeafCstNode, References } from 'langium';
import { AstUtils, CstUtils, GrammarUtils } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { Term } from '../generated/ast.js';
import { isCounts, isMention, isTerm, isTimes } from '../generated/ast.js';
import { termNameOf } from '../parser/sla-value-converter.js';

/**
 * A term written in brackets at a position: its definition (`term [Name]`), one of its aliases
 * (`aka [Names]`), or a mention (in prose, or `counts [Name]`). Langium sees only the name as a
 * declaration; the editor services also need to know which alias was written, since a term
 * and its aliases are one concept with several spellings.
 */
export interface TermOccurrence {
    kind: 'name' | 'alias' | 'mention';
    /** The defined term; undefined for a mention of an undefined term. */
    term?: Term;
    /** The spelling written here, without brackets: the term's name or one of its aliases. */
    written: string;
    /** Whether `written` is an alias rather than the term's name. */
    isAlias: boolean;
    /** The bracketed token. */
    node: LeafCstNode;
}

/** The bracketed term token at or just before `offset`, if any. */
export function termOccurrenceAt(document: LangiumDocument, offset: number): TermOccurrence | undefined {
    const root = document.parseResult.value.$cstNode;
    if (!root) {
        return undefined;
    }
    for (const at of [offset, offset - 1]) {
        const leaf = at >= 0 ? CstUtils.findLeafNodeAtOffset(root, at) : undefined;
        if (leaf && leaf.tokenType.name === 'MENTION' && leaf.offset <= offset && offset <= leaf.end) {
            return termOccurrenceOf(leaf);
        }
    }
    return undefined;
}

/** What a bracketed token is: a term's name, an alias, or a mention. */
export function termOccurrenceOf(leaf: LeafCstNode): TermOccurrence | undefined {
    const owner = leaf.astNode;
    const written = termNameOf(leaf.text);
    if (isTerm(owner)) {
        const isName = GrammarUtils.findNodeForProperty(owner.$cstNode, 'name') === leaf;
        return { kind: isName ? 'name' : 'alias', term: owner, written, isAlias: !isName, node: leaf };
    }
    if (isMention(owner) || isCounts(owner) || isTimes(owner)) {
        const term = owner.term?.ref;
        return { kind: 'mention', term, written, isAlias: term !== undefined && term.name !== written, node: leaf };
    }
    return undefined;
}

/** The bracketed token of a term's name or of one of its aliases. */
export function termSpellingNode(term: Term, spelling: string): CstNode | undefined {
    if (spelling === term.name) {
        return GrammarUtils.findNodeForProperty(term.$cstNode, 'name');
    }
    const index = term.aliases.indexOf(spelling);
    return index >= 0 ? GrammarUtils.findNodeForProperty(term.$cstNode, 'aliases', index) : undefined;
}

/** A place where a term is written, in any document of the workspace. */
export interface TermLocation {
    uri: string;
    range: Range;
    /** The spelling used there, without brackets. */
    written: string;
    kind: 'name' | 'alias' | 'mention';
}

/**
 * Every place a term is written: its name, its aliases and every mention in the workspace,
 * each with the spelling used, so callers can tell a mention of the name from one of an alias.
 */
export function termLocations(term: Term, references: References, documents: LangiumDocuments): TermLocation[] {
    const result: TermLocation[] = [];
    const uri = AstUtils.getDocument(term).uri.toString();
    for (const spelling of [term.name, ...term.aliases]) {
        const node = termSpellingNode(term, spelling);
        if (node) {
            result.push({ uri, range: node.range, written: spelling, kind: spelling === term.name ? 'name' : 'alias' });
        }
    }
    for (const reference of references.findReferences(term, { includeDeclaration: false })) {
        const document = documents.getDocument(reference.sourceUri);
        const text = document?.textDocument.getText(reference.segment.range) ?? '';
        result.push({ uri: reference.sourceUri.toString(), range: reference.segment.range, written: termNameOf(text), kind: 'mention' });
    }
    return result;
}
