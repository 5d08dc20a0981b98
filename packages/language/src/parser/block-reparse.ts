import type { AstNode, CompositeCstNode, CstNode, Grammar, LangiumParser, LeafCstNode, ParseResult } from 'langium';
import { GrammarAST, isCompositeCstNode, isLeafCstNode } from 'langium';

/** Where two texts differ: `[start, oldEnd)` of the old text became `[start, newEnd)` of the new. */
export interface TextChange {
    start: number;
    oldEnd: number;
    newEnd: number;
}

/** The one region where `after` differs from `before`, or undefined when they are equal. */
export function textChange(before: string, after: string): TextChange | undefined {
    if (before === after) {
        return undefined;
    }
    const shorter = Math.min(before.length, after.length);
    // Equal chunks first, then single characters: comparing substrings is native and ~30× faster.
    let start = 0;
    for (let step = 1024; step > 1; step >>= 4) {
        while (start + step <= shorter && before.substring(start, start + step) === after.substring(start, start + step)) {
            start += step;
        }
    }
    while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) {
        start++;
    }
    const limit = shorter - start;
    let suffix = 0;
    for (let step = 1024; step > 1; step >>= 4) {
        while (suffix + step <= limit
            && before.substring(before.length - suffix - step, before.length - suffix) === after.substring(after.length - suffix - step, after.length - suffix)) {
            suffix += step;
        }
    }
    while (suffix < limit && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) {
        suffix++;
    }
    return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

/** A parse made by reparsing one block: the tree is the previous one, with `newBlock` where `oldBlock` was. */
export interface BlockReparse {
    parse: ParseResult;
    oldBlock: AstNode;
    newBlock: AstNode;
}

/**
 * After an edit inside one block (a service, a metric, the termination clause…), parses that
 * block's new text alone and puts the result in place of the old block, instead of parsing the
 * whole text again: typing in a 1k-line agreement then parses ~30 lines, not 1,000.
 *
 * The spliced tree is the one a full parse gives, because:
 * - the old parse had no error, and the edit lies strictly inside a block whose rule opens with
 *   a keyword and closes with a mandatory `}`; text before the block is unchanged, so the lexer
 *   is outside prose there and the parent chose the block on the same first token (every
 *   decision of the grammar reads one token; a grammar test checks it);
 * - the block's new text parses as that rule with no error and to its last character, ending
 *   with the `}` that closes it; text after it is unchanged, and so is every token lexed there.
 * Otherwise `reparse` gives undefined and the caller parses the whole text.
 *
 * The splice mutates the old tree: unchanged nodes are kept, and the positions of the tokens
 * after the block move by the edit's length.
 */
export class BlockReparser {
    private readonly blockRules: ReadonlySet<GrammarAST.ParserRule>;

    constructor(grammar: Grammar, private readonly parser: LangiumParser) {
        this.blockRules = blockRulesOf(grammar);
    }

    /** The parse of `text` made from `previous` by reparsing one block, or undefined. */
    reparse(previous: ParseResult, text: string): BlockReparse | undefined {
        const root = previous.value.$cstNode?.root;
        if (!root || hasErrors(previous) || !hasSplicedFields(root)) {
            return undefined;
        }
        const oldText = root.fullText;
        const change = textChange(oldText, text);
        const block = change && this.innermostBlock(root, change);
        if (!block) {
            return undefined;
        }
        const start = block.composite.offset;
        const oldEnd = block.composite.end;
        const newEnd = oldEnd + text.length - oldText.length;
        const parsed = this.parser.parse(text.slice(start, newEnd), { rule: block.rule.name });
        const parsedCst = parsed.value.$cstNode;
        const oldNode = block.composite.astNode;
        if (hasErrors(parsed) || !isCompositeCstNode(parsedCst) || parsedCst.end !== newEnd - start || parsed.value.$type !== oldNode.$type) {
            return undefined;
        }
        splice(root, block.composite, oldNode, parsed.value, parsedCst, text);
        return {
            parse: { value: previous.value, lexerErrors: [], parserErrors: [], lexerReport: parsed.lexerReport },
            oldBlock: oldNode,
            newBlock: parsed.value
        };
    }

    /** The innermost block whose text strictly contains the change, so its first token and closing `}` are kept. */
    private innermostBlock(root: CompositeCstNode, change: TextChange): { composite: CompositeCstNode; rule: GrammarAST.ParserRule } | undefined {
        let found: { composite: CompositeCstNode; rule: GrammarAST.ParserRule } | undefined;
        let node: CstNode | undefined = root;
        while (node && isCompositeCstNode(node)) {
            node = node.content.find(child => child.offset < change.start && change.oldEnd < child.end);
            const rule = node && GrammarAST.isRuleCall(node.grammarSource) ? node.grammarSource.rule.ref : undefined;
            if (node && isCompositeCstNode(node) && GrammarAST.isParserRule(rule) && this.blockRules.has(rule)) {
                found = { composite: node, rule };
            }
        }
        return found;
    }
}

/** Rules that open with a keyword and close with a mandatory `}`: `service S { … }` and the like. */
function blockRulesOf(grammar: Grammar): Set<GrammarAST.ParserRule> {
    const rules = new Set<GrammarAST.ParserRule>();
    for (const rule of grammar.rules) {
        if (!GrammarAST.isParserRule(rule) || rule.fragment || rule.dataType || !GrammarAST.isGroup(rule.definition)) {
            continue;
        }
        const elements = rule.definition.elements;
        const opens = elements[0];
        const closes = elements[elements.length - 1];
        if (GrammarAST.isKeyword(opens) && !opens.cardinality && GrammarAST.isKeyword(closes) && closes.value === '}' && !closes.cardinality) {
            rules.add(rule);
        }
    }
    return rules;
}

function hasErrors(result: ParseResult): boolean {
    return result.lexerErrors.length > 0 || result.parserErrors.length > 0 || (result.lexerReport?.diagnostics.length ?? 0) > 0;
}

/**
 * What the splice relies on in Langium's CST nodes, which have no API to move a node: private
 * fields by name and the type they hold, and properties declared read-only that it assigns.
 * `test/language/parser/langium-internals.test.ts` checks each on real nodes, so that a Langium
 * version that renames one fails there; at run time such a version turns reparsing off.
 */
export const LANGIUM_CST_INTERNALS = {
    /** A leaf's position, which its `offset`, `end` and `range` read. */
    leaf: { _offset: 'number', _startLine: 'number', _startColumn: 'number', _endLine: 'number', _endColumn: 'number' },
    /** The range a composite node caches once read; cleared when leaves inside it move. */
    composite: { _rangeCache: 'object' },
    /** The tree's text, which `fullText` and every node's `text` read. */
    root: { _text: 'string' },
    /** Declared read-only, assigned by the splice: a composite's children, its AST node, a node's container. */
    assigned: ['content', 'astNode', 'container']
} as const;

type MutableLeaf = { -readonly [Field in keyof typeof LANGIUM_CST_INTERNALS.leaf]: number };
type MutableComposite = { -readonly [Field in keyof typeof LANGIUM_CST_INTERNALS.composite]: unknown } & { content: CstNode[]; astNode: AstNode };
type MutableRoot = { -readonly [Field in keyof typeof LANGIUM_CST_INTERNALS.root]: string };

/** Whether the tree's nodes have the fields the splice writes; with another Langium they may not, and reparsing is off. */
function hasSplicedFields(root: CompositeCstNode): boolean {
    const leaf = firstLeaf(root);
    return leaf !== undefined
        && hasFields(leaf, LANGIUM_CST_INTERNALS.leaf)
        && hasFields(root, LANGIUM_CST_INTERNALS.root)
        && Object.keys(LANGIUM_CST_INTERNALS.composite).every(field => field in root);
}

function hasFields(node: CstNode, fields: Record<string, string>): boolean {
    return Object.entries(fields).every(([field, type]) => typeof (node as unknown as Record<string, unknown>)[field] === type);
}

function splice(root: CompositeCstNode, composite: CompositeCstNode, oldNode: AstNode, newNode: AstNode, parsed: CompositeCstNode, text: string): void {
    const oldStart = firstLeaf(composite)!.range.start;
    const oldEnd = composite.end;
    const oldEndPosition = lastLeaf(composite)!.range.end;

    // The new block's tokens were lexed from its first character: move them to where it starts.
    forEachNode(parsed, node => {
        if (isLeafCstNode(node)) {
            const leaf = node as unknown as MutableLeaf;
            leaf._offset += composite.offset;
            leaf._startColumn += leaf._startLine === 0 ? oldStart.character : 0;
            leaf._endColumn += leaf._endLine === 0 ? oldStart.character : 0;
            leaf._startLine += oldStart.line;
            leaf._endLine += oldStart.line;
        } else {
            (node as unknown as MutableComposite)._rangeCache = undefined;
        }
    });
    const newEndPosition = lastLeaf(parsed)!.range.end;
    const shift = parsed.end - oldEnd;
    const lines = newEndPosition.line - oldEndPosition.line;
    const columns = newEndPosition.character - oldEndPosition.character;

    // Tokens after the block move by the edit; those on the block's last line move along it too.
    // They are the later siblings of the block and of each node around it.
    const moveLeaf = (node: CstNode): void => {
        if (isLeafCstNode(node)) {
            const leaf = node as unknown as MutableLeaf;
            leaf._offset += shift;
            leaf._startColumn += leaf._startLine === oldEndPosition.line ? columns : 0;
            leaf._endColumn += leaf._endLine === oldEndPosition.line ? columns : 0;
            leaf._startLine += lines;
            leaf._endLine += lines;
        } else {
            (node as unknown as MutableComposite)._rangeCache = undefined;
        }
    };
    for (let inner: CstNode = composite, outer = composite.container; outer; inner = outer, outer = outer.container) {
        (outer as unknown as MutableComposite)._rangeCache = undefined;
        const siblings = outer.content;
        for (let index = siblings.indexOf(inner) + 1; index < siblings.length; index++) {
            forEachNode(siblings[index], moveLeaf);
        }
    }

    const target = composite as unknown as MutableComposite;
    target.content = [...parsed.content];
    target._rangeCache = undefined;
    for (const child of target.content) {
        (child as { container?: CompositeCstNode }).container = composite;
    }
    const outer = oldNode.$cstNode as unknown as MutableComposite;
    outer.astNode = newNode;
    outer._rangeCache = undefined;
    replaceNode(oldNode, newNode);
    (root as unknown as MutableRoot)._text = text;
}

/** Puts `newNode` where `oldNode` is in its container. */
function replaceNode(oldNode: AstNode, newNode: AstNode): void {
    const container = oldNode.$container as unknown as Record<string, unknown>;
    const property = oldNode.$containerProperty!;
    const mutable = newNode as { -readonly [K in keyof AstNode]: AstNode[K] };
    mutable.$container = oldNode.$container;
    mutable.$containerProperty = property;
    mutable.$containerIndex = oldNode.$containerIndex;
    mutable.$cstNode = oldNode.$cstNode;
    if (oldNode.$containerIndex === undefined) {
        container[property] = newNode;
    } else {
        (container[property] as AstNode[])[oldNode.$containerIndex] = newNode;
    }
}

/** Visits a node and every node inside it. */
function forEachNode(root: CstNode, visit: (node: CstNode) => void): void {
    const stack: CstNode[] = [root];
    while (stack.length > 0) {
        const node = stack.pop()!;
        visit(node);
        if (isCompositeCstNode(node)) {
            for (let index = node.content.length - 1; index >= 0; index--) {
                stack.push(node.content[index]);
            }
        }
    }
}

function firstLeaf(node: CstNode): LeafCstNode | undefined {
    while (isCompositeCstNode(node)) {
        const next = node.content.find(child => !child.hidden);
        if (!next) {
            return undefined;
        }
        node = next;
    }
    return node as LeafCstNode;
}

function lastLeaf(node: CstNode): LeafCstNode | undefined {
    while (isCompositeCstNode(node)) {
        const next = node.content.findLast(child => !child.hidden);
        if (!next) {
            return undefined;
        }
        node = next;
    }
    return node as LeafCstNode;
}
