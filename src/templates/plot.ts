import { html, nothing, svg, type TemplateResult } from 'lit';
import type { ChartMark, Layout } from '../core/types.js';

/**
 * Points drawn on the same spot (two equal figures) would hide each other's target: side by side, 24 px apart,
 * each can be tapped. The offset of the i-th mark.
 */
export function spread(marks: readonly ChartMark[], i: number): number {
  if (marks[i].w) return 0;
  const at = (m: ChartMark) => !m.w && Math.abs(m.x - marks[i].x) < 1 && Math.abs(m.y - marks[i].y) < 1;
  return (marks.slice(0, i).filter(at).length - (marks.filter(at).length - 1) / 2) * 24;
}

/** What the hit layer needs: the mark with the tab stop, each mark's words, and the reader's actions. */
export interface HitOptions {
  active: number;
  label: (m: ChartMark) => string;
  enter: (i: number, e: PointerEvent) => void;
  press: (i: number, e: PointerEvent) => void;
  click: (i: number) => void;
}

/**
 * A mark's target, in its reader's words: at least 24 x 24 px (WCAG 2.5.8), a disc round a point, a box round a
 * text or a cell, moved aside when other points share its spot. One of them is in the tab order.
 */
export function hits(marks: readonly ChartMark[], o: HitOptions) {
  return svg`<g class="hits">${marks.map((m, i) => {
    const w = Math.max(24, m.w ?? 0);
    const h = Math.max(24, m.h ?? 0);
    const dx = spread(marks, i);
    return svg`<rect class="hit" role="button" tabindex=${i === o.active ? 0 : -1} aria-label=${o.label(m)}
      data-key=${m.key} x=${m.x + dx - w / 2} y=${m.y - h / 2} width=${w} height=${h} rx=${m.w ? 0 : 12}
      @pointerenter=${(e: PointerEvent) => o.enter(i, e)} @pointerdown=${(e: PointerEvent) => o.press(i, e)}
      @click=${() => o.click(i)}></rect>`;
  })}</g>`;
}

/** The focus ring round the active mark: a box round a text mark or cell, a circle round a point. */
export function ring(m: ChartMark) {
  return m.w
    ? svg`<rect class="ring" x=${m.x - m.w / 2 - 2} y=${m.y - (m.h ?? 24) / 2 - 2} width=${m.w + 4} height=${(m.h ?? 24) + 4} rx="4"></rect>`
    : svg`<circle class="ring" cx=${m.x} cy=${m.y} r="11"></circle>`;
}

/** The plot's SVG: the drawn marks (hidden from screen readers), the hit layer over the target layout's marks,
 * the focus ring, and the tooltip beside the SVG. */
export function plot(o: {
  drawn: Layout;
  marks: readonly ChartMark[];
  label: string;
  describedBy: string;
  content: TemplateResult;
  hits: TemplateResult;
  ring: ChartMark | null;
  tooltip: TemplateResult | typeof nothing;
}) {
  const { width, height } = o.drawn;
  return html`<svg role="group" aria-label=${o.label} aria-describedby=${o.describedBy}
        viewBox="0 0 ${width} ${height}" width=${width} height=${height}>
        <g aria-hidden="true">${o.content}</g>
        ${o.hits}
        ${o.ring ? ring(o.ring) : nothing}
      </svg>${o.tooltip}`;
}
