import type { ReferenceInfo, Scope } from 'langium';
import { AstUtils, DefaultScopeProvider, EMPTY_SCOPE, MapScope } from 'langium';
import { isMeasurements, isMeasurementRow, Segment, Term } from '../generated/ast.js';
import { importedUris } from './imports.js';

/**
 * Two rules beyond Langium's defaults:
 * - a measurement row's segment is looked up among the segments of the measured metric;
 * - terms from other files are visible only through an `import` of their glossary file.
 */
export class SlaScopeProvider extends DefaultScopeProvider {

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
        return super.getScope(context);
    }

    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        if (referenceType !== Term.$type) {
            return EMPTY_SCOPE;
        }
        const uris = new Set(importedUris(AstUtils.getDocument(context.container)).map(uri => uri.toString()));
        if (uris.size === 0) {
            return EMPTY_SCOPE;
        }
        // One scope per set of imported files until the workspace changes: built per mention,
        // it made indexing 500 agreements that share a glossary several times slower.
        const key = [...uris].sort().join('\n');
        return this.globalScopeCache.get(key, () => new MapScope(this.indexManager.allElements(Term.$type, uris)));
    }
}
