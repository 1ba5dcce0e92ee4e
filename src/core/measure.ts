/** Measures the width of a text in px; `size`: the font size it measures at, in px (13 when not told). */
export type Measure = ((text: string) => number) & { size?: number };

/** A DOM-free estimate: average glyph widths of a sans-serif face at `size` px. Used where no canvas exists. */
export const estimateWidth = (size: number): Measure =>
  Object.assign(
    (text: string) => {
      let w = 0;
      for (const ch of text)
        w += /[ilj.,:;'’|!\u202F\u00A0 ]/.test(ch)
          ? 0.3
          : /[mwMW%]/.test(ch)
            ? 0.85
            : /[A-Z0-9≈<>]/.test(ch)
              ? 0.65
              : 0.55;
      return w * size;
    },
    { size },
  );

/** How much larger than 13 px the measure's text is: line heights, gaps and rows grow by it. */
export const scaleOf = (measure: Measure) => (measure.size ?? 13) / 13;

/** Measures with a canvas in the given CSS font, falling back to the estimate. */
export function canvasMeasure(font: string, size: number): Measure {
  const ctx = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
  if (!ctx) return estimateWidth(size);
  ctx.font = font;
  const cache = new Map<string, number>();
  const measure: Measure = (text) => {
    let w = cache.get(text);
    if (w === undefined) cache.set(text, (w = ctx.measureText(text).width));
    return w;
  };
  measure.size = size;
  return measure;
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
