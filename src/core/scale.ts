/**
 * A linear scale from a domain to a range: d3-scale's `scaleLinear` without the ~6 kB of interpolators and
 * formatters it brings, which these charts never use. `niceTicks` rounds the domain with `nice` (below).
 */
export interface Linear {
  (value: number): number;
  domain: readonly [number, number];
}

export function linear(domain: readonly [number, number], range: readonly [number, number], niceTicks = 0): Linear {
  const [d0, d1] = niceTicks ? nice(domain[0], domain[1], niceTicks) : domain;
  const k = d1 === d0 ? 0 : (range[1] - range[0]) / (d1 - d0);
  const f = ((v: number) => range[0] + (v - d0) * k) as Linear;
  f.domain = [d0, d1];
  return f;
}

/**
 * The ease of every transition: d3-ease's `easeCubicInOut`, written out because importing it from d3-ease
 * brings the whole module (its eases are built by calls a bundler cannot drop): 400 B of the embed script.
 * The test compares the two.
 */
export const easeCubicInOut = (t: number) => ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;

/**
 * d3-array's `nice` (with its `tickIncrement`), written out: importing it from d3-array keeps that module's
 * bisectors in the bundle (built by calls a bundler cannot drop), 0.9 kB of the embed script. The test compares
 * the two. Extends [start, stop] to round values for about `count` ticks (2 or more).
 */
export function nice(start: number, stop: number, count: number): [number, number] {
  let prestep;
  while (true) {
    const step = tickIncrement(start, stop, count);
    if (step === prestep || step === 0 || !isFinite(step)) return [start, stop];
    if (step > 0) {
      const i = Math.ceil(start / step);
      const j = Math.floor(stop / step);
      start = (i - +(i * step > start)) * step;
      stop = (j + +(j * step < stop)) * step;
    } else {
      // A step below 1 comes as its negative inverse (exact in floating point).
      const i = Math.ceil(start * -step);
      const j = Math.floor(stop * -step);
      start = (i - +(i / -step > start)) / -step;
      stop = (j + +(j / -step < stop)) / -step;
    }
    prestep = step;
  }
}

/** d3-array's tickIncrement for `count` of 2 or more (d3 retries smaller counts doubled, which no chart asks for). */
function tickIncrement(start: number, stop: number, count: number): number {
  const step = (stop - start) / count;
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  return power < 0 ? -(10 ** -power) / factor : 10 ** power * factor;
}
