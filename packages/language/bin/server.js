#!/usr/bin/env node
// The SLA language server for any LSP client: `sla-language-server --stdio`.
import { readFileSync } from 'node:fs';

// The Node this needs is the package's `engines` field; on an older one, say so in one line.
const needed = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).engines.node;
const neededMajor = Number(/\d+/.exec(needed)[0]);
if (Number(process.versions.node.split('.')[0]) < neededMajor) {
    process.stderr.write(`sla-language-server needs Node ${neededMajor} or newer; this is ${process.versions.node}.\n`);
    process.exit(1);
}
await import('../out/node/main.js');
