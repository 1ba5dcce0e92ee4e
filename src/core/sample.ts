import type { Finding } from '../data/schema.js';
import { isSmallSample } from '../data/query.js';
import type { Strings } from '../i18n/index.js';

/** What the sample mark reads: a finding, or a value worked out from one (a derived rest has no respondents). */
type Sampled = Pick<Finding, 'precision'> & { respondents?: Finding['respondents'] };

/**
 * The small-sample mark of a share that rests on few organisations (see `isSmallSample`): "n = 5", or where the
 * count is not published "n ≤ 20" (`long`: "hoogstens 20 brandweerzones"); empty for any other share and for
 * findings without a number.
 */
export function sampleMark(f: Sampled | null, s: Strings, long = false): string {
  const r = f?.respondents;
  if (!f || f.precision === 'none' || !isSmallSample(r)) return '';
  const population = r.population ?? 0;
  return long
    ? s.sample.long(r.answered, population, s.organisations[r.organisation])
    : s.sample.short(r.answered, population);
}

/** What the note under a chart says besides the marks' legend: whose shares they are, and the chart's caveats. */
export interface NoteOptions {
  /** The findings shown. */
  findings: readonly (Finding | null)[];
  /** `accounts` where the article counts accounts (the interaction shares), else respondents. */
  unit?: 'respondents' | 'accounts';
  /** The chart shows a value it works out itself (the rest of a share). */
  derived?: boolean;
}

/**
 * The note under a chart, also written at the head of its downloads: "Percentages van de respondenten …", then
 * each small-sample mark shown and what it means ("n = 5: 5 brandweerzones antwoordden in 2016"), then the
 * derived-value note where the chart works a value out.
 */
export function noteOf({ findings, unit = 'respondents', derived = false }: NoteOptions, s: Strings): string {
  const seen = new Set<string>();
  const samples: string[] = [];
  for (const f of findings) {
    const r = f?.respondents;
    if (!f || !sampleMark(f, s) || !r || seen.has(`${r.organisation} ${r.year}`)) continue;
    seen.add(`${r.organisation} ${r.year}`);
    samples.push(s.sample.explain(r.answered, r.population ?? 0, s.organisations[r.organisation], r.year));
  }
  return [
    unit === 'accounts' ? s.ofAccounts : s.ofRespondents,
    samples.length ? `${samples.join('; ')}. ${s.sample.caution}` : '',
    derived ? s.derivedNote : '',
  ]
    .filter(Boolean)
    .join(' ');
}
