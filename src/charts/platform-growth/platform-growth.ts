import { svg } from 'lit';
import { ChartElement, quoteOf, type ChartText } from '../../base/chart-element.js';
import { layoutSlope, type SlopeLayout } from '../../core/slope.js';
import { seriesWords } from '../../core/format.js';
import { noteOf } from '../../core/sample.js';
import type { Measure } from '../../core/measure.js';
import { dotLabel, precisionDot } from '../../marks/point.js';
import { noteText } from '../../marks/note.js';
import { linkLine } from '../../marks/link.js';
import { findFinding } from '../../data/query.js';
import { ORGANISATIONS, PLATFORMS, YEARS, type Organisation } from '../../data/keys.js';
import { checkKey } from '../../base/attributes.js';
import type { Dataset } from '../../data/schema.js';
import type { Strings } from '../../i18n/index.js';

/**
 * How each platform grew for one kind of local government: a slope from 2016 to 2017 per platform
 * (`social-media` included), with findings that have no number listed under the plot in the article's words.
 *
 * @tag platform-growth
 * @summary Slope chart of every platform from 2016 to 2017 for one kind of organisation.
 * @fires chart-select - A reader selected a mark (Enter, Space, click); `detail` holds organisation, platform, topic, year, share, precision, words and id.
 * @csspart figure - The whole chart.
 * @csspart title - The visible title.
 * @csspart summary - The one-sentence summary under the title.
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
 * @cssproperty --chart-color-muted - Secondary text, slopes.
 * @cssproperty --chart-color-grid - Grid lines and borders.
 * @cssproperty --chart-color-2016 - Marks of 2016.
 * @cssproperty --chart-color-2017 - Marks of 2017.
 * @cssproperty --chart-color-focus - Focus ring.
 * @cssproperty --chart-background - Background of the chart (default transparent).
 * @cssproperty --chart-tooltip-background - Background of the tooltip and of open marks.
 */
export class PlatformGrowth extends ChartElement<SlopeLayout> {
  static override properties = { organisation: {} };
  /**
   * The kind of organisation: `municipality`, `ocmw`, `police` or `fire`.
   * @type {'municipality' | 'ocmw' | 'police' | 'fire'}
   */
  organisation: Organisation = 'ocmw';

  protected override layoutKey() {
    return this.organisation;
  }

  protected override checkAttributes(s: Strings): string | null {
    return checkKey(s, 'organisation', this.organisation, ORGANISATIONS);
  }

  #series(dataset: Dataset, s: Strings) {
    const organisation = this.organisation;
    return PLATFORMS.map((platform) => ({
      platform,
      label: s.platform[platform],
      cells: YEARS.map((year) => ({
        year,
        finding: findFinding(dataset, { organisation, platform, topic: 'presence', year }),
      })),
    }));
  }

  protected override computeLayout(dataset: Dataset, width: number, s: Strings, measure: Measure) {
    return layoutSlope({
      organisation: this.organisation,
      series: this.#series(dataset, s),
      width,
      strings: s,
      measure,
      quote: quoteOf(s),
    });
  }

  protected override describe(dataset: Dataset, s: Strings): ChartText {
    const name = s.organisation[this.organisation];
    const series = this.#series(dataset, s);
    const parts = series.map((p) => seriesWords(p.label, p.cells, s));
    const silent = series.filter((_, i) => !parts[i]).map((p) => p.label);
    const said = [...parts.filter(Boolean), ...(silent.length ? [s.silentOn(silent.join(', '))] : [])];
    return {
      title: s.growth.title(name),
      label: s.growth.label(name),
      summary: s.growth.summary(name, said.join('; ')),
      note: noteOf({ findings: series.flatMap((p) => p.cells.map((c) => c.finding)) }, s),
    };
  }

  protected override renderMarks(l: SlopeLayout) {
    return svg`
      <g class="years" aria-hidden="true">${l.years.map(
        (year, i) => svg`<text class="year y${year}" x=${l.xs[i]} y=${l.top - 10} text-anchor="middle">${year}</text>`,
      )}</g>
      <g aria-hidden="true"><line class="grid" x1=${l.xs[0]} x2=${l.xs[1]} y1=${l.baseline.y} y2=${l.baseline.y}></line>
        <text class="tick" x=${(l.xs[0] + l.xs[1]) / 2} y=${l.baseline.y} dy="1.1em" text-anchor="middle">${l.baseline.label}</text></g>
      <g class="series">${l.series.map(
        (p) => svg`<g class="platform" data-platform=${p.key}>
          ${linkLine(p.line)}
          ${p.points.map((d) => precisionDot(d, 'y'))}
          ${p.points.filter((d) => d.year === 2016).map(dotLabel)}
          <text class="label" x=${p.name.x} y=${p.name.y}>${p.name.lines.map(
            (line, i) =>
              svg`<tspan x=${p.name.x} dy=${i ? '1.15em' : '0.35em'} class=${i ? 'value' : 'name'}>${line}</tspan>`,
          )}</text>
        </g>`,
      )}</g>
      <g class="notes">${l.notes.map(noteText)}</g>`;
  }
}
