#!/usr/bin/env node
// The SLA language server for any LSP client: `sla-language-server --stdio`.
import { requireSupportedNode } from './guard.js';

requireSupportedNode('sla-language-server');
await import('../out/node/main.js');
