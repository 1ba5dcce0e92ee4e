/** dist/embed-downloads.js: the download buttons' CSV, SVG and PNG files for dist/embed.js. */
import { saveChart } from '../controllers/export.js';
import { register } from './store.js';

register('downloads', { saveChart });
