import { scaleBand, scaleLinear, type ScaleLinear } from 'd3-scale';

/** A share (0 = 0%, 1 = 100%) to a position in px: `start` for 0%, `end` for 100%. */
export const shareScale = (start: number, end: number): ScaleLinear<number, number> =>
  scaleLinear().domain([0, 1]).range([start, end]);

/** The quarters of a wide share axis; see `shareTicks`. */
const QUARTERS = [0, 0.25, 0.5, 0.75, 1];

/**
 * The shares marked on a horizontal 0-100% axis: 0%, 50% and 100% on a narrow chart (d3's `ticks(2)`), the
 * quarters on a wide one. d3's ticks step by 1, 2 or 5 times a power of ten, so on a wide axis they would
 * mark fifths; the charts have always marked quarters, and their tests and stories show them.
 */
export const shareTicks = (x: ScaleLinear<number, number>, narrow: boolean): number[] =>
  narrow ? x.ticks(2) : QUARTERS;

/**
 * Rows of equal height stacked from `top`, one row a key: `rows(key)` is the top of that row in px and
 * `rows.bandwidth()` its height. Rows touch: the gaps between the marks are inside each row.
 */
export const rowBands = (keys: readonly string[], top: number, height: number) =>
  scaleBand<string>()
    .domain(keys)
    .range([top, top + keys.length * height]);
