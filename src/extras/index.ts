/**
 * The optional parts of a chart: English and French (Dutch is always there), the download buttons and editor data (`src`, `data`, an inline JSON
 * child). In the ES modules they are imported here like any module and are always at hand. In dist/embed.js
 * this module is replaced by `lazy.ts`: each part is a small sibling script (embed-en.js, embed-fr.js,
 * embed-downloads.js, embed-data.js) fetched on first use, so that a Dutch chart of the bundled survey, the
 * common case, carries none of them.
 */
import { en } from '../i18n/en.js';
import { fr } from '../i18n/fr.js';
import { fetchDataset, inlineDataset, validateDataset } from './data.js';
import { saveChart } from '../controllers/export.js';

// Plain objects rather than `import * as`: a bundler's namespace objects cost a bundled element ~0.2 kB.
const all = { en, fr, data: { fetchDataset, inlineDataset, validateDataset }, downloads: { saveChart } };

/** The optional parts, by name. */
export type Extras = typeof all;
export type ExtraName = keyof Extras;

/** The part when it is at hand; undefined while dist/embed.js has not fetched it yet. */
export const peek = <K extends ExtraName>(name: K): Extras[K] | undefined => all[name];

/** The part, fetched first where it must be; rejects with a message for the reader when it cannot be had. */
export const need = <K extends ExtraName>(name: K): Promise<Extras[K]> => Promise.resolve(all[name]);
