#!/usr/bin/env node
// The SLA language server for any LSP client: `sla-language-server --stdio`.
import '../out/node/main.js';
