import { fonts } from '../controllers/page.js';
import { canvasMeasure, type Measure } from '../core/measure.js';

const cache = new WeakMap<Element, { font: string; measure: Measure }>();

/**
 * Measures text in the font an element draws with: its computed size (`--chart-font-size`, or 13px grown with
 * the reader's default font size) and family. Measured again when that font changes, or when web fonts finish
 * loading (`fonts`): the same font name then measures differently.
 */
export function measureIn(el: Element): Measure {
  const cs = getComputedStyle(el);
  const font = `${cs.fontSize} ${cs.fontFamily}`;
  const key = `${font}|${fonts}`;
  let hit = cache.get(el);
  if (hit?.font !== key) cache.set(el, (hit = { font: key, measure: canvasMeasure(font, parseFloat(font) || 13) }));
  return hit.measure;
}
