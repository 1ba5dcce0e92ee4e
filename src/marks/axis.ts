import { svg } from 'lit';
import type { Tick } from '../core/types.js';

/** Vertical grid lines with their labels above: the share scale of a horizontal chart. */
export const xGrid = (ticks: Tick[], top: number, bottom: number) => svg`<g class="axis" aria-hidden="true">
  ${ticks.map(
    (t) => svg`<line class="grid" x1=${t.x} x2=${t.x} y1=${top} y2=${bottom}></line>
      <text class="tick" x=${t.x} y=${top - 6} text-anchor="middle">${t.label}</text>`,
  )}
</g>`;
