import type { LangiumCoreServices, LangiumDocument, ReferenceInfo, Scope } from 'langium';
import { AstUtils, DefaultScopeProvider, EMPTY_SCOPE, MapScope } from 'langium';
import { isMeasurements, isMeasurementRow, Segment, Term } from '../generated/ast.js';
import type { SlaServices } from '../sla-module.js';
import type { SlaSettings } from '../sla-settings.js';
import { importAllowed, importedUriTexts } from './imports.js';

/**
 * Two rules beyond Langium's defaults:
 * - a measurement row's segment is looked up among the segments of the measured metric;
 * - terms from other files are visible only through an `import` of their glossary file.
 * Local names are Langium's: those of the holders around the reference, the innermost first
 * (`SlaIndexedScopeProvider` finds them by name instead).
 */
export class SlaScopeProvider extends DefaultScopeProvider {
    private readonly importKeys = new WeakMap<readonly string[], string>();
    private readonly settings: SlaSettings;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.settings = (services as SlaServices).sla.Settings;
    }

    override getScope(context: ReferenceInfo): Scope {
        if (!this.reflection.getTypeMetaData(context.container.$type).properties[context.property]?.referenceType) {
            // Completion can ask for a reference the container's type lacks: after the `}` of
            // `measurements for M { … }`, the segment of a row, of the block. Langium would throw.
            return EMPTY_SCOPE;
        }
        if (isMeasurementRow(context.container) && context.property === 'segment') {
            const measurements = context.container.$container;
            const metric = isMeasurements(measurements) ? measurements.metric?.ref : undefined;
            if (!metric) {
                return EMPTY_SCOPE;
            }
            const segments = metric.clauses.filter((clause): clause is Segment => clause.$type === Segment.$type);
            return this.createScopeForNodes(segments);
        }
        return this.getNameScope(context);
    }

    /** The names a reference other than a segment can resolve to: the local ones, then the global scope. */
    protected getNameScope(context: ReferenceInfo): Scope {
        return super.getScope(context);
    }

    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        if (referenceType !== Term.$type) {
            return EMPTY_SCOPE;
        }
        const key = this.importKey(AstUtils.getDocument(context.container));
        if (key.length === 0) {
            return EMPTY_SCOPE;
        }
        // One scope per set of imported files until the workspace changes, as Langium keeps one
        // per type: built per mention, it made indexing 500 agreements that share a glossary
        // several times slower.
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
        // Restricted Mode follows no import outside the workspace folders (rare: not cached).
        return this.settings.restricted ? key.split('\n').filter(uri => uri && importAllowed(uri, this.settings)).join('\n') : key;
    }
}
