import type { Finding } from '../data/schema.js';
import type { Strings } from '../i18n/index.js';

/** The percent sign of each language in src/i18n, as Intl writes it: "45%" (nl-BE, en-GB), "45 %" (fr-BE, no-break space). */
const PERCENT: Record<string, string> = { nl: '%', en: '%', fr: '\u00A0%' };
const formats = new Map<string, Intl.NumberFormat>();
/**
 * A locale's whole percentage ("45%" in nl-BE and en-GB, "45 %" in fr-BE). The chart languages are written out
 * rather than formatted by Intl: the first Intl.NumberFormat of a page costs 10-30 ms (ICU set-up), a third of a
 * chart's own main-thread time to first paint (bench/). Rounds like Intl (shortest decimal, half up); other
 * locales go through Intl, cached.
 */
export function percent(locale: string, value: number): string {
  const sign = PERCENT[locale.split('-')[0]];
  if (sign) return `${Math.round(Number((value * 100).toPrecision(12))) || 0}${sign}`;
  let f = formats.get(locale);
  if (!f) formats.set(locale, (f = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 })));
  return f.format(value);
}

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
export function compactLabel(f: Valued | null, s: Strings): string {
  if (!f) return s.notAsked;
  switch (f.precision) {
    case 'exact':
      return figure(f, s);
    case 'about':
    case 'more-than':
    case 'less-than':
      return `${SIGN[f.precision]}\u202F${figure(f, s)}`;
    case 'negligible':
      return '≈\u202F0';
    case 'none':
      return s.noFigure;
  }
}

/** The share as a sentence would say it: "45%", "ongeveer 1 op 3 (≈ 33%)", "bijna 2 op 3 (< 67%)", "verwaarloosbaar", "geen cijfer". */
export function longLabel(f: Valued | null, s: Strings): string {
  if (!f) return s.notAsked;
  switch (f.precision) {
    case 'exact':
      return figure(f, s);
    case 'about':
    case 'more-than':
    case 'less-than': {
      const words = s.approx[f.precision](figure(f, s));
      return f.fraction ? `${words} (${SIGN[f.precision]}\u202F${percent(s.locale, f.share!)})` : words;
    }
    case 'negligible':
      return s.negligibleShort;
    case 'none':
      return s.noFigure;
  }
}

/** The position a finding takes on a share scale: its share, 0 when negligible, null when it has no number. */
export const positionOf = (f: Finding | null): number | null =>
  !f ? null : f.precision === 'negligible' ? 0 : f.share;
