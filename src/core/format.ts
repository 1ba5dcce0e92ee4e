import type { Finding } from '../data/schema.js';
import type { Strings } from '../i18n/index.js';

/**
 * A whole percentage as Intl writes it in the chart languages (src/i18n): "45%" in nl-BE and en-GB, "45 %" in
 * fr-BE (no-break space). Written out rather than formatted by Intl: the first Intl.NumberFormat of a page costs
 * 10-30 ms (ICU set-up), a third of a chart's own main-thread time to first paint (bench/). Rounds like Intl
 * (shortest decimal, half up); the test compares the two.
 */
export const percent = (locale: string, value: number): string =>
  `${Math.round(Number((value * 100).toPrecision(12))) || 0}${locale.startsWith('fr') ? '\u00A0%' : '%'}`;

type Valued = Pick<Finding, 'share' | 'fraction' | 'precision'>;

/** The figure in words or digits, without a precision sign: "45%", "1 op 3". */
function figure(f: Valued, s: Strings): string {
  if (f.fraction) return s.fraction(f.fraction[0], f.fraction[1]);
  return f.share === null ? '' : percent(s.locale, f.share);
}

const SIGN = { about: '≈', 'more-than': '>', 'less-than': '<' } as const;

/**
 * The short label drawn next to a mark. Approximations carry their sign so they never read as exact:
 * "45%", "≈ 1 op 3", "> 1 op 10", "< 2 op 3", "≈ 0", or "geen cijfer".
 */
export const compactLabel = (f: Valued | null, s: Strings): string => label(f, s, false);

/** The share as a sentence would say it: "45%", "ongeveer 1 op 3 (≈ 33%)", "bijna 2 op 3 (< 67%)", "verwaarloosbaar", "geen cijfer". */
export const longLabel = (f: Valued | null, s: Strings): string => label(f, s, true);

function label(f: Valued | null, s: Strings, long: boolean): string {
  if (!f) return s.notAsked;
  const p = f.precision;
  if (p == 'none') return s.noFigure;
  if (p == 'negligible') return long ? s.negligibleShort : '≈\u202F0';
  if (p == 'exact') return figure(f, s);
  const sign = `${SIGN[p]}\u202F`;
  if (!long) return sign + figure(f, s);
  const words = s.approx[p](figure(f, s));
  return f.fraction ? `${words} (${sign}${percent(s.locale, f.share!)})` : words;
}

/** The position a finding takes on a share scale: its share, 0 when negligible, null when it has no number. */
export const positionOf = (f: Finding | null): number | null =>
  !f ? null : f.precision === 'negligible' ? 0 : f.share;
