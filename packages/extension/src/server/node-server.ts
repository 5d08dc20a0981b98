// The Node language server as the extension ships it: the language package's server entry,
// preceded by what it needs on the oldest VS Code this extension supports.
import './es2024-grouping.js';
import '../../../language/src/node/main.js';
