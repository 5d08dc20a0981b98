import type { LangiumDocument, ReferenceDescription } from 'langium';
import { Cancellation, DefaultReferenceDescriptionProvider, interruptAndCheck } from 'langium';
import { INTERRUPT_EVERY } from '../workspace/interruption.js';

/**
 * The reference index of a document, from the references its linking collected
 * (`document.references`, every reference of the document in AST order) instead of a second
 * walk over every node, which Langium does with an `await` per node.
 */
export class SlaReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {

    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        let count = 0;
        for (const reference of document.references) {
            if (++count % INTERRUPT_EVERY === 0) {
                await interruptAndCheck(cancelToken);
            }
            const container = reference.$refNode?.astNode;
            if (container && !reference.error) {
                descriptions.push(...this.createInfoDescriptions({ reference, container, property: '' }));
            }
        }
        return descriptions;
    }
}
