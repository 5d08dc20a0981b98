import type { AstNode } from 'langium';
import { isAstNode } from 'langium';

const nodesByRoot = new WeakMap<AstNode, readonly AstNode[]>();

/**
 * Every node of a tree, the root first, in the order of Langium's `streamAst`. Listed once
 * per parse (a new parse makes a new root; a reparsed block updates the list) and shared by
 * the phases that walk the whole tree: scopes, linking, validation. Langium's streams build an iterator object per node, so each
 * of those walks cost ~2.5 ms on a 1k-line agreement; listing the nodes costs ~0.3 ms once.
 */
export function allNodes(root: AstNode): readonly AstNode[] {
    let nodes = nodesByRoot.get(root);
    if (!nodes) {
        const list: AstNode[] = [];
        collect(root, list);
        nodes = list;
        nodesByRoot.set(root, nodes);
    }
    return nodes;
}

/**
 * Updates the list of a tree in which `newNode` took the place of `oldNode` (a reparsed block,
 * see `parser/block-reparse.ts`): a subtree is a run of the list, so only that run is listed again.
 */
export function replaceInAllNodes(root: AstNode, oldNode: AstNode, newNode: AstNode): void {
    const nodes = nodesByRoot.get(root);
    const index = nodes ? nodes.indexOf(oldNode) : -1;
    if (!nodes || index < 0) {
        nodesByRoot.delete(root);
        return;
    }
    const removed: AstNode[] = [];
    collect(oldNode, removed);
    const added: AstNode[] = [];
    collect(newNode, added);
    nodesByRoot.set(root, [...nodes.slice(0, index), ...added, ...nodes.slice(index + removed.length)]);
}

function collect(node: AstNode, into: AstNode[]): void {
    into.push(node);
    for (const key of Object.keys(node)) {
        if (key.startsWith('$')) {
            continue;
        }
        const value = (node as unknown as Record<string, unknown>)[key];
        if (isAstNode(value)) {
            collect(value, into);
        } else if (Array.isArray(value)) {
            for (const element of value) {
                if (isAstNode(element)) {
                    collect(element, into);
                }
            }
        }
    }
}
