#!/usr/bin/env node
// The `sla` command: check, render, pace and report agreements.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { requireSupportedNode } from './guard.js';

requireSupportedNode('sla');
// The program is the bundle, not the link to this file in a bin folder: the diagnostics page
// that `--format sarif` links to is found from it (dist/docs/).
const bundle = fileURLToPath(new URL('../dist/sla.cjs', import.meta.url));
process.argv[1] = bundle;
const { main } = createRequire(import.meta.url)(bundle);
process.exitCode = await main(process.argv.slice(2));
