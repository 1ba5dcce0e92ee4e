import { nice } from 'd3-array';

/**
 * A linear scale from a domain to a range: d3-scale's `scaleLinear` without the ~6 kB of interpolators and
 * formatters it brings, which these charts never use. `niceTicks` rounds the domain with d3-array's `nice`.
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
