import { css, nothing, svg } from 'lit';
import type { BarRow, BarsLayout } from '../core/bars.js';
import { xGrid } from './axis.js';
import { dotLabel, precisionDot } from './point.js';
import { noteText } from './note.js';

/** Colours of the bars: the share in the 2017 colour, the rest in the grid colour. */
export const barStyles = css`
  svg .bar,
  svg .swatch {
    fill: var(--_c2017);
  }
  svg .track,
  svg .swatch.rest {
    fill: var(--_grid);
  }
  svg .fade {
    stop-color: var(--_c2017);
  }
  svg .rest text {
    fill: var(--_muted);
  }
`;

/** One bar: the whole 0-100% behind it (when split into share and rest), the solid share and its soft end. */
export function bar(r: BarRow, h: number, fade: string) {
  const rect = (cls: string, s?: { x: number; w: number }) =>
    s ? svg`<rect class=${cls} x=${s.x} y=${r.y - h / 2} width=${s.w} height=${h}></rect>` : nothing;
  return [
    rect('track', r.track),
    rect('bar', r.bar),
    r.soft
      ? svg`<rect fill="url(#${fade})" x=${r.soft.x} y=${r.y - h / 2} width=${r.soft.w} height=${h}></rect>`
      : nothing,
  ];
}

/** The marks of a bar layout: legend, grid, a row per bar (name, bar, dot, labels) and the notes. */
export const bars = (l: BarsLayout, fade: string) =>
  svg`<defs><linearGradient id=${fade}><stop class="fade" offset="0"></stop><stop class="fade" offset="1" stop-opacity="0"></stop></linearGradient></defs><g class="legend" aria-hidden="true">${l.legend.map(
    (d) =>
      svg`<rect class="swatch ${d.rest ? 'rest' : ''}" x=${d.x} y=${d.y - 6} width="12" height="12"></rect><text x=${d.x + 16} y=${d.y} dy="0.35em">${d.text}</text>`,
  )}</g>${xGrid(l.ticks, l.top, l.bottom)}<g class="rows">${l.rows.map(
    (r) =>
      svg`<g class="row" data-key=${r.key}><text class="name" x=${r.labelX} y=${r.labelY} dy="0.35em">${r.label}</text>${bar(r, l.barHeight, fade)}${r.point ? [precisionDot(r.point, 'x'), dotLabel(r.point)] : nothing}${r.rest ? svg`<g class="rest">${dotLabel(r.rest)}</g>` : nothing}${r.empty ? noteText(r.empty) : nothing}</g>`,
  )}</g><g class="notes">${l.notes.map((n) => svg`<g class="note" data-key=${n.key}>${n.lines.map((t) => noteText({ ...t, x: n.textX, textX: n.textX }))}</g>`)}</g>`;
