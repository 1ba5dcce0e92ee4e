/** dist/embed-data.js: editor data (`src`, `data`, an inline JSON child) for dist/embed.js. */
import { fetchDataset, inlineDataset, problemNl, problemOf, validateDataset } from './data.js';
import { register } from './store.js';

// A plain object of what the chart calls, not `import * as`: a module namespace object would bring its own helper
// code into the part script and hand the chart every export of the module.
register('data', { fetchDataset, inlineDataset, problemNl, problemOf, validateDataset });
