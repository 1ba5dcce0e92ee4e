/**
 * The fewest decimals (0, 1 or 2) of a percentage that write a share as it is: 0.45 is "45%" (0), 0.455 is
 * "45,5%" (1); null where two are not enough (0.3243 is 32.43…%), so that a figure is never rounded where it is
 * called exact. A tolerance far below the last decimal absorbs floating point (0.455 * 100 is 45.50000000000001).
 */
export function percentDecimals(share: number): number | null {
  for (let decimals = 0; decimals <= 2; decimals++) {
    const scaled = share * 100 * 10 ** decimals;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-6) return decimals;
  }
  return null;
}
