import type { AstReflection, LangiumDocument, Reference } from 'langium';
import { Cancellation, DefaultLinker, interruptAndCheck } from 'langium';
import type { LangiumCoreServices } from 'langium';
import { allNodes } from '../workspace/ast-nodes.js';
import { INTERRUPT_EVERY } from '../workspace/interruption.js';

/**
 * Langium's linker over the shared node list (`allNodes`), reading only the properties the
 * grammar declares as cross-references, and checking for interruption every few hundred
 * nodes instead of awaiting at each one.
 */
export class SlaLinker extends DefaultLinker {
    private readonly referenceProperties = new Map<string, string[]>();
    private readonly astReflection: AstReflection;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.astReflection = services.shared.AstReflection;
    }

    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        let count = 0;
        for (const node of allNodes(document.parseResult.value)) {
            if (++count % INTERRUPT_EVERY === 0) {
                await interruptAndCheck(cancelToken);
            }
            for (const property of this.referencePropertiesOf(node.$type)) {
                const value = (node as unknown as Record<string, Reference | Reference[] | undefined>)[property];
                if (Array.isArray(value)) {
                    value.forEach((reference, index) => this.doLink({ reference, container: node, property, index }, document));
                } else if (value) {
                    this.doLink({ reference: value, container: node, property }, document);
                }
            }
        }
    }

    /** The names of a node type's cross-reference properties, from the generated reflection. */
    private referencePropertiesOf(type: string): string[] {
        let properties = this.referenceProperties.get(type);
        if (!properties) {
            properties = Object.values(this.astReflection.getTypeMetaData(type).properties)
                .filter(property => property.referenceType !== undefined)
                .map(property => property.name);
            this.referenceProperties.set(type, properties);
        }
        return properties;
    }
}

