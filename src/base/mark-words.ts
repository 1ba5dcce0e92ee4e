import { longLabel } from '../core/format.js';
import type { ChartMark } from '../core/types.js';
import type { Finding } from '../data/schema.js';
import type { Strings } from '../i18n/index.js';
import { translationOf } from '../data/query.js';

export { translationOf };

/** What a mark is about: its platform, or its topic (a chart may word it otherwise, see `ChartElement.subject`). */
export type Subject = (m: Pick<ChartMark, 'platform' | 'topic'>) => string;

/** Findings quoted for a row or series that has no number: the article's words in the chart's language. */
export const quoteOf = (s: Strings) => (f: Finding) => `“${translationOf(f, s)?.text ?? f.words}”`;

/** The parts of a mark's title: organisation, subject, year. */
const titleParts = (m: ChartMark, s: Strings, subject: Subject) => [s.organisation[m.organisation], subject(m), m.year];

/** "OCMW’s · Instagram · 2017": the tooltip's title. */
export const markTitle = (m: ChartMark, s: Strings, subject: Subject) => titleParts(m, s, subject).join(' · ');

/**
 * The words a screen reader says for a mark: "OCMW’s, Instagram, 2017: ongeveer 1 op 3 (≈ 33%). In het artikel:
 * “…”". The long label says the precision in words (ongeveer, bijna, meer dan, verwaarloosbaar, geen cijfer);
 * where it is not exact the article's words follow, in English or French where the dataset has them. A value
 * the chart works out (the rest of a share) follows, labelled as derived.
 */
export function markDescription(m: ChartMark, s: Strings, subject: Subject): string {
  const f = m.finding;
  const base = `${titleParts(m, s, subject).join(', ')}: ${longLabel(f, s)}`;
  const said = f && f.precision !== 'exact' ? `${base}. ${s.sourceWords}: ${quoteOf(s)(f)}` : base;
  return m.derived ? `${said}; ${m.derived}` : said;
}
