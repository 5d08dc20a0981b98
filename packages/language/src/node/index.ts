export * from './diagnostics-page-file.js';
