import { nothing, svg } from 'lit';
import type { CellMark } from '../core/matrix.js';
import type { PointMark } from '../core/types.js';
import { precisionDot } from './point.js';

/** The hatching of cells the article says nothing about; `id` must be unique in the shadow root. */
export const hatch = (id: string) =>
  svg`<pattern id=${id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><path class="hatch" d="M0 0V6"></path></pattern>`;

/**
 * One cell of a grid: a box tinted by the share (open and dashed where there is none, hatched where the
 * article is silent), the precision dot, and the figure in words. The hatching is the box's `fill` presentation
 * attribute, not a style attribute, which a strict CSP (`style-src` without 'unsafe-inline') refuses.
 */
export const cell = (
  c: CellMark,
  hatchId: string,
) => svg`<g class="cell ${c.kind} ${c.tint ? 'valued' : ''}" data-key=${c.key}>
  <rect class="box y${c.year}" x=${c.x - c.w / 2} y=${c.y - c.h / 2} width=${c.w} height=${c.h} rx="3"
    fill=${c.kind === 'silent' ? `url(#${hatchId})` : nothing} fill-opacity=${c.tint || nothing}></rect>
  ${c.dot ? precisionDot(c.dot as PointMark, 'x') : ''}
  <text class="value" x=${c.tx} y=${c.ty} text-anchor=${c.anchor}>${c.lines.map(
    (l, i) => svg`<tspan x=${c.tx} dy=${i ? '1.23em' : '0.35em'}>${l}</tspan>`,
  )}</text>
</g>`;
