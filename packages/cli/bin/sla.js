#!/usr/bin/env node
// The `sla` command: check, render, pace, report and export agreements.
import { readFileSync } from 'node:fs';

// The Node this needs is the package's `engines` field; on an older one, say so in one line
// instead of failing on a missing built-in deep inside a dependency.
const needed = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).engines.node;
const neededMajor = Number(/\d+/.exec(needed)[0]);
if (Number(process.versions.node.split('.')[0]) < neededMajor) {
    process.stderr.write(`sla needs Node ${neededMajor} or newer; this is ${process.versions.node}.\n`);
    process.exit(1);
}
const { EXIT_INTERNAL_ERROR, internalErrorLine, main } = await import('../out/main.js');

// A failure outside the command's own flow (a stray promise, a timer) is an internal error too.
const fail = error => {
    process.stderr.write(internalErrorLine(error) + '\n');
    process.exit(EXIT_INTERNAL_ERROR);
};
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

process.exitCode = await main(process.argv.slice(2));
