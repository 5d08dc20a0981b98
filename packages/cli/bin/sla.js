#!/usr/bin/env node
// The `sla` command: check, render and pace agreements.
import { EXIT_INTERNAL_ERROR, internalErrorLine, main } from '../out/main.js';

// A failure outside the command's own flow (a stray promise, a timer) is an internal error too.
const fail = error => {
    process.stderr.write(internalErrorLine(error) + '\n');
    process.exit(EXIT_INTERNAL_ERROR);
};
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

process.exitCode = await main(process.argv.slice(2));
