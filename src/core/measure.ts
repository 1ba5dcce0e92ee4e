/** Measures the width of a text in px. */
export type Measure = (text: string) => number;

/** A DOM-free estimate: average glyph widths of a sans-serif face at `size` px. Used where no canvas exists. */
export const estimateWidth =
  (size: number): Measure =>
  (text) => {
    let w = 0;
    for (const ch of text)
      w += /[ilj.,:;'’|!\u202F ]/.test(ch) ? 0.3 : /[mwMW%]/.test(ch) ? 0.85 : /[A-Z0-9≈<>]/.test(ch) ? 0.65 : 0.55;
    return w * size;
  };

/** Measures with a canvas in the given CSS font, falling back to the estimate. */
export function canvasMeasure(font: string, size: number): Measure {
  const ctx = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
  if (!ctx) return estimateWidth(size);
  ctx.font = font;
  const cache = new Map<string, number>();
  return (text) => {
    let w = cache.get(text);
    if (w === undefined) cache.set(text, (w = ctx.measureText(text).width));
    return w;
  };
}

/** The text cut to fit `width` px, with an ellipsis where it was cut. */
export function truncate(text: string, width: number, measure: Measure): string {
  if (measure(text) <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(text.slice(0, mid) + '…') <= width) lo = mid;
    else hi = mid - 1;
  }
  return text.slice(0, lo).trimEnd() + '…';
}
