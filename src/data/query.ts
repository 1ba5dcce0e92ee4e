import type { Dataset, Finding, Respondents } from './schema.js';
import { languageOf, type Language, type Strings } from '../i18n/index.js';
import type { OrganisationKey, Platform, Topic, Year } from './keys.js';

export interface FindingQuery {
  organisation?: OrganisationKey;
  platform?: Platform | null;
  topic?: Topic;
  year?: Year;
}

/** The findings that match every given field of the query, in dataset order. */
export function selectFindings(dataset: Dataset, query: FindingQuery): Finding[] {
  const fields = (['organisation', 'platform', 'topic', 'year'] as const).filter((k) => query[k] !== undefined);
  return dataset.findings.filter((f) => fields.every((k) => f[k] === query[k]));
}

/** The one finding for a cell (organisation, platform, topic, year), or null when the survey is silent. */
export function findFinding(dataset: Dataset, query: Required<FindingQuery>): Finding | null {
  return selectFindings(dataset, query)[0] ?? null;
}

/** Fewer respondents than this make a share a small sample, flagged wherever a reader sees the share. */
export const SMALL_SAMPLE = 30;

/**
 * True where a share rests on few organisations: fewer than 30 answered, or the number is not published and
 * fewer than 30 exist at all (20 fire zones: at most 20 answered).
 */
export const isSmallSample = (r: Respondents | null | undefined): r is Respondents =>
  !!r && (r.answered !== null ? r.answered < SMALL_SAMPLE : r.population !== null && r.population < SMALL_SAMPLE);

/**
 * The article's words translated into the language of `s`: the finding's own `wordsEn` or `wordsFr` (editor data
 * may bring them), else the language's quote of the same Dutch words (src/i18n/quotes.ts); null in Dutch or
 * without one.
 */
export function translationOf(f: Finding, s: Strings): { text: string; lang: Language } | null {
  const lang = languageOf(s.locale);
  // The map's own keys only: words such as "valueOf" or "constructor" are no quote (found by test/fuzz/roundtrip).
  const quote = Object.hasOwn(s.quotes, f.words) ? s.quotes[f.words] : null;
  const text = (lang === 'en' ? f.wordsEn : lang === 'fr' ? f.wordsFr : null) ?? quote;
  return lang !== 'nl' && text ? { text, lang } : null;
}
