import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { GrammarUtils } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import type { DocumentSymbol } from 'vscode-languageserver';
import { SymbolKind } from 'vscode-languageserver';
import {
    isAgreement, isDeliverable, isDocumentReference, isExclusions, isGlossaryBlock, isGoal, isIndemnification,
    isMeasurements, isMeeting, isMetric, isParty, isPeriod, isReferences, isRemedies, isRepresentative, isReview,
    isSection, isSegment, isService, isSeverity, isSharedGlossary, isSlaFile, isSummary, isTerm, isTermination
} from '../generated/ast.js';
import { proseText } from '../model/prose.js';

/** What an outline entry shows for a node, or undefined when the node has none. */
interface Entry {
    name: string;
    detail?: string;
    kind: SymbolKind;
    /** The token to select: the name, else the first keyword. */
    selection?: CstNode;
    children?: AstNode[];
}

/**
 * The outline of an agreement: every concept the agreement is made of (SPEC §1) — period,
 * summary, parties and their representatives, goals, glossary terms, services with their
 * metrics and segments, deliverables, severity levels, remedies, indemnification,
 * exclusions, reviews, meetings, termination, references, sections and measurements — in
 * the order written. A shared glossary file shows its terms.
 */
export class SlaDocumentSymbolProvider implements DocumentSymbolProvider {

    getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const root = document.parseResult.value;
        if (!isSlaFile(root)) {
            return [];
        }
        return this.symbols(root.agreement ? [root.agreement] : root.glossary ? [root.glossary] : []);
    }

    private symbols(nodes: AstNode[]): DocumentSymbol[] {
        return nodes.flatMap(node => {
            const entry = entryOf(node);
            if (!entry || !node.$cstNode) {
                return [];
            }
            const children = this.symbols(entry.children ?? []);
            return [{
                name: entry.name,
                detail: entry.detail,
                kind: entry.kind,
                range: node.$cstNode.range,
                selectionRange: (entry.selection ?? node.$cstNode).range,
                ...(children.length > 0 ? { children } : {})
            }];
        });
    }
}

function entryOf(node: AstNode): Entry | undefined {
    const name = (kind: SymbolKind, detail?: string, children?: AstNode[]): Entry | undefined => {
        const id = (node as { name?: string }).name;
        return id ? { name: id, detail: detail || undefined, kind, selection: GrammarUtils.findNodeForProperty(node.$cstNode, 'name'), children } : undefined;
    };
    const keyword = (label: string, kind: SymbolKind, detail?: string, children?: AstNode[]): Entry => ({
        name: label, detail: detail || undefined, kind, selection: node.$cstNode && firstToken(node.$cstNode), children
    });
    if (isAgreement(node)) {
        return name(SymbolKind.Namespace, proseText(node.title), node.clauses);
    }
    if (isSharedGlossary(node)) {
        return name(SymbolKind.Namespace, proseText(node.title), node.terms);
    }
    if (isPeriod(node)) {
        const end = node.end ? `to ${node.end}` : node.openEnded ? 'open-ended' : '';
        return keyword('period', SymbolKind.Event, `${node.start ?? ''} ${end}`.trim());
    }
    if (isSummary(node)) {
        return keyword('summary', SymbolKind.String);
    }
    if (isParty(node)) {
        return name(SymbolKind.Class, node.role, node.representatives);
    }
    if (isRepresentative(node)) {
        return keyword(proseText(node.person), SymbolKind.Property, proseText(node.jobRole));
    }
    if (isGoal(node)) {
        return name(SymbolKind.Event, proseText(node.title));
    }
    if (isGlossaryBlock(node)) {
        return keyword('glossary', SymbolKind.Namespace, undefined, node.terms);
    }
    if (isTerm(node)) {
        const aliases = node.aliases.map(alias => `[${alias}]`).join(', ');
        return node.name ? { ...name(SymbolKind.Constant, aliases ? `aka ${aliases}` : undefined)!, name: `[${node.name}]` } : undefined;
    }
    if (isService(node)) {
        return name(SymbolKind.Module, proseText(node.title), node.clauses);
    }
    if (isMetric(node)) {
        return name(SymbolKind.Property, proseText(node.title), node.clauses);
    }
    if (isSegment(node)) {
        return name(SymbolKind.EnumMember, proseText(node.title));
    }
    if (isDeliverable(node)) {
        return name(SymbolKind.Interface, proseText(node.title));
    }
    if (isSeverity(node)) {
        return name(SymbolKind.Enum, proseText(node.title));
    }
    if (isRemedies(node)) {
        return keyword('remedies', SymbolKind.Struct);
    }
    if (isIndemnification(node)) {
        return keyword('indemnification', SymbolKind.String);
    }
    if (isExclusions(node)) {
        return keyword('exclusions', SymbolKind.Array, `${node.items.length} item${node.items.length === 1 ? '' : 's'}`);
    }
    if (isReview(node)) {
        return keyword('review', SymbolKind.Event, `every ${node.cadence ?? '?'}`);
    }
    if (isMeeting(node)) {
        return keyword(proseText(node.title) || 'meeting', SymbolKind.Event, `every ${node.cadence ?? '?'}`);
    }
    if (isTermination(node)) {
        return keyword('termination', SymbolKind.Struct);
    }
    if (isReferences(node)) {
        return keyword('references', SymbolKind.Array, undefined, node.documents);
    }
    if (isDocumentReference(node)) {
        return keyword(proseText(node.title), SymbolKind.File, proseText(node.location));
    }
    if (isSection(node)) {
        return keyword(proseText(node.title) || 'section', SymbolKind.String);
    }
    if (isMeasurements(node)) {
        return keyword(`measurements for ${node.metric?.$refText ?? '?'}`, SymbolKind.Array, node.file ? proseText(node.file) : `${node.rows.length} row${node.rows.length === 1 ? '' : 's'}`);
    }
    return undefined;
}

function firstToken(cst: CstNode): CstNode {
    return 'content' in cst && Array.isArray(cst.content) && cst.content.length > 0 ? firstToken(cst.content[0] as CstNode) : cst;
}

