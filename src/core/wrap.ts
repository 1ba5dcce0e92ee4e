import type { Measure } from './measure.js';

/**
 * Breaks a text into lines of at most `width` px, at spaces; a fraction ("1 op 10") is never split, and a sign
 * stays with its figure ("≈ 1 op 3") unless they do not fit on one line together.
 * A word wider than the line gets a line of its own (callers size their boxes from the longest line).
 */
export function wrap(text: string, width: number, measure: Measure): string[] {
  if (measure(text) <= width) return [text];
  const words = text.replace(/(\d) (\S+) (\d)/g, '$1\u00A0$2\u00A0$3').split(' ');
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
