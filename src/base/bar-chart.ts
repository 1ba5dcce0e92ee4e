import { css } from 'lit';
import { ChartElement } from './chart-element.js';
import { chartStyles } from './styles.js';
import type { BarsLayout } from '../core/bars.js';
import { barStyles, bars } from '../marks/bar.js';

/** What the bar charts (`<interaction-gap>`, `<video-adoption>`) share: styles and marks; no attributes of their own. */
export abstract class BarChart extends ChartElement<BarsLayout> {
  static override styles = css`
    ${chartStyles}${barStyles}
  `;

  protected override layoutKey() {
    return '';
  }

  protected override checkAttributes(): string | null {
    return null;
  }

  protected override renderMarks(l: BarsLayout) {
    return bars(l, `${this.uid}-fade`);
  }
}
