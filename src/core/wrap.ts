import type { Measure } from './measure.js';

/**
 * Breaks a text into lines of at most `width` px, at ordinary spaces: a no-break space (U+00A0, as inside the
 * fraction of a compact label, "1 op 10") never breaks, a narrow no-break space (U+202F, between a sign and its
 * figure, "≈ 1 op 3") only when the two do not fit on one line together.
 * A word wider than the line gets a line of its own (callers size their boxes from the longest line).
 */
export function wrap(text: string, width: number, measure: Measure): string[] {
  if (measure(text) <= width) return [text];
  const words = text.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (line && measure(next) > width) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  return [...lines, line].flatMap((l) => (measure(l) > width ? l.split('\u202F') : [l]));
}
