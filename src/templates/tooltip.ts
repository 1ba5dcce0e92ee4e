import { html, nothing } from 'lit';
import type { ChartMark } from '../core/types.js';
import type { Language } from '../i18n/index.js';

/** Where the tooltip of a mark goes in a plot `width` px wide: above the mark when there is room, else below. */
export function tooltipPlacement(m: ChartMark, width: number): Partial<CSSStyleDeclaration> {
  const above = m.y > 90;
  // Its centre at least half its widest (280px, or 90% of a narrow chart) from either side: never cut off.
  const half = Math.min(140, width * 0.45);
  const left = Math.min(Math.max(m.x, half), width - half);
  return {
    left: `${(left / width) * 100}%`,
    // Clear of the mark: a dot, or the whole box of a text mark or cell.
    top: `${m.y + (above ? -1 : 1) * (16 + (m.h ?? 0) / 2)}px`,
    transform: `translate(-50%, ${above ? '-100%' : '0'})`,
  };
}

/** What the tooltip of a mark says. */
export interface TooltipText {
  id: string;
  /** "OCMW’s · Instagram · 2017" */
  title: string;
  /** The figure as a sentence says it, "ongeveer 1 op 3 (≈ 33%)". */
  value: string;
  /** The precision in words, when the mark has a finding. */
  precision: string | null;
  /** The article's words in the chart's language, shown beside the Dutch in English and French. */
  translation: { text: string; lang: Language } | null;
  onLeave: (e: PointerEvent) => void;
}

/**
 * The tooltip of a mark: its title, its figure, the precision and the article's own (Dutch) words, and the
 * words of related findings without a number. Placed by `tooltipPlacement` after rendering.
 */
export function tooltip(m: ChartMark, t: TooltipText) {
  const f = m.finding;
  const translation = t.translation;
  // ARIA 1.2 names a tooltip from its contents; lit-a11y's rule predates that.
  // eslint-disable-next-line lit-a11y/accessible-name
  return html`<div class="tooltip" part="tooltip" role="tooltip" id=${t.id} @pointerleave=${t.onLeave}>
      <strong>${t.title}</strong>
      <span class="value">${t.value}</span>
      ${
        f
          ? html`<span class="precision"> · ${t.precision}</span>
        <q lang="nl">${f.words}</q>${translation ? html`<span class="translation" lang=${translation.lang}>${translation.text}</span>` : nothing}`
          : nothing
      }
      ${m.derived ? html`<span class="derived">${m.derived}</span>` : nothing}
      ${(m.related ?? []).map((r) => html`<q lang="nl">${r.year}: ${r.words}</q>`)}
    </div>`;
}
