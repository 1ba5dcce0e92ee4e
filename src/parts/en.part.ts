/** dist/embed-en.js: English for dist/embed.js. */
import { en } from '../i18n/en.js';
import { register } from './store.js';

register('en', en);
