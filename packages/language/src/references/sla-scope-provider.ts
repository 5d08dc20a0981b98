import type { AstNode, AstNodeDescription, LangiumDocument, LocalSymbols, ReferenceInfo, Scope, Stream } from 'langium';
import { AstUtils, DefaultScopeProvider, EMPTY_SCOPE, MapScope, stream } from 'langium';
import { isMeasurements, isMeasurementRow, Segment, Term } from '../generated/ast.js';
import { importedUriTexts } from './imports.js';

/**
 * Two rules beyond Langium's defaults:
 * - a measurement row's segment is looked up among the segments of the measured metric;
 * - terms from other files are visible only through an `import` of their glossary file.
 * Local names are looked up by name, not by a walk over all of them: an agreement holds one flat
 * namespace of hundreds of names, and linking a 1k-line agreement looked each reference up in it.
 */
export class SlaScopeProvider extends DefaultScopeProvider {
    /** Per symbol table (a new one per scope computation): each holder's names of each type. */
    private readonly indexes = new WeakMap<LocalSymbols, Map<AstNode, Map<string, NameIndex>>>();
    private readonly importKeys = new WeakMap<readonly string[], string>();

    override getScope(context: ReferenceInfo): Scope {
        if (isMeasurementRow(context.container) && context.property === 'segment') {
            const measurements = context.container.$container;
            const metric = isMeasurements(measurements) ? measurements.metric?.ref : undefined;
            if (!metric) {
                return EMPTY_SCOPE;
            }
            const segments = metric.clauses.filter((clause): clause is Segment => clause.$type === Segment.$type);
            return this.createScopeForNodes(segments);
        }
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

    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        if (referenceType !== Term.$type) {
            return EMPTY_SCOPE;
        }
        const key = this.importKey(AstUtils.getDocument(context.container));
        if (key.length === 0) {
            return EMPTY_SCOPE;
        }
        // One scope per set of imported files until the workspace changes: built per mention,
        // it made indexing 500 agreements that share a glossary several times slower.
        return this.globalScopeCache.get(key, () => new MapScope(this.indexManager.allElements(Term.$type, new Set(key.split('\n')))));
    }

    /** The files a document imports, as one sorted text: the key of its global scope. */
    private importKey(document: LangiumDocument): string {
        const texts = importedUriTexts(document);
        let key = this.importKeys.get(texts);
        if (key === undefined) {
            key = [...new Set(texts)].sort().join('\n');
            this.importKeys.set(texts, key);
        }
        return key;
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
