/**
 * How many AST nodes a walk visits between two `interruptAndCheck` calls. Langium awaits one
 * per node; an `await` per node of a 1k-line agreement (~20,000 nodes, walked by linking,
 * the reference index and validation) cost more than the checks themselves. Every 256 nodes
 * a walk still yields to the event loop within a few milliseconds and notices cancellation.
 */
export const INTERRUPT_EVERY = 256;
