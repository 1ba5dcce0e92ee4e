import type { PropertyDeclaration } from 'lit';
import { YEARS, isOneOf, type Year } from '../data/keys.js';
import { LANGUAGES, type Strings } from '../i18n/index.js';
import { cut } from '../data/cut.js';
import { FORMATS } from '../templates/frame.js';

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
  return unknownValue(s, name, cut(textOf(value)), values.map(String));
}

/** The attribute of each unknown-value message made here, by its message: a chart keeps only the message. */
const unknown = new Map<string, string>();

/** The reader's message for an attribute that holds an unknown value; `attributeOf` finds the attribute again. */
export function unknownValue(s: Strings, name: string, value: string, valid: readonly string[]): string {
  const message = s.unknownValue(name, value, valid);
  // A few distinct messages at most on a page; the oldest goes when there are many.
  if (unknown.size > 50) unknown.delete(unknown.keys().next().value!);
  unknown.set(message, name);
  return message;
}

/** The attribute an unknown-value message names, or undefined for any other message. */
export const attributeOf = (message: string): string | undefined => unknown.get(message);

/**
 * Any value as a message can show it, never throwing: a Symbol, an object whose `toString` throws, NaN and
 * Infinity (as such).
 */
export function textOf(value: unknown): string {
  let text = '[object]';
  try {
    text = typeof value == 'symbol' ? value.toString() : String(value);
  } catch {
    // An object whose toString throws.
  }
  return text;
}

type Props = { elementProperties: Map<PropertyKey, PropertyDeclaration> };
/** A fresh element of each kind: the defaults a removed attribute gives back. */
const fresh: Record<string, Record<PropertyKey, unknown>> = {};

/**
 * Before an update, the attribute properties as a chart can check them. A property whose attribute was removed
 * (Lit makes it null), left empty where its converter makes that undefined (`year=""`), or set to null or
 * undefined by a script, gets its default back, as if the attribute had never been written (platform-matrix said 'Onbekende waarde "undefined"' for `year=""`); a Symbol or an object
 * (whose `toString` may throw) becomes its `textOf`, which the chart's check names in its message. Returns the
 * message for a `theme` other than `auto`, `light` or `dark`, or for a `lang` of the chart's own that is not Dutch,
 * English or French (`lang="de"`; `fr-BE` is French, and an empty `lang` is Dutch), as for any wrong attribute; or
 * null. A page's own language on an ancestor (a German page) is not the chart's input: its charts are Dutch.
 */
export function settleAttributes(
  host: HTMLElement & { theme?: unknown; download?: unknown; strings: Strings },
): string | null {
  const record = host as unknown as Record<PropertyKey, unknown>;
  for (const [key, options] of (host.constructor as unknown as Props).elementProperties) {
    const value = record[key];
    // Not `data` (any value, checked by the data part); a state (tableOpen) is a boolean, never touched here.
    if (options.attribute === false) continue;
    if (typeof value == 'symbol' || (typeof value == 'object' && value)) record[key] = textOf(value);
    // Null or undefined also when a script set it: a reflected attribute (theme) still holds the old value until
    // this update reflects the new one, so it cannot tell (input.test.ts, seed 5128: 'Onbekende waarde "null"').
    else if (value == null) record[key] = (fresh[host.localName] ??= new (host.constructor as new () => never)())[key];
  }
  // The language of a tag ("fr" of "fr-BE"), as the chart reads it (languageOf).
  const lang = host.lang.toLowerCase().split('-')[0];
  // `download` is a list of formats ("png csv"); an empty one offers all. A word that is none is said, as for theme.
  const unknownFormat = String(host.download ?? '')
    .split(/[\s,]+/)
    .find((word) => word && !(FORMATS as readonly string[]).includes(word));
  return (
    checkKey(host.strings, 'theme', host.theme, ['auto', 'light', 'dark']) ??
    (lang ? checkKey(host.strings, 'lang', lang, LANGUAGES) : null) ??
    (unknownFormat ? checkKey(host.strings, 'download', unknownFormat, FORMATS) : null)
  );
}

/** The years a chart shows: one, or both when the attribute is empty. */
export const yearsOf = (year: Year | undefined): Year[] => (year === undefined ? [...YEARS] : [year]);

/** A `year` attribute that also reflects the property (a chart whose own controls set the year). */
export const reflectedYearProperty: PropertyDeclaration = { ...yearProperty, reflect: true };
