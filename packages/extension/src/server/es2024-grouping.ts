/**
 * chevrotain 13 (under Langium 4.4) calls `Object.groupBy`, which Node has since version 21.
 * VS Code 1.91 to 1.100 run extensions, and so this server, on Node 20: there the two ES2024
 * grouping functions are defined before the parser loads. Newer runtimes keep their own.
 */
type GroupBy = <T, K>(items: Iterable<T>, key: (item: T, index: number) => K) => unknown;

function group<T, K>(items: Iterable<T>, key: (item: T, index: number) => K): Map<K, T[]> {
    const groups = new Map<K, T[]>();
    let index = 0;
    for (const item of items) {
        const k = key(item, index++);
        const members = groups.get(k);
        if (members) {
            members.push(item);
        } else {
            groups.set(k, [item]);
        }
    }
    return groups;
}

const objectConstructor = Object as unknown as { groupBy?: GroupBy };
if (typeof objectConstructor.groupBy !== 'function') {
    Object.defineProperty(Object, 'groupBy', {
        configurable: true,
        writable: true,
        value: <T, K extends PropertyKey>(items: Iterable<T>, key: (item: T, index: number) => K) =>
            Object.assign(Object.create(null) as Record<PropertyKey, T[]>, Object.fromEntries(group(items, key)))
    });
}

const mapConstructor = Map as unknown as { groupBy?: GroupBy };
if (typeof mapConstructor.groupBy !== 'function') {
    Object.defineProperty(Map, 'groupBy', { configurable: true, writable: true, value: group });
}
