import { formatLocale, type FormatLocaleObject } from 'd3-format';
import type { Finding } from '../data/schema.js';
import { sampleMark } from './sample.js';
import type { Strings } from '../i18n/index.js';

/** The number formats of each language, made by d3-format from the language's `number` definition. */
const locales = new WeakMap<Strings, FormatLocaleObject>();

/**
 * A share as a percentage in the language of `s`: whole by default ("45%" in Dutch and English, "45 %" in French,
 * with a no-break space), or as `specifier` says. d3-format writes it from the language's definition (src/i18n), so
 * no `Intl.NumberFormat` is set up when a page opens.
 */
export function percent(share: number, s: Strings, specifier = '.0%'): string {
  let locale = locales.get(s);
  if (!locale) locales.set(s, (locale = formatLocale(s.number)));
  return locale.format(specifier)(share);
}

/** A share and how exact it is; with its respondents where it is a finding (a derived rest has none). */
type Valued = Pick<Finding, 'share' | 'fraction' | 'precision'> & { respondents?: Finding['respondents'] };

/**
 * The figure in words or digits, without a precision sign: "45%", "45,5%", "1 op 3". A percentage has the decimals
 * the share has, up to two (`~` drops the zeros d3-format would write): an exact 45.5% is never shown as "46%", nor
 * a lower bound of 45.5% as "> 46%". An exact share needs no more than two (the data part checks it, see
 * `percentDecimals`). `unbroken`: the words of a fraction are joined by no-break spaces, so a drawn label is never
 * wrapped inside "1 op 3".
 */
function figure(f: Valued, s: Strings, unbroken = false): string {
  if (f.fraction) {
    const words = s.fraction(f.fraction[0], f.fraction[1]);
    return unbroken ? words.replaceAll(' ', '\u00A0') : words;
  }
  return f.share === null ? '' : percent(f.share, s, '.2~%');
}

const SIGN = { about: '≈', 'more-than': '>', 'less-than': '<' } as const;

/**
 * The short label drawn next to a mark. Approximations carry their sign so they never read as exact:
 * "45%", "≈ 1 op 3", "> 1 op 10", "< 2 op 3", "≈ 0", or "geen cijfer". A fraction's words are joined by
 * no-break spaces (see `figure`). A small sample carries its mark: "40% (n = 5)".
 */
export const compactLabel = (f: Valued | null, s: Strings): string => {
  const mark = sampleMark(f, s);
  return mark ? `${label(f, s, false)} (${mark})` : label(f, s, false);
};

/**
 * The share as a sentence would say it: "45%", "ongeveer 1 op 3 (≈ 33%)", "bijna 2 op 3 (< 67%)", "verwaarloosbaar",
 * "geen cijfer"; a small sample with its mark: "40% (n = 5)", "57% (hoogstens 20 brandweerzones)".
 */
export const longLabel = (f: Valued | null, s: Strings): string => {
  const mark = sampleMark(f, s, true);
  if (!mark) return label(f, s, true);
  const text = label(f, s, true);
  // One pair of brackets: "ongeveer 1 op 10 (≈ 10%; hoogstens 20 brandweerzones)".
  return text.endsWith(')') ? `${text.slice(0, -1)}; ${mark})` : `${text} (${mark})`;
};

function label(f: Valued | null, s: Strings, long: boolean): string {
  if (!f) return s.notAsked;
  const p = f.precision;
  if (p == 'none') return s.noFigure;
  if (p == 'negligible') return long ? s.negligibleShort : '≈\u202F0';
  if (p == 'exact') return figure(f, s);
  // A narrow no-break space: wrap breaks a line between sign and figure only when they do not fit together.
  const sign = `${SIGN[p]}\u202F`;
  if (!long) return sign + figure(f, s, true);
  const words = s.approx[p](figure(f, s));
  return f.fraction ? `${words} (${sign}${percent(f.share!, s)})` : words;
}

/** The position a finding takes on a share scale: its share, 0 when negligible, null when it has no number. */
export const positionOf = (f: Finding | null): number | null =>
  !f ? null : f.precision === 'negligible' ? 0 : f.share;

/** A year for each cell of a series: what a chart shows for one organisation or platform. */
interface SeriesCell {
  year: number;
  finding: Finding | null;
}

/**
 * How a summary says one row or series: "OCMW’s van 45% naar 67%", "OCMW’s: geen cijfer (2017)" where the
 * article speaks without a number, or null where it is silent in every year shown (see `silentOn`).
 */
export function seriesWords(name: string, cells: readonly SeriesCell[], s: Strings): string | null {
  const valued = cells.filter((c) => positionOf(c.finding) !== null);
  if (valued.length === 2)
    return `${name} ${s.change(longLabel(valued[0].finding, s), longLabel(valued[1].finding, s))}`;
  const spoken = cells.filter((c) => c.finding);
  if (!spoken.length) return null;
  // "gemeenten: geen cijfer (2016, 2017)", "gemeenten: geen cijfer (2016), meer dan 1 op 10 (> 10%) (2017)".
  const years = new Map<string, number[]>();
  for (const c of spoken) {
    const label = longLabel(c.finding, s);
    years.set(label, [...(years.get(label) ?? []), c.year]);
  }
  return `${name}: ${[...years].map(([label, y]) => `${label} (${y.join(', ')})`).join(', ')}`;
}
