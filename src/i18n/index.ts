import { nl, type Strings } from './nl.js';
import { en } from './en.js';

export type { Strings };
export const LANGUAGES = ['nl', 'en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];
/** Dutch and English; French is an optional part (see extras/index.ts). */
const table: Partial<Record<Language, Strings>> = { nl, en };

/** The language for a BCP 47 tag ("en-GB" is en); Dutch for anything unknown or empty. */
export function languageOf(tag: string | null | undefined): Language {
  const base = (tag ?? '').toLowerCase().split('-')[0];
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : 'nl';
}

/** The strings of Dutch or English; of French only once its part is at hand. */
export const stringsFor = (lang: Language): Strings | undefined => table[lang];
