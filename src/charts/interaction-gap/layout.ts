import type { Dataset, Finding } from '../../data/schema.js';
import type { Strings } from '../../i18n/index.js';
import type { Measure } from '../../core/measure.js';
import { layoutBars, type BarsLayout } from '../../core/bars.js';
import { barsInput, type Cell } from '../../base/bar-rows.js';

/** Accounts (of all respondents) that interact, on Twitter and Facebook, in the article's order. */
export const INTERACTION_ROWS: readonly Cell[] = [
  ['all', 'twitter', 'interaction'],
  ['all', 'facebook', 'interaction'],
];
/** What the article says without a number: mainly broadcasting, and why (lack of time and staff). */
export const INTERACTION_NOTES: readonly Cell[] = [
  ['all', 'social-media', 'broadcast'],
  ['all', 'social-media', 'interaction-barrier'],
];

/** "Veel zenden, weinig interactie": per platform one bar split into the accounts that interact and the rest. */
export const layoutInteractionGap = (
  dataset: Dataset,
  width: number,
  strings: Strings,
  measure: Measure,
  quote: (f: Finding) => string,
): BarsLayout =>
  layoutBars({
    rows: barsInput(dataset, strings, INTERACTION_ROWS),
    notes: barsInput(dataset, strings, INTERACTION_NOTES),
    rest: strings.interaction.legend,
    restSaid: strings.interaction.rest,
    width,
    strings,
    measure,
    quote,
  });
