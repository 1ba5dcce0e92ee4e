/** dist/embed-fr.js: French for dist/embed.js. */
import { fr } from '../i18n/fr.js';
import { register } from './store.js';

register('fr', fr);
