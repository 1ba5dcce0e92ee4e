import { svg, nothing } from 'lit';
import type { PointMark } from '../core/types.js';

/**
 * One share as a dot whose shape tells its precision: filled (exact), open (about), open with a tick toward
 * the side the true value lies on (more-than / less-than), small dashed ring at zero (negligible).
 * `axis` says which way "more" points: right on a horizontal scale, up on a vertical one.
 */
export function precisionDot(p: PointMark, axis: 'x' | 'y', cls = '') {
  const r = 6;
  const c = `dot ${p.kind} y${p.year} ${cls}`;
  if (p.kind === 'negligible') return svg`<circle class=${c} cx=${p.x} cy=${p.y} r=${4}></circle>`;
  let tick: unknown = nothing;
  if (p.kind === 'more-than' || p.kind === 'less-than') {
    const sign = p.kind === 'more-than' ? 1 : -1;
    const [dx, dy] = axis === 'x' ? [sign, 0] : [0, -sign];
    // A small arrowhead outside the ring, pointing to where the true value is.
    const tx = p.x + dx * (r + 5);
    const ty = p.y + dy * (r + 5);
    tick = svg`<path class="bound y${p.year}" d=${`M${tx - dy * 3 - dx * 3},${ty - dx * 3 - dy * 3}L${tx},${ty}L${tx + dy * 3 - dx * 3},${ty + dx * 3 - dy * 3}`}></path>`;
  }
  return svg`<circle class=${c} cx=${p.x} cy=${p.y} r=${r}></circle>${tick}`;
}

/** The label next to a dot. */
export const dotLabel = (p: Pick<PointMark, 'labelX' | 'labelY' | 'anchor' | 'text'>) =>
  svg`<text class="value" x=${p.labelX} y=${p.labelY} dy="0.35em" text-anchor=${p.anchor}>${p.text}</text>`;
