import type { Strings } from './nl.js';

export type { Strings };
export const LANGUAGES = ['nl', 'en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The language for a BCP 47 tag ("en-GB" is en); Dutch for anything unknown or empty. */
export function languageOf(tag: string | null | undefined): Language {
  const base = (tag ?? '').toLowerCase().split('-')[0];
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : 'nl';
}
