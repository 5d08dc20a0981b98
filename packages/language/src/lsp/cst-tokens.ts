import type { CstNode, LangiumDocument, LeafCstNode, RootCstNode } from 'langium';
import { isCompositeCstNode } from 'langium';

/**
 * The tokens a document's CST holds around an offset, nearest first, so that completion can
 * look near the cursor without reading the text from its start. Comments are left out.
 */

/** The document's CST, if it was parsed from the document's current text. */
export function currentCst(document: LangiumDocument): RootCstNode | undefined {
    const root = document.parseResult.value.$cstNode?.root;
    return root?.fullText === document.textDocument.getText() ? root : undefined;
}

/** The tokens inside `node` that end at or before `offset`, the last one first. */
export function* tokensBefore(node: CstNode, offset: number): Generator<LeafCstNode> {
    if (isCompositeCstNode(node)) {
        const children = node.content;
        for (let index = firstIndex(children, child => child.offset >= offset) - 1; index >= 0; index--) {
            yield* tokensBefore(children[index], offset);
        }
    } else if (!node.hidden && node.end <= offset) {
        yield node as LeafCstNode;
    }
}

/** The tokens inside `node` that start at or after `offset`, the first one first. */
export function* tokensFrom(node: CstNode, offset: number): Generator<LeafCstNode> {
    if (isCompositeCstNode(node)) {
        const children = node.content;
        for (let index = firstIndex(children, child => child.end > offset); index < children.length; index++) {
            yield* tokensFrom(children[index], offset);
        }
    } else if (!node.hidden && node.offset >= offset) {
        yield node as LeafCstNode;
    }
}

/** The index of the first child that is `after` (children are in text order), by bisection: a block may hold thousands. */
function firstIndex(children: readonly CstNode[], after: (child: CstNode) => boolean): number {
    let low = 0;
    let high = children.length;
    while (low < high) {
        const middle = (low + high) >> 1;
        if (after(children[middle])) {
            high = middle;
        } else {
            low = middle + 1;
        }
    }
    return low;
}

/** The first item of an iterable, without reading the rest. */
export function first<T>(items: Iterable<T>): T | undefined {
    for (const item of items) {
        return item;
    }
    return undefined;
}
