// Run by each bin before it loads anything else: on a Node older than the package's `engines`,
// say so in one line instead of failing on a missing built-in deep inside a dependency.
import { readFileSync } from 'node:fs';

/** @param {string} name the command, as the message names it */
export function requireSupportedNode(name) {
    const needed = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).engines.node;
    const neededMajor = Number(/\d+/.exec(needed)[0]);
    if (Number(process.versions.node.split('.')[0]) < neededMajor) {
        process.stderr.write(`${name} needs Node ${neededMajor} or newer; this is ${process.versions.node}.\n`);
        process.exit(1);
    }
}
