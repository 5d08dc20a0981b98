export * from './source-file-reader.js';
