import type { CompositeCstNode, CstNode, LangiumCoreServices, LangiumParser } from 'langium';
import { createLangiumParser, CstNodeBuilder } from 'langium';
import type { IToken } from 'chevrotain';

/**
 * Langium's CST builder, with the same tree, in time linear in the text:
 * - it adds many children at once without spreading them into a call's arguments:
 *   `push(...children)` puts every child on the stack, and the hidden tokens before one token
 *   (200,000 comment lines before the first keyword, or at the end of a file) overflowed it;
 * - before each token, with no hidden token to add it does nothing, and with some it finds the
 *   node being built among its parent's children from the end, where it was just added:
 *   Langium searched from the start each time, so 40,000 mentions in one string took 9 s.
 */
export class SlaCstNodeBuilder extends CstNodeBuilder {
    override addHiddenNodes(tokens: IToken[]): void {
        if (tokens.length === 0) {
            return;
        }
        const nodes: CstNode[] = tokens.map(token => this.createLeafNode(token, true));
        let current: CompositeCstNode = this.current;
        if (current.content.length > 0) {
            this.appendChildren(current, nodes);
            return;
        }
        // A node just created has no content yet: the hidden nodes go before it, in the first
        // node around it that has content; at the root, before everything.
        while (current.container) {
            const index = current.container.content.lastIndexOf(current);
            if (index > 0) {
                this.insertChildren(current.container, index, nodes);
                return;
            }
            current = current.container;
        }
        this.insertChildren(current, 0, nodes);
    }

    override appendChildren(parent: CompositeCstNode, children: CstNode[]): void {
        for (const child of children) {
            (child as { container?: CompositeCstNode }).container = parent;
        }
        const target = parent as unknown as { content: CstNode[] };
        if (target.content.length === 0) {
            target.content = children.slice();
        } else {
            for (const child of children) {
                target.content.push(child);
            }
        }
    }

    override insertChildren(parent: CompositeCstNode, index: number, children: CstNode[]): void {
        for (const child of children) {
            (child as { container?: CompositeCstNode }).container = parent;
        }
        const target = parent as unknown as { content: CstNode[] };
        if (children.length <= SPREAD_LIMIT) {
            // Called before every token, mostly with no child: splicing in place keeps that free.
            target.content.splice(index, 0, ...children);
        } else {
            target.content = target.content.slice(0, index).concat(children, target.content.slice(index));
        }
    }
}

/** Children few enough to pass as a call's arguments. */
const SPREAD_LIMIT = 1024;

/** Langium's parser for the grammar, building its CST with `SlaCstNodeBuilder`. */
export function createSlaParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    const fields = parser as unknown as { nodeBuilder?: unknown };
    // A Langium version without this field builds with its own builder: `parser.test.ts` fails then.
    if (fields.nodeBuilder instanceof CstNodeBuilder) {
        fields.nodeBuilder = new SlaCstNodeBuilder();
    }
    return parser;
}
