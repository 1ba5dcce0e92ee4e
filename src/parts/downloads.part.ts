/** dist/embed-downloads.js: the download buttons' CSV, SVG and PNG files for dist/embed.js. */
import { saveChart } from './downloads.js';
import { register } from './store.js';

// A plain object, not `import * as`: the namespace object costs the part script 0.1 kB gzipped.
register('downloads', { saveChart });
