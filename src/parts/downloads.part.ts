/** dist/embed-downloads.js: the download buttons' CSV, SVG and PNG files for dist/embed.js. */
import { saveChart } from './downloads.js';
import { register } from './store.js';

// A plain object of what the chart calls, not `import * as`: a module namespace object would bring its own helper
// code into the part script and hand the chart every export of the module.
register('downloads', { saveChart });
