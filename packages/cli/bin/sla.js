#!/usr/bin/env node
// The `sla` command: check, render and pace agreements.
import { main } from '../out/main.js';

process.exitCode = await main(process.argv.slice(2));
