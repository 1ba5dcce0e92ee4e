import { interpolateNumber } from 'd3-interpolate';

/**
 * Interpolates a layout: numbers that exist in both `from` and `to` move (d3's `interpolateNumber`), everything
 * else (text, kinds, marks that are new) takes its value in `to`. Arrays of objects are matched by their `key`
 * field. d3's generic `interpolate` is not used on whole layouts because it would also interpolate the digits
 * inside labels ("1 op 3") and cannot match marks by key.
 */
export function tween<T>(from: unknown, to: T, t: number): T {
  if (typeof to === 'number') return (typeof from === 'number' ? interpolateNumber(from, to)(t) : to) as T;
  if (Array.isArray(to)) {
    const old = Array.isArray(from) ? from : [];
    const byKey = new Map(old.filter((o) => o && typeof o === 'object' && 'key' in o).map((o) => [o.key, o]));
    return to.map((item, i) =>
      tween(item && typeof item === 'object' && 'key' in item ? byKey.get(item.key) : old[i], item, t),
    ) as T;
  }
  if (to && typeof to === 'object') {
    const src = (from && typeof from === 'object' ? from : {}) as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(to)) out[k] = k === 'finding' ? v : tween(src[k], v, t);
    return out as T;
  }
  return to;
}
