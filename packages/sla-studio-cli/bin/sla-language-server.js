#!/usr/bin/env node
// The SLA language server for any LSP client: `sla-language-server --stdio`.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { requireSupportedNode } from './guard.js';

requireSupportedNode('sla-language-server');
// The program is the bundle, not the link to this file in a bin folder: each diagnostic's code
// links to the page shipped beside it (dist/docs/diagnostics.md).
const bundle = fileURLToPath(new URL('../dist/server.cjs', import.meta.url));
process.argv[1] = bundle;
createRequire(import.meta.url)(bundle);
