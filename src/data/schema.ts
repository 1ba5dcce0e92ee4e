import {
  ORGANISATIONS,
  ORGANISATION_KEYS,
  PLATFORMS,
  PRECISIONS,
  TOPICS,
  YEARS,
  isOneOf,
  type Organisation,
  type OrganisationKey,
  type Platform,
  type Precision,
  type Topic,
  type Year,
} from './keys.js';
import { DataError, show, type Expected } from './problem.js';
import { percentDecimals } from './decimals.js';

export { DataError, limits, problemOf, type Expected, type Problem } from './problem.js';

/** One finding of the survey, as it is written in `data/*.json` or a CSV row. */
export interface FindingInput {
  id: string;
  organisation: OrganisationKey;
  platform?: Platform | null;
  topic?: Topic;
  year: Year | `${Year}`;
  /** A proportion 0..1 (`0.45`) or a fraction as the article words it (`"1/3"`); null when there is no number. */
  share?: number | string | null;
  precision: Precision;
  /** The Dutch words of the article this finding comes from. */
  words: string;
  wordsEn?: string;
  /** A French rendering of `words`, shown beside them in French charts. */
  wordsFr?: string;
  note?: string;
}

/**
 * How many of one kind of organisation answered the survey of a year, and how many there were, each with its
 * source. The shares of that year describe those who answered (the respondents), not every organisation.
 */
export interface Respondents {
  organisation: Organisation;
  year: Year;
  /** How many answered; null where the number is not published (written `"not published"` in the data). */
  answered: number | null;
  /** Where `answered` comes from, or why it is not known. */
  answeredSource: string;
  /** How many existed in Flanders that year; null where the sources do not say. */
  population: number | null;
  /** `about` where the sources give the number as approximate ("ongeveer 109 politiezones"). */
  populationPrecision: 'exact' | 'about';
  populationSource: string;
}

/** A validated finding: the form every chart works with. */
export interface Finding {
  id: string;
  organisation: OrganisationKey;
  platform: Platform | null;
  topic: Topic;
  year: Year;
  /** Proportion 0..1, or null for `negligible` and `none`. */
  share: number | null;
  /** The fraction as worded ("een op drie" is [1, 3]), when the data gave one. */
  fraction: readonly [number, number] | null;
  precision: Precision;
  words: string;
  wordsEn: string | null;
  wordsFr: string | null;
  note: string | null;
  /** Who answered in the finding's year, for its organisation (null for `all` or where the data has no count). */
  respondents: Respondents | null;
}

export interface Dataset {
  title: string;
  source: string;
  published: string | null;
  /** Per year and organisation: how many answered and how many exist; empty where the data gives none. */
  respondents: readonly Respondents[];
  findings: readonly Finding[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads a share: a number 0..1, a numeric string, a "n/d" fraction or a percentage string "45%". */
export function parseShare(value: unknown): { share: number; fraction: [number, number] | null } | null {
  if (typeof value === 'number')
    return Number.isFinite(value) && value >= 0 && value <= 1 ? { share: value, fraction: null } : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const frac = /^(\d+)\s*\/\s*(\d+)$/.exec(text);
  if (frac) {
    const n = Number(frac[1]);
    const d = Number(frac[2]);
    return d > 0 && n <= d ? { share: n / d, fraction: [n, d] } : null;
  }
  const pct = /^(\d+(?:[.,]\d+)?)\s*%$/.exec(text);
  if (pct) {
    const p = Number(pct[1].replace(',', '.')) / 100;
    return p <= 1 ? { share: p, fraction: null } : null;
  }
  // "0,45" as a Belgian or Dutch spreadsheet writes it, or "0.45".
  if (/^\d*(?:[.,]\d+)?$/.test(text) && text !== '') return parseShare(Number(text.replace(',', '.')));
  return null;
}

const empty = (v: unknown) => v === undefined || v === null || v === '';

/** A reader of one record of a list: `fail` throws the problem of one of its fields. */
function recordOf(raw: unknown, list: string, index: number) {
  if (!isRecord(raw)) throw new DataError({ code: 'not-record', list, index, value: show(raw) }, `${list}[${index}]`);
  const id = typeof raw.id === 'string' && raw.id ? raw.id : null;
  const fail = (field: string, expected: Expected): never => {
    throw new DataError(
      { code: 'field', list, index, id, field, value: show(raw[field]), expected },
      `${list}[${index}].${field}`,
    );
  };
  return { raw, fail };
}

/**
 * Checks one finding. `seen` holds the ids so far; `cells` the record (id and index) of each cell (organisation,
 * platform, topic, year) so far: a chart shows one finding per cell, so a second one would be shown beside the
 * first as if it were another year ("2016–2017–2017") or hidden behind it.
 */
function validateFinding(
  input: unknown,
  index: number,
  seen: Set<string>,
  cells: Map<string, { id: string; index: number }>,
): Omit<Finding, 'respondents'> {
  const { raw, fail } = recordOf(input, 'findings', index);
  const id = raw.id;
  if (typeof id !== 'string' || !/^[\w.-]+$/.test(id)) fail('id', { kind: 'id' });
  if (seen.has(id as string)) fail('id', { kind: 'unique-id' });
  seen.add(id as string);
  if (!isOneOf(ORGANISATION_KEYS, raw.organisation))
    fail('organisation', { kind: 'one-of', values: ORGANISATION_KEYS });
  const platform = empty(raw.platform) ? null : raw.platform;
  if (platform !== null && !isOneOf(PLATFORMS, platform))
    fail('platform', { kind: 'one-of', values: PLATFORMS, empty: 'allowed' });
  const topic = empty(raw.topic) ? 'presence' : raw.topic;
  if (!isOneOf(TOPICS, topic)) fail('topic', { kind: 'one-of', values: TOPICS, empty: 'presence' });
  const year = typeof raw.year === 'string' ? Number(raw.year) : raw.year;
  if (!isOneOf(YEARS, year)) fail('year', { kind: 'one-of', values: YEARS });
  const cell = `${raw.organisation} ${platform} ${topic} ${year}`;
  const first = cells.get(cell);
  if (first) fail('year', { kind: 'one-per-cell', ...first });
  cells.set(cell, { id: id as string, index });
  if (!isOneOf(PRECISIONS, raw.precision)) fail('precision', { kind: 'one-of', values: PRECISIONS });
  const precision = raw.precision as Precision;
  let share: number | null = null;
  let fraction: [number, number] | null = null;
  if (precision === 'none' || precision === 'negligible') {
    if (!empty(raw.share)) fail('share', { kind: 'empty', because: precision });
  } else {
    const parsed = parseShare(raw.share);
    if (!parsed) fail('share', { kind: 'share', because: precision });
    ({ share, fraction } = parsed!);
    // Exact is a figure as the article prints it: never one a chart would have to round.
    if (precision === 'exact' && !fraction && percentDecimals(share!) === null) fail('share', { kind: 'exact-share' });
  }
  if (typeof raw.words !== 'string' || !raw.words.trim()) fail('words', { kind: 'words' });
  for (const field of ['wordsEn', 'wordsFr', 'note'] as const) {
    if (!empty(raw[field]) && typeof raw[field] !== 'string') fail(field, { kind: 'text' });
  }
  const text = (field: string) => (empty(raw[field]) ? null : (raw[field] as string));
  return {
    id: id as string,
    organisation: raw.organisation as OrganisationKey,
    platform: platform as Platform | null,
    topic: topic as Topic,
    year: year as Year,
    share,
    fraction,
    precision,
    words: (raw.words as string).trim(),
    wordsEn: text('wordsEn'),
    wordsFr: text('wordsFr'),
    note: text('note'),
  };
}

/** `"not published"`: how the data says that a count of respondents is not known. */
export const NOT_PUBLISHED = 'not published';

function validateRespondents(input: unknown, index: number, seen: Set<string>): Respondents {
  const { raw, fail } = recordOf(input, 'respondents', index);
  if (!isOneOf(ORGANISATIONS, raw.organisation)) fail('organisation', { kind: 'one-of', values: ORGANISATIONS });
  const year = typeof raw.year === 'string' ? Number(raw.year) : raw.year;
  if (!isOneOf(YEARS, year)) fail('year', { kind: 'one-of', values: YEARS });
  const key = `${raw.organisation} ${year}`;
  if (seen.has(key)) fail('year', { kind: 'once' });
  seen.add(key);
  const count = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v > 0;
  if (!(count(raw.answered) || raw.answered === NOT_PUBLISHED)) fail('answered', { kind: 'answered' });
  if (!(count(raw.population) || raw.population === null)) fail('population', { kind: 'population' });
  const precision = empty(raw.populationPrecision) ? 'exact' : raw.populationPrecision;
  if (!isOneOf(['exact', 'about'] as const, precision))
    fail('populationPrecision', { kind: 'one-of', values: ['exact', 'about'], empty: 'allowed' });
  for (const field of ['answeredSource', 'populationSource'])
    if (typeof raw[field] !== 'string' || !raw[field].trim()) fail(field, { kind: 'source' });
  return {
    organisation: raw.organisation as Organisation,
    year: year as Year,
    answered: raw.answered === NOT_PUBLISHED ? null : (raw.answered as number),
    answeredSource: (raw.answeredSource as string).trim(),
    population: raw.population as number | null,
    populationPrecision: precision as 'exact' | 'about',
    populationSource: (raw.populationSource as string).trim(),
  };
}

/** The respondents of a finding's organisation in its year, from the dataset's list. */
export const respondentsOf = (
  respondents: readonly Respondents[],
  f: Pick<Finding, 'organisation' | 'year'>,
): Respondents | null => respondents.find((r) => r.organisation === f.organisation && r.year === f.year) ?? null;

/**
 * Checks data in the dataset's format and returns it in the form the charts use.
 * Accepts `{ findings: [...] }` (with optional title, source, published) or a bare array of findings.
 * @throws DataError naming the record and the field, and saying what was expected.
 */
export function validateDataset(input: unknown): Dataset {
  const body = Array.isArray(input) ? { findings: input } : input;
  if (!isRecord(body)) throw new DataError({ code: 'not-dataset', value: show(input) }, '');
  if (!Array.isArray(body.findings)) throw new DataError({ code: 'no-findings' }, 'findings');
  if (body.findings.length === 0) throw new DataError({ code: 'empty-findings' }, 'findings');
  const counted = new Set<string>();
  const respondents = Array.isArray(body.respondents)
    ? body.respondents.map((r, i) => validateRespondents(r, i, counted))
    : [];
  const seen = new Set<string>();
  const cells = new Map<string, { id: string; index: number }>();
  const findings = body.findings.map((f, i) => {
    const finding = validateFinding(f, i, seen, cells);
    return { ...finding, respondents: respondentsOf(respondents, finding) };
  });
  const text = (v: unknown, fallback: string) => (typeof v === 'string' && v.trim() ? v.trim() : fallback);
  return {
    title: text(body.title, ''),
    source: text(body.source, ''),
    published: typeof body.published === 'string' ? body.published : null,
    respondents,
    findings,
  };
}
