import type { AstNode, AstNodeDescription, LocalSymbols, ReferenceInfo, Scope, Stream } from 'langium';
import { AstUtils, stream } from 'langium';
import { SlaScopeProvider } from './sla-scope-provider.js';

/**
 * The SLA scopes, with local names looked up by name rather than by a walk over all of them:
 * an agreement holds one flat namespace of hundreds of names, and linking a 1k-line agreement
 * looked each reference up in it.
 */
export class SlaIndexedScopeProvider extends SlaScopeProvider {
    /** Per symbol table (a new one per scope computation): each holder's names of each type. */
    private readonly indexes = new WeakMap<LocalSymbols, Map<AstNode, Map<string, NameIndex>>>();

    protected override getNameScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        const localSymbols = AstUtils.getDocument(context.container).localSymbols;
        let scope = this.getGlobalScope(referenceType, context);
        if (!localSymbols) {
            return scope;
        }
        // Wrapped from the outermost holder in: the innermost is asked first, so its names shadow outer ones, as in Langium.
        const holders: AstNode[] = [];
        for (let node: AstNode | undefined = context.container; node; node = node.$container) {
            if (localSymbols.has(node)) {
                holders.push(node);
            }
        }
        for (let index = holders.length - 1; index >= 0; index--) {
            scope = new NameIndexScope(this.nameIndex(localSymbols, holders[index], referenceType), scope);
        }
        return scope;
    }

    private nameIndex(localSymbols: LocalSymbols, holder: AstNode, referenceType: string): NameIndex {
        let byHolder = this.indexes.get(localSymbols);
        if (!byHolder) {
            byHolder = new Map();
            this.indexes.set(localSymbols, byHolder);
        }
        let byType = byHolder.get(holder);
        if (!byType) {
            byType = new Map();
            byHolder.set(holder, byType);
        }
        let index = byType.get(referenceType);
        if (!index) {
            const all = localSymbols.getStream(holder).filter(description => this.reflection.isSubtype(description.type, referenceType)).toArray();
            const byName = new Map<string, AstNodeDescription[]>();
            for (const description of all) {
                const named = byName.get(description.name);
                if (named) {
                    named.push(description);
                } else {
                    byName.set(description.name, [description]);
                }
            }
            index = { all, byName };
            byType.set(referenceType, index);
        }
        return index;
    }
}

/** The names of one type that one node holds, in order, and by name. */
interface NameIndex {
    all: AstNodeDescription[];
    byName: Map<string, AstNodeDescription[]>;
}

/** Langium's `StreamScope` over a name index: the same answers, found by name. */
class NameIndexScope implements Scope {
    constructor(private readonly index: NameIndex, private readonly outer: Scope) {}

    getElement(name: string): AstNodeDescription | undefined {
        return this.index.byName.get(name)?.[0] ?? this.outer.getElement(name);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        return stream(this.index.byName.get(name) ?? []).concat(this.outer.getElements(name));
    }

    getAllElements(): Stream<AstNodeDescription> {
        return stream(this.index.all).concat(this.outer.getAllElements());
    }
}
