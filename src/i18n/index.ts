import { nl, type Strings } from './nl.js';
import { en } from './en.js';
import { fr } from './fr.js';

export type { Strings };
export const LANGUAGES = ['nl', 'en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];
const table: Record<Language, Strings> = { nl, en, fr };

/** The language for a BCP 47 tag ("en-GB" is en); Dutch for anything unknown or empty. */
export function languageOf(tag: string | null | undefined): Language {
  const base = (tag ?? '').toLowerCase().split('-')[0];
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : 'nl';
}

export const stringsFor = (lang: Language): Strings => table[lang];
