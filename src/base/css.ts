import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The tag of the styles: Lit's css tag without its run-time check that every interpolated value is a css result,
 * which the types here make at compile time (the check and its message are 0.07 kB of the embed script).
 * Static parts are read raw, as CSS reads them (no JavaScript escapes).
 */
export const css = (strings: TemplateStringsArray, ...values: CSSResult[]): CSSResult =>
  unsafeCSS(String.raw({ raw: strings }, ...values));
