import { css, svg } from 'lit';
import { ChartElement, quoteOf, type ChartText } from '../../base/chart-element.js';
import { chartStyles } from '../../base/styles.js';
import { QUOTE, layoutFigure, type FigureLayout } from '../../core/figure.js';
import { longLabel, positionOf } from '../../core/format.js';
import { noteOf } from '../../core/sample.js';
import type { Measure } from '../../core/measure.js';
import { precisionDot } from '../../marks/point.js';
import { linkLine } from '../../marks/link.js';
import type { Dataset, Finding } from '../../data/schema.js';
import type { Strings } from '../../i18n/index.js';
import type { OrganisationKey, Platform, Topic, Year } from '../../data/keys.js';
import { unknownValue, yearProperty } from '../../base/attributes.js';

const unique = <T>(list: T[]) => [...new Set(list)];

/**
 * A headline figure for text-heavy pages, small enough for a paragraph's margin: one finding of the survey,
 * or one organisation on one platform (or topic) in both years, e.g. "45% → 67%" with a tiny slope.
 * Approximate figures read as approximate ("≈ 1 op 3"); a finding without a number shows the article's words.
 * It keeps the title, the full source line, a short note (whose shares they are, what a small-sample mark means)
 * and a table for screen readers, and leaves out the marks' legend.
 *
 * @tag survey-figure
 * @summary One headline figure of the survey (or its change 2016 → 2017), for a paragraph's margin.
 * @fires chart-select - A reader selected the figure (Enter, Space, click); `detail` holds organisation, platform, topic, year, share, precision, words and id.
 * @csspart figure - The whole figure.
 * @csspart title - What the figure is about.
 * @csspart summary - The figure in a sentence (for screen readers).
 * @csspart plot - The box around the SVG and the tooltip.
 * @csspart tooltip - The tooltip.
 * @csspart source - The short source line (the full one in its title).
 * @csspart table - The data table (for screen readers).
 * @csspart error - The message shown instead of the figure when an attribute or the data is wrong.
 * @csspart loading - The text shown while `src` loads.
 * @cssproperty --chart-font-family - Font of all text (default: inherited from the page).
 * @cssproperty --chart-font-size - Base font size (default 13px); the headline is about twice as large.
 * @cssproperty --chart-color-text - Text colour.
 * @cssproperty --chart-color-muted - Secondary text, the slope and the track.
 * @cssproperty --chart-color-grid - Borders.
 * @cssproperty --chart-color-2016 - Marks of 2016.
 * @cssproperty --chart-color-2017 - Marks of 2017.
 * @cssproperty --chart-color-focus - Focus ring.
 * @cssproperty --chart-background - Background (default transparent).
 * @cssproperty --chart-tooltip-background - Background of the tooltip and of open marks.
 */
export class SurveyFigure extends ChartElement<FigureLayout> {
  static override properties = { organisation: {}, platform: {}, topic: {}, year: yearProperty, finding: {} };
  static override styles = css`
    ${chartStyles}
    .title {
      font-size: 1em;
    }
    /* The tooltip may be wider than a figure in the margin. */
    .tooltip {
      width: max-content;
      max-width: min(260px, 90vw);
    }
    svg .big:not(.muted) {
      font-weight: 700;
    }
    svg .quote {
      font-style: italic;
    }
  `;

  /**
   * The kind of organisation: `municipality`, `ocmw`, `police`, `fire` or `all`.
   * @type {'municipality' | 'ocmw' | 'police' | 'fire' | 'all' | undefined}
   */
  organisation?: OrganisationKey;
  /**
   * The platform: `social-media`, `facebook`, `twitter`, `instagram` or `whatsapp`; empty for topics without one (video).
   * @type {'social-media' | 'facebook' | 'twitter' | 'instagram' | 'whatsapp' | undefined}
   */
  platform?: Platform;
  /** What the finding is about: `presence` (the default), `video`, `video-in-house`, `interaction`, … (see data/README.md). */
  topic: Topic = 'presence';
  /**
   * One year only (`2016` or `2017`); both the article has when empty.
   * @type {2016 | 2017 | undefined}
   */
  year?: Year;
  /** One finding by its `id` in the dataset (e.g. `municipality-video-outsourced-2017`); overrides the other attributes. */
  finding: string = '';

  protected override compact = true;

  protected override layoutKey() {
    return [this.organisation, this.platform, this.topic, this.year, this.finding].map((v) => v ?? '').join('|');
  }

  /**
   * The findings shown, in year order, or a message for the first attribute that matches nothing in the data,
   * listing the values that do match given the attributes before it (organisation, topic, platform, year).
   * `organisation` is needed; an empty `platform` is fine where the rest has one platform (or none: video); an
   * empty `year` takes both.
   */
  #pick(s: Strings): Finding[] | string {
    let rest = this.shownData()?.findings ?? [];
    if (!rest.length) return [];
    const id = this.finding;
    for (const attr of id ? (['id'] as const) : (['organisation', 'topic', 'platform', 'year'] as const)) {
      const value = attr == 'id' ? id : String(this[attr] ?? '');
      const of = (f: Finding) => String(f[attr] ?? '');
      const valid = unique(rest.map(of));
      if (value ? !valid.includes(value) : attr == 'platform' ? valid.length > 1 : attr != 'year')
        return unknownValue(s, attr == 'id' ? 'finding' : attr, value, valid.filter(Boolean));
      if (value) rest = rest.filter((f) => of(f) == value);
    }
    return [...rest].sort((a, b) => a.year - b.year);
  }

  /** The findings the attributes pick, once `checkAttributes` has found them. */
  #findings: Finding[] = [];

  protected override checkAttributes(s: Strings): string | null {
    const picked = this.#pick(s);
    if (typeof picked === 'string') return picked;
    this.#findings = picked;
    return null;
  }

  protected override computeLayout(_d: Dataset, width: number, s: Strings, measure: Measure) {
    return layoutFigure({
      findings: this.#findings,
      width,
      strings: s,
      measure,
      quote: quoteOf(s),
    });
  }

  protected override describe(_d: Dataset, s: Strings): ChartText {
    const findings = this.#findings;
    const f = findings[0];
    const years = findings.map((d) => d.year).join('–');
    const labels = findings.map((d) => longLabel(d, s));
    const who = [s.organisation[f.organisation], this.subject(f, s)];
    const title = who.join(' · ');
    const value = labels.length === 2 ? s.change(labels[0], labels[1]) : labels[0];
    const said = `${who.join(', ')}, ${years}: ${value}`;
    // Shown under a figure with a share: whose shares they are, and what a small-sample mark means.
    const unit = f.topic === 'interaction' ? 'accounts' : 'respondents';
    const note = findings.some((d) => d.share !== null) ? noteOf({ findings, unit }, s) : '';
    // A slope names its years under its ends; otherwise the title does.
    return {
      title: findings.every((d) => positionOf(d) !== null) && findings.length > 1 ? title : `${title} · ${years}`,
      label: said,
      summary: `${said}.`,
      note,
    };
  }

  protected override renderMarks(l: FigureLayout) {
    const { big, words } = l;
    // The sizes are font-size presentation attributes on the lines, not style attributes (which a strict CSP refuses);
    // on the tspans because the shared rule for svg text would override them on the text element.
    return svg`<text class="big ${words ? 'muted' : ''}" x="0" y=${big.y}>${big.lines.map(
      (t, i) => svg`<tspan x="0" dy=${i ? '1.23em' : 0} font-size="${big.size}em">${t}</tspan>`,
    )}</text>
      ${l.track ? svg`<line class="grid" x1=${l.track.x1} x2=${l.track.x2} y1=${l.track.y} y2=${l.track.y}></line>` : ''}
      ${linkLine(l.line)}
      ${l.points.map((p) => precisionDot(p, l.line ? 'y' : 'x'))}
      <g aria-hidden="true">${l.ticks.map((t) => svg`<text class="tick" x=${t.x} y=${t.y} text-anchor=${t.anchor}>${t.text}</text>`)}</g>
      ${
        words
          ? svg`<text class="quote" x="0" y=${words.y - words.h / 2 + 2}>${words.lines.map(
              (t) => svg`<tspan x="0" dy="1.23em" font-size="${QUOTE}em">${t}</tspan>`,
            )}</text>`
          : ''
      }`;
  }
}
