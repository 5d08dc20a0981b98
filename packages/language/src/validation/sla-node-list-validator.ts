import type { AstNode, ValidationAcceptor, ValidationCheck, ValidationOptions } from 'langium';
import { Cancellation, interruptAndCheck } from 'langium';
import { allNodes } from '../workspace/ast-nodes.js';
import { INTERRUPT_EVERY } from '../workspace/interruption.js';
import { SlaDocumentValidator } from './sla-document-validator.js';

/**
 * The SLA document validator with Langium's walk over the nodes, without its per-node costs:
 * it goes over the shared node list (`allNodes`), looks the checks of a node type up once per
 * validation rather than once per node, and checks for interruption every few hundred nodes
 * rather than at each one.
 */
export class SlaNodeListValidator extends SlaDocumentValidator {

    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const checksByType = new Map<string, ValidationCheck[]>();
        let count = 0;
        for (const node of allNodes(rootNode)) {
            if (++count % INTERRUPT_EVERY === 0) {
                await interruptAndCheck(cancelToken);
            }
            let checks = checksByType.get(node.$type);
            if (!checks) {
                checks = this.validationRegistry.getChecks(node.$type, options.categories).toArray();
                checksByType.set(node.$type, checks);
            }
            for (const check of checks) {
                // Most checks are synchronous: awaiting only promises spares a microtask per check and node.
                const result = check(node, acceptor, cancelToken);
                if (result) {
                    await result;
                }
            }
        }
    }
}
