/** Where the parts' scripts hand their modules to dist/embed.js: a page global, keyed by part and version. */
import { version } from '../version.js';
import type { PartName, Parts } from './index.js';

const KEY = '__lokaleBesturenChartsParts';
const store = (): Record<string, unknown> =>
  ((window as unknown as Record<string, Record<string, unknown>>)[KEY] ??= {});

/** Called by a part's script (dist/embed-<name>.js). */
export const register = <K extends PartName>(name: K, part: Parts[K]) => {
  store()[`${name}@${version}`] = part;
};

/** The part of this version, once its script has run. */
export const peek = <K extends PartName>(name: K): Parts[K] | undefined => store()[`${name}@${version}`] as Parts[K];
