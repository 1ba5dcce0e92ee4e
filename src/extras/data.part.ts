/** dist/embed-data.js: editor data (`src`, `data`, an inline JSON child) for dist/embed.js. */
import * as data from './data.js';
import { register } from './store.js';

register('data', data);
