import type { Finding } from '../data/schema.js';
import type { Measure } from './measure.js';
import type { ChartMark, PointMark } from './types.js';

/**
 * The spacing every layout uses, in px at 13 px text (layouts grow their line heights and rows with the text,
 * see `scaleOf`; these stay).
 */
export const SPACE = {
  /** Between the chart's edge and its text or marks. */
  edge: 8,
  /** Between a dot and its label. */
  label: 7,
  /** Between two cells of a grid. */
  cell: 4,
} as const;

/** What a mark is about: the data behind it, which the tooltip, the table and the `chart-select` event tell. */
export type MarkData = Pick<ChartMark, 'organisation' | 'platform' | 'topic' | 'year' | 'finding' | 'related'>;

/** A point of a finding with a share, at (x, y), its label beside it; its shape follows the finding's precision. */
export function pointMark(
  key: string,
  data: MarkData & { finding: Finding },
  at: { x: number; y: number },
  label: Pick<PointMark, 'text' | 'labelX' | 'labelY' | 'anchor'>,
): PointMark {
  return { key, ...data, ...at, kind: data.finding.precision, ...label };
}

/** A line between the two points of a series (2016 to 2017): dashed when either share is not exact. */
export interface Link {
  key: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  dashed: boolean;
}

/** The link between a series' two points, or null when it has fewer. */
export const linkOf = (key: string, points: readonly PointMark[]): Link | null =>
  points.length === 2
    ? {
        key,
        x1: points[0].x,
        y1: points[0].y,
        x2: points[1].x,
        y2: points[1].y,
        dashed: points.some((p) => p.kind !== 'exact'),
      }
    : null;

/** A line of text where a share would be: the article's words without a number, or its silence. */
export interface NoFigureMark extends ChartMark {
  text: string;
  /** Where the text starts. */
  textX: number;
}

/**
 * A "no figure" mark: `text` written from `textX` at height `y`, itself a focusable mark whose box (at least
 * 24 px, WCAG 2.5.8) wraps the text; `finding` is the finding without a number, or null where the article says
 * nothing.
 */
export function noFigureMark(
  key: string,
  data: MarkData,
  text: string,
  at: { textX: number; y: number; h: number },
  measure: Measure,
): NoFigureMark {
  const w = measure(text);
  return { key, ...data, text, textX: at.textX, x: at.textX + w / 2, y: at.y, w: Math.max(24, w + 8), h: at.h };
}
