import type { Dataset, Finding } from '../../data/schema.js';
import type { Strings } from '../../i18n/index.js';
import type { Measure } from '../../core/measure.js';
import { layoutBars, type BarsLayout } from '../../core/bars.js';
import { barsInput, type Cell } from '../../base/bar-rows.js';

/** Municipalities that make video themselves, have it made, want to do more (the article's order). */
export const VIDEO_ROWS: readonly Cell[] = [
  ['municipality', null, 'video-in-house'],
  ['municipality', null, 'video-outsourced'],
  ['municipality', null, 'video-more'],
];
/** What the article says about video without a number. */
export const VIDEO_NOTES: readonly Cell[] = [
  ['all', null, 'video'],
  ['all', 'facebook', 'facebook-live'],
];

/** Municipalities and video in 2017: a bar per finding on a 0-100% scale, the findings without a number in words. */
export const layoutVideoAdoption = (
  dataset: Dataset,
  width: number,
  strings: Strings,
  measure: Measure,
  quote: (f: Finding) => string,
): BarsLayout =>
  layoutBars({
    rows: barsInput(dataset, strings, VIDEO_ROWS),
    notes: barsInput(dataset, strings, VIDEO_NOTES),
    width,
    strings,
    measure,
    quote,
  });
