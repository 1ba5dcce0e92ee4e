import type { PropertyDeclaration } from 'lit';
import { YEARS, isOneOf, type Year } from '../data/keys.js';
import type { Strings } from '../i18n/index.js';

/**
 * A `year` attribute: "2017" becomes the number 2017, an empty or missing attribute `undefined`. Any other text is
 * kept as written, so that the chart can name it in its message (see `checkKey`).
 */
export const yearProperty: PropertyDeclaration = {
  converter: {
    fromAttribute: (value: string | null) => {
      const text = value?.trim();
      if (!text) return undefined;
      const year = Number(text);
      return isOneOf(YEARS, year) ? year : value;
    },
    toAttribute: (value: unknown) => (value == null ? null : String(value)),
  },
};

/**
 * Checks that an attribute holds one of its keys (data/keys.ts); empty is allowed where `optional`. Returns the
 * reader's message naming the attribute, what it holds and the values it takes, or null when it is fine. A page
 * can write anything into an attribute: the property's type says what it holds once this check has passed.
 */
export function checkKey<T extends string | number>(
  s: Strings,
  name: string,
  value: unknown,
  values: readonly T[],
  optional = false,
): string | null {
  if (isOneOf(values, value) || (optional && (value === undefined || value === ''))) return null;
  return s.unknownValue(name, String(value), values.map(String));
}

/** The years a chart shows: one, or both when the attribute is empty. */
export const yearsOf = (year: Year | undefined): Year[] => (year === undefined ? [...YEARS] : [year]);

/** A `year` attribute that also reflects the property (a chart whose own controls set the year). */
export const reflectedYearProperty: PropertyDeclaration = { ...yearProperty, reflect: true };
