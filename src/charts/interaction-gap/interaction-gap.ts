import { quoteOf, type ChartText } from '../../base/chart-element.js';
import { BarChart } from '../../base/bar-chart.js';
import { barsInput } from '../../base/bar-rows.js';
import { INTERACTION_ROWS, layoutInteractionGap } from './layout.js';
import { longLabel } from '../../core/format.js';
import { noteOf } from '../../core/sample.js';
import type { Measure } from '../../core/measure.js';
import type { ChartMark } from '../../core/types.js';
import type { Dataset } from '../../data/schema.js';
import type { Strings } from '../../i18n/index.js';

/**
 * "Veel zenden, weinig interactie": per platform, the share of accounts that interact with citizens, as one bar
 * split into that share and the rest, which mainly broadcasts ("zendt vooral"); the rest is derived (1 − share),
 * worked out by the chart and labelled so. An approximate share fades out
 * around its end instead of stopping sharp, and the rest is as approximate (about 1 in 3 interact: about 2 in 3
 * do not; more than half interact: less than half do not). The article's findings without a number (mainly
 * broadcasting; lack of time and staff) follow in its words.
 *
 * @tag interaction-gap
 * @summary Share of accounts that interact on Twitter and Facebook against the rest (derived), which mainly broadcasts, 2017.
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
 * @cssproperty --chart-color-grid - Grid lines, borders and the rest of each bar.
 * @cssproperty --chart-color-2017 - The share that interacts (bars and dots).
 * @cssproperty --chart-color-focus - Focus ring.
 * @cssproperty --chart-background - Background of the chart (default transparent).
 * @cssproperty --chart-tooltip-background - Background of the tooltip and of open marks.
 */
export class InteractionGap extends BarChart {
  protected override computeLayout(dataset: Dataset, width: number, s: Strings, measure: Measure) {
    return layoutInteractionGap(dataset, width, s, measure, quoteOf(s));
  }

  protected override describe(dataset: Dataset, s: Strings): ChartText {
    const rows = barsInput(dataset, s, INTERACTION_ROWS);
    const parts = rows.map((r) => `${r.label} ${longLabel(r.finding, s)}`);
    return {
      title: s.interaction.title,
      label: s.interaction.label,
      summary: s.interaction.summary(parts.join('; ')),
      note: noteOf({ findings: rows.map((r) => r.finding), unit: 'accounts', derived: true }, s),
    };
  }

  /** "Twitter-accounts die in interactie gaan": the platform tells the two bars apart, and the unit is accounts. */
  protected override subject(m: Pick<ChartMark, 'platform' | 'topic'>, s: Strings) {
    return m.topic === 'interaction' && m.platform
      ? s.interaction.subject(s.platform[m.platform])
      : super.subject(m, s);
  }
}
