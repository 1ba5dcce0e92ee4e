import { svg } from 'lit';
import { ChartElement, quoteOf, type ChartText } from '../../base/chart-element.js';
import { layoutDumbbell, type DumbbellLayout } from '../../core/dumbbell.js';
import { seriesWords } from '../../core/format.js';
import { noteOf } from '../../core/sample.js';
import type { Measure } from '../../core/measure.js';
import { xGrid } from '../../marks/axis.js';
import { dotLabel, precisionDot } from '../../marks/point.js';
import { noteText } from '../../marks/note.js';
import { linkLine } from '../../marks/link.js';
import { findFinding, selectFindings } from '../../data/query.js';
import { ORGANISATIONS, PLATFORMS, YEARS, type OrganisationKey, type Platform, type Year } from '../../data/keys.js';
import type { Dataset } from '../../data/schema.js';
import type { Strings } from '../../i18n/index.js';
import { sentenceCase } from '../../core/text.js';
import { checkKey, yearProperty, yearsOf } from '../../base/attributes.js';

/**
 * Which kinds of local government are on a platform, and how that changed from 2016 to 2017:
 * a dumbbell per organisation, with the article's words where it gives no number.
 *
 * @tag adoption-chart
 * @summary Share of municipalities, OCMW's, police and fire zones on one platform, 2016 and 2017.
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
 * @cssproperty --chart-color-muted - Secondary text, links between years.
 * @cssproperty --chart-color-grid - Grid lines and borders.
 * @cssproperty --chart-color-2016 - Marks of 2016.
 * @cssproperty --chart-color-2017 - Marks of 2017.
 * @cssproperty --chart-color-focus - Focus ring.
 * @cssproperty --chart-background - Background of the chart (default transparent).
 * @cssproperty --chart-tooltip-background - Background of the tooltip and of open marks.
 */
export class AdoptionChart extends ChartElement<DumbbellLayout> {
  static override properties = { platform: {}, year: yearProperty };
  /**
   * The platform shown: `social-media`, `facebook`, `twitter`, `instagram` or `whatsapp`.
   * @type {'social-media' | 'facebook' | 'twitter' | 'instagram' | 'whatsapp'}
   */
  platform: Platform = 'instagram';

  /**
   * Show one year only (`2016` or `2017`); both when empty.
   * @type {2016 | 2017 | undefined}
   */
  year?: Year;

  protected override layoutKey() {
    return `${this.platform}|${this.year ?? ''}`;
  }

  protected override checkAttributes(s: Strings): string | null {
    return checkKey(s, 'platform', this.platform, PLATFORMS) ?? checkKey(s, 'year', this.year, YEARS, true);
  }

  #rows(dataset: Dataset, s: Strings) {
    const platform = this.platform;
    const hasAll = selectFindings(dataset, { organisation: 'all', platform, topic: 'presence' }).length > 0;
    const organisations: OrganisationKey[] = hasAll ? [...ORGANISATIONS, 'all'] : [...ORGANISATIONS];
    return organisations.map((organisation) => ({
      organisation,
      label: s.organisation[organisation],
      cells: yearsOf(this.year).map((year) => ({
        year,
        finding: findFinding(dataset, { organisation, platform, topic: 'presence', year }),
      })),
    }));
  }

  protected override computeLayout(dataset: Dataset, width: number, s: Strings, measure: Measure) {
    return layoutDumbbell({
      platform: this.platform,
      rows: this.#rows(dataset, s),
      width,
      strings: s,
      measure,
      quote: quoteOf(s),
    });
  }

  protected override describe(dataset: Dataset, s: Strings): ChartText {
    const name = s.platform[this.platform];
    const rows = this.#rows(dataset, s);
    const parts = rows.map((r) => seriesWords(sentenceCase(r.label), r.cells, s));
    const silent = rows.filter((_, i) => !parts[i]).map((r) => s.organisations[r.organisation]);
    const said = [...parts.filter(Boolean), ...(silent.length ? [s.silentOn(silent.join(', '))] : [])];
    const years = yearsOf(this.year);
    return {
      title: s.adoption.title(name, years.join('–')),
      // Inside a sentence "sociale media" is no name: lower case (Facebook, Instagram keep their capital).
      label: s.adoption.label(this.platform === 'social-media' ? sentenceCase(name) : name, s.years(years)),
      summary: s.adoption.summary(this.platform === 'social-media' ? sentenceCase(name) : name, said.join('; ')),
      note: noteOf({ findings: rows.flatMap((r) => r.cells.map((c) => c.finding)) }, s),
    };
  }

  protected override renderMarks(l: DumbbellLayout) {
    return svg`
      <g class="legend" aria-hidden="true">${l.legend.map(
        (d) => svg`<circle class="dot exact y${d.year}" cx=${d.x + 6} cy=${d.y} r="5"></circle>
          <text x=${d.x + 16} y=${d.y} dy="0.35em">${d.year}</text>`,
      )}</g>
      ${xGrid(l.ticks, l.top, l.bottom)}
      <g class="rows">${l.rows.map(
        (r) => svg`<g class="row" data-organisation=${r.key}>
          <text class="name" x=${r.labelX} y=${r.labelY} dy="0.35em">${r.label}</text>
          ${linkLine(r.line)}
          ${r.points.map((p) => precisionDot(p, 'x'))}
          ${r.points.map(dotLabel)}
          ${r.empty ? noteText(r.empty) : ''}
        </g>`,
      )}</g>`;
  }
}
