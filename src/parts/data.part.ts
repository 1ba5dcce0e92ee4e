/** dist/embed-data.js: editor data (`src`, `data`, an inline JSON child) for dist/embed.js. */
import { fetchDataset, inlineDataset, validateDataset } from './data.js';
import { register } from './store.js';

// A plain object, not `import * as`: the namespace object costs the part script 0.1 kB gzipped.
register('data', { fetchDataset, inlineDataset, validateDataset });
