#!/usr/bin/env node
// The `sla` command: check, render, pace, report and export agreements.
// The language package's guard: both packages need the same Node (their `engines`).
import { requireSupportedNode } from 'sla-language/guard';

requireSupportedNode('sla');
const { EXIT_INTERNAL_ERROR, internalErrorLine, main } = await import('../out/main.js');

// A failure outside the command's own flow (a stray promise, a timer) is an internal error too.
const fail = error => {
    process.stderr.write(internalErrorLine(error) + '\n');
    process.exit(EXIT_INTERNAL_ERROR);
};
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

process.exitCode = await main(process.argv.slice(2));
