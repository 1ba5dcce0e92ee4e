import { quoteOf, type ChartText } from '../../base/chart-element.js';
import { BarChart } from '../../base/bar-chart.js';
import { barsInput } from '../../base/bar-rows.js';
import { VIDEO_ROWS, layoutVideoAdoption } from './layout.js';
import { longLabel, positionOf } from '../../core/format.js';
import { noteOf } from '../../core/sample.js';
import type { Measure } from '../../core/measure.js';
import type { Dataset } from '../../data/schema.js';
import type { Strings } from '../../i18n/index.js';

/**
 * Municipalities and video in 2017: how many make video themselves, have it made, and want to do more, as bars
 * on a 0-100% scale. An approximate share fades out around its end instead of stopping sharp; the article's
 * findings without a number ("Video wint aan belang", "Facebook Live valt in de smaak") follow in its words.
 *
 * @tag video-adoption
 * @summary Share of municipalities that make video, have it made or want more, 2017; Facebook Live in words.
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
 * @csspart error - The message shown instead of the chart when the data is wrong.
 * @csspart loading - The text shown while `src` loads.
 * @cssproperty --chart-font-family - Font of all text (default: inherited from the page).
 * @cssproperty --chart-font-size - Base font size (default 13px).
 * @cssproperty --chart-color-text - Text colour.
 * @cssproperty --chart-color-muted - Secondary text and the notes.
 * @cssproperty --chart-color-grid - Grid lines and borders.
 * @cssproperty --chart-color-2017 - Bars and dots.
 * @cssproperty --chart-color-focus - Focus ring.
 * @cssproperty --chart-background - Background of the chart (default transparent).
 * @cssproperty --chart-tooltip-background - Background of the tooltip and of open marks.
 */
export class VideoAdoption extends BarChart {
  protected override computeLayout(dataset: Dataset, width: number, s: Strings, measure: Measure) {
    return layoutVideoAdoption(dataset, width, s, measure, quoteOf(s));
  }

  protected override describe(dataset: Dataset, s: Strings): ChartText {
    const rows = barsInput(dataset, s, VIDEO_ROWS);
    const parts = rows.map((r) =>
      positionOf(r.finding) === null
        ? `${s.topic[r.topic]}: ${longLabel(r.finding, s)}`
        : `${longLabel(r.finding, s)} ${s.topic[r.topic]}`,
    );
    return {
      title: s.video.title,
      label: s.video.label,
      summary: s.video.summary(parts.join('; ')),
      note: noteOf({ findings: rows.map((r) => r.finding) }, s),
    };
  }
}
