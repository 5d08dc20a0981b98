export * from './main.js';
export * from './cli-error.js';
export * from './workspace.js';
export * from './config.js';
export * from './commands/check.js';
export * from './format/finding.js';
