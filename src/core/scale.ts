import { interpolateNumber } from 'd3-interpolate';
import { scaleBand, scaleLinear, type ScaleLinear } from 'd3-scale';

/**
 * A linear scale from numbers to positions in px, interpolating numbers: every linear scale of the library. (d3's
 * default interpolator would give the same positions, and would bring all of d3-color into dist/embed.js:
 * `d3NumericScales` in scripts/vite/d3-pure.ts.)
 */
export const linearScale = (): ScaleLinear<number, number> => scaleLinear().interpolate(interpolateNumber);

/** A share (0 = 0%, 1 = 100%) to a position in px: `start` for 0%, `end` for 100%. */
export const shareScale = (start: number, end: number): ScaleLinear<number, number> =>
  linearScale().domain([0, 1]).range([start, end]);

/**
 * The shares marked on a horizontal 0-100% axis, as d3 ticks them: 0%, 50% and 100% on a narrow chart
 * (`ticks(2)`), every 20% on a wide one (`ticks(5)`), which also meets the article's fifths ("een op vijf",
 * "twee op vijf") on a grid line.
 */
export const shareTicks = (x: ScaleLinear<number, number>, narrow: boolean): number[] => x.ticks(narrow ? 2 : 5);

/**
 * Rows of equal height stacked from `top`, one row a key: `rows(key)` is the top of that row in px and
 * `rows.bandwidth()` its height. Rows touch: the gaps between the marks are inside each row.
 */
export const rowBands = (keys: readonly string[], top: number, height: number) =>
  scaleBand<string>()
    .domain(keys)
    .range([top, top + keys.length * height]);
