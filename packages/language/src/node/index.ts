export * from './diagnostics-page-file.js';
export * from './source-file-reader.js';
