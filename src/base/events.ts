import type { ChartMark } from '../core/types.js';
import type { OrganisationKey, Platform, Precision, Topic, Year } from '../data/keys.js';
import type { Problem } from '../data/schema.js';
import type { Tag } from '../tags.js';

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

/** `detail` of the `chart-ready` event: the chart that was drawn, and the attributes it was drawn with. */
export interface ChartReadyDetail {
  tag: Tag;
  /** Each attribute that holds a value, by its name (`platform`, `year`, `source-url`, …), and the chart's `lang`. */
  options: Record<string, string | number>;
}

/**
 * Why a chart shows a message instead of its plot, as `chart-error`'s `detail.code`. The codes are stable: a page
 * may act on them. The message (in the chart's language) may change.
 */
export type ChartErrorCode =
  /** An attribute holds a value the chart does not know (`detail.attribute` names it): platform, year, theme, … */
  | 'unknown-value'
  /** Editor data (`data`, an inline JSON child, or a `src` file) is not in the dataset's format. */
  | 'invalid-data'
  /** The `src` URL answered 404 or 410. */
  | 'src-not-found'
  /** The `src` URL could not be fetched: another HTTP error, no connection, or a server without CORS. */
  | 'src-unreachable'
  /** The `src` file is larger than the limit (2 MB). */
  | 'too-large'
  /** The `src` file did not come within the time limit (15 s). */
  | 'timeout'
  /** An optional part of the library (English, French, editor data) could not be loaded. */
  | 'part-unavailable';

/** `detail` of the `chart-error` event. */
export interface ChartErrorDetail {
  code: ChartErrorCode;
  /** The message the chart shows, in its language. */
  message: string;
  /** For `unknown-value`: the attribute. */
  attribute?: string;
}

declare global {
  interface HTMLElementEventMap {
    'chart-select': CustomEvent<ChartSelectDetail>;
    'chart-ready': CustomEvent<ChartReadyDetail>;
    'chart-error': CustomEvent<ChartErrorDetail>;
  }
}

/**
 * The public code of a problem found in data or a part (data/schema.ts): the one place where the library's
 * internal problems meet the codes a page sees. A problem not found (an unknown message) is invalid data.
 */
export function errorCode(p: Problem | null): ChartErrorCode {
  switch (p?.code) {
    case 'http':
      return /^(404|410)\b/.test(p.status) ? 'src-not-found' : 'src-unreachable';
    case 'unreachable':
      return 'src-unreachable';
    case 'limit':
      return / s$/.test(p.limit) ? 'timeout' : 'too-large';
    case 'in-file':
      return errorCode(p.problem);
    case 'part-module':
    case 'part-script':
      return 'part-unavailable';
    default:
      return 'invalid-data';
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

/** The `detail` of a typed event. */
export type EventDetail<K extends keyof HTMLElementEventMap> =
  HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Dispatches a typed event that bubbles and crosses shadow roots (composed), from a chart. */
export function emit<K extends keyof HTMLElementEventMap>(target: EventTarget, name: K, detail: EventDetail<K>) {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
