import type { ChartMark } from '../core/types.js';
import type { OrganisationKey, Platform, Precision, Topic, Year } from '../data/keys.js';

/** `detail` of the `chart-select` event: the finding a reader selected with Enter, Space, click or tap. */
export interface ChartSelectDetail {
  organisation: OrganisationKey;
  platform: Platform | null;
  topic: Topic;
  year: Year;
  /** Proportion 0..1, or null where the article gives no number. */
  share: number | null;
  precision: Precision | null;
  /** The Dutch words of the article, or null where the article says nothing. */
  words: string | null;
  id: string | null;
}

declare global {
  interface HTMLElementEventMap {
    'chart-select': CustomEvent<ChartSelectDetail>;
  }
}

/** The `chart-select` detail of a mark. */
export function selectDetail(m: ChartMark): ChartSelectDetail {
  const f = m.finding;
  return {
    organisation: m.organisation,
    platform: m.platform,
    topic: m.topic,
    year: m.year,
    share: f?.share ?? null,
    precision: f?.precision ?? null,
    words: f?.words ?? null,
    id: f?.id ?? null,
  };
}
