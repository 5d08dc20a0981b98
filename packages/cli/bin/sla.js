#!/usr/bin/env node
// The `sla` command: check, render, pace and report agreements.
import { readFileSync } from 'node:fs';

// The Node this needs is the package's `engines` field; on an older one, say so in one line
// instead of failing on a missing built-in deep inside a dependency.
const needed = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).engines.node;
const neededMajor = Number(/\d+/.exec(needed)[0]);
if (Number(process.versions.node.split('.')[0]) < neededMajor) {
    process.stderr.write(`sla needs Node ${neededMajor} or newer; this is ${process.versions.node}.\n`);
    process.exit(1);
}
const { main } = await import('../out/main.js');
process.exitCode = await main(process.argv.slice(2));
