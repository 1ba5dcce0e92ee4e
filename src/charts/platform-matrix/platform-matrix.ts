import { css, html, svg } from 'lit';
import { ChartElement, type ChartText } from '../../base/chart-element.js';
import { chartStyles } from '../../base/styles.js';
import { longLabel } from '../../core/format.js';
import { noteOf } from '../../core/sample.js';
import { layoutMatrix, type MatrixLayout } from '../../core/matrix.js';
import type { Measure } from '../../core/measure.js';
import { cell, hatch } from '../../marks/cell.js';
import { findFinding, selectFindings } from '../../data/query.js';
import { ORGANISATIONS, PLATFORMS, YEARS, type OrganisationKey, type Year } from '../../data/keys.js';
import { checkKey, reflectedYearProperty } from '../../base/attributes.js';
import type { Dataset, Finding } from '../../data/schema.js';
import type { Strings } from '../../i18n/index.js';

/**
 * The overview: what the article says for every kind of local government on every platform in one year,
 * a cell per pair. Each cell shows the figure with its precision, "geen cijfer" where the article only has
 * words, or hatching and "niet in het artikel" where it says nothing. A 2016/2017 switch sits in the chart.
 *
 * @tag platform-matrix
 * @summary Organisations x platforms: every figure of the article for 2017 or 2016, and where it is silent.
 * @fires chart-select - A reader selected a cell (Enter, Space, click); `detail` holds organisation, platform, topic, year, share, precision, words and id (null where the article is silent).
 * @csspart figure - The whole chart.
 * @csspart title - The visible title.
 * @csspart summary - The one-sentence summary under the title.
 * @csspart controls - The 2016/2017 switch.
 * @csspart plot - The box around the SVG and the tooltip.
 * @csspart tooltip - The tooltip.
 * @csspart note - The note explaining the marks.
 * @csspart source - The source line.
 * @csspart table-toggle - The button that shows or hides the data table.
 * @csspart table - The data table.
 * @csspart error - The message shown instead of the chart when an attribute or the data is wrong.
 * @csspart loading - The text shown while `src` loads.
 * @cssproperty --chart-font-family - Font of all text (default: inherited from the page).
 * @cssproperty --chart-font-size - Base font size (default 13px).
 * @cssproperty --chart-color-text - Text colour.
 * @cssproperty --chart-color-muted - Secondary text, borders of cells without a figure.
 * @cssproperty --chart-color-grid - Hatching of cells the article is silent about.
 * @cssproperty --chart-color-2016 - Cells of 2016 (the tint grows with the share).
 * @cssproperty --chart-color-2017 - Cells of 2017 (the tint grows with the share).
 * @cssproperty --chart-color-focus - Focus ring.
 * @cssproperty --chart-background - Background of the chart (default transparent).
 * @cssproperty --chart-tooltip-background - Background of the tooltip, open dots and the text over hatching.
 */
export class PlatformMatrix extends ChartElement<MatrixLayout> {
  static override properties = { year: reflectedYearProperty };
  static override styles = css`
    ${chartStyles}
    .box {
      stroke: var(--_muted);
      stroke-dasharray: 4 3;
    }
    /* A silent cell's box keeps its fill attribute, the hatching (a rule here would override it). */
    .cell:not(.silent) .box {
      fill: none;
    }
    .valued .box {
      stroke-dasharray: none;
      stroke-opacity: 0.7;
    }
    .valued .box.y2016 {
      fill: var(--_c2016);
      stroke: var(--_c2016);
    }
    .valued .box.y2017 {
      fill: var(--_c2017);
      stroke: var(--_c2017);
    }
    .hatch {
      stroke: var(--_grid);
      stroke-width: 2;
    }
    .silent text {
      fill: var(--_muted);
      paint-order: stroke;
      stroke: var(--_surface);
      stroke-width: 4px;
      stroke-linejoin: round;
    }
    [part='controls'] button {
      margin: 0 0 0.5em;
    }
    [part='controls'] button[aria-pressed='true'] {
      background: var(--_c2017);
      border-color: var(--_c2017);
      color: var(--_surface);
    }
    [part='controls'] button + button {
      margin-left: 0.3em;
    }
  `;

  /**
   * The survey year shown: `2017` or `2016`. The switch in the chart sets it too.
   * @type {2016 | 2017}
   */
  year: Year = 2017;

  protected override layoutKey() {
    return String(this.year);
  }

  protected override checkAttributes(s: Strings): string | null {
    return checkKey(s, 'year', this.year, YEARS);
  }

  protected override renderControls(s: Strings) {
    return html`<div role="group" aria-label=${s.tableHeaders.year} part="controls">
      ${YEARS.map((y) => html`<button aria-pressed=${y === this.year} @click=${() => (this.year = y)}>${y}</button>`)}
    </div>`;
  }

  #rows(dataset: Dataset, s: Strings) {
    const year = this.year;
    const hasAll = selectFindings(dataset, { organisation: 'all', topic: 'presence', year }).length > 0;
    return (hasAll ? [...ORGANISATIONS, 'all' as const] : ORGANISATIONS).map((organisation: OrganisationKey) => ({
      organisation,
      label: s.organisation[organisation],
      cells: PLATFORMS.map((platform) => ({
        platform,
        finding: findFinding(dataset, { organisation, platform, topic: 'presence', year }),
      })),
    }));
  }

  protected override computeLayout(dataset: Dataset, width: number, s: Strings, measure: Measure) {
    return layoutMatrix({
      year: this.year,
      rows: this.#rows(dataset, s),
      columns: PLATFORMS.map((platform) => ({
        platform,
        label: s.platform[platform],
        short: s.matrix.short[platform],
      })),
      width,
      strings: s,
      measure,
    });
  }

  protected override describe(dataset: Dataset, s: Strings): ChartText {
    const rows = this.#rows(dataset, s);
    const findings = rows.flatMap((r) => r.cells.map((c) => c.finding));
    const count = (p: (f: Finding | null) => boolean) => findings.filter(p).length;
    // The main finding, as the W3C complex-images guidance asks: the highest figure, who and where.
    const [top] = rows
      .flatMap((r) => r.cells.flatMap((c) => (c.finding?.share != null ? [{ r, c, share: c.finding.share }] : [])))
      .sort((a, b) => b.share - a.share);
    return {
      title: s.matrix.title(this.year),
      label: s.matrix.label(this.year),
      summary: s.matrix.summary(
        count((f) => f?.share != null),
        count((f) => f?.precision === 'negligible'),
        count((f) => f?.precision === 'none'),
        count((f) => !f),
        top ? `${top.r.label}, ${s.platform[top.c.platform]}, ${longLabel(top.c.finding, s)}` : s.notAsked,
      ),
      note: noteOf({ findings }, s),
    };
  }

  protected override renderMarks(l: MatrixLayout) {
    const id = `${this.uid}-hatch`;
    return svg`<defs>${hatch(id)}</defs>
      <g class="heads" aria-hidden="true">${l.heads.map(
        (h) =>
          svg`<text class="name" x=${h.x} y=${h.y} text-anchor="middle"><title>${h.title}</title>${h.lines.map(
            (t, i) => svg`<tspan x=${h.x} dy=${i ? '1.23em' : 0}>${t}</tspan>`,
          )}</text>`,
      )}</g>
      <g class="names" aria-hidden="true">${l.names.map((n) => svg`<text class="name" x=${n.x} y=${n.y} dy="0.35em">${n.text}</text>`)}</g>
      <g class="cells">${l.marks.map((c) => cell(c, id))}</g>`;
  }
}
