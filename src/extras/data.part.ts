/** dist/embed-data.js: editor data (`src`, `data`, an inline JSON child) for dist/embed.js. */
import { fetchDataset, inlineDataset, validateDataset } from './data.js';
import { register } from './store.js';

register('data', { fetchDataset, inlineDataset, validateDataset });
