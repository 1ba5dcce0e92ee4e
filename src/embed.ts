/**
 * The one-file script for editors: `<script src="embed.js"></script>` registers every element.
 * Safe to load twice: the second copy registers nothing; a copy of another version says so once in the
 * console instead of throwing.
 */
import { TAGS, elements } from './elements.js';
import { define } from './base/define.js';
import { version } from './version.js';

const KEY = '__lokaleBesturenCharts';
const w = window as unknown as Record<string, string | undefined>;
if (!w[KEY]) {
  w[KEY] = version;
  for (const tag of TAGS) define(tag, elements[tag]);
} else if (w[KEY] !== version) {
  console.warn(`lokale-besturen-charts ${version}: version ${w[KEY]} is already on this page; its elements are kept.`);
}
