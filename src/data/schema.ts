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
import { problemEn } from '../i18n/problem-en.js';

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

/** What a field should hold, for the reader's message (see `Problem`). */
export type Expected =
  | { kind: 'id' }
  | { kind: 'unique-id' }
  | { kind: 'one-of'; values: readonly (string | number)[]; empty?: 'allowed' | 'presence' }
  | { kind: 'empty'; because: string }
  | { kind: 'share'; because: string }
  | { kind: 'words' }
  | { kind: 'text' }
  | { kind: 'answered' }
  | { kind: 'population' }
  | { kind: 'source' }
  | { kind: 'once' };

/**
 * What is wrong with editor data, as a code and its details. The chart's strings turn it into the reader's words
 * (`Strings.problem`), in Dutch, English or French; `DataError.message` says it in English.
 * `record` is "Record 3 (findings[2])"'s parts: the id where the record has one, else its number; `at` its path.
 */
export type Problem =
  | { code: 'not-dataset'; value: string }
  | { code: 'no-findings' }
  | { code: 'empty-findings' }
  | { code: 'not-record'; list: string; index: number; value: string }
  | { code: 'field'; list: string; index: number; id: string | null; field: string; value: string; expected: Expected }
  | { code: 'inline-json'; detail: string }
  | { code: 'http'; src: string; status: string }
  | { code: 'not-json'; src: string; detail: string }
  | { code: 'unreachable'; src: string; detail: string }
  /** A `src` over a limit (see `limits`): larger than "2 MB" (refused before it is parsed), or slower than "15 s". */
  | { code: 'limit'; src: string; limit: string }
  | { code: 'in-file'; src: string; problem: Problem }
  /** An optional part of the library could not be fetched: an ES chunk, or a script beside dist/embed.js. */
  | { code: 'part-module'; part: string; detail: string }
  | { code: 'part-script'; part: string; from: string | null }
  /** A message made elsewhere (the CSV reader's), shown as it is. */
  | { code: 'text'; text: string };

/**
 * The limits of a `src`: a file larger than `bytes` is refused with a message before it is parsed, and one that
 * has not come after `seconds` is given up with a message. A test may lower them.
 */
export const limits = { bytes: 2_000_000, seconds: 15 };

/** The problems of the errors made here, by message: a chart that has only the message finds its problem again. */
const problems = new Map<string, Problem>();

/** A problem with editor or bundled data; `problem` names the record and the field, `message` says it in English. */
export class DataError extends Error {
  readonly problem: Problem;
  constructor(
    problem: Problem | string,
    readonly path: string,
  ) {
    const p: Problem = typeof problem == 'string' ? { code: 'text', text: problem } : problem;
    super(problemEn(p));
    this.name = 'DataError';
    this.problem = p;
    // A few distinct messages at most on a page; the oldest goes when there are many.
    if (problems.size > 50) problems.delete(problems.keys().next().value!);
    problems.set(this.message, p);
  }
}

/** The problem of a DataError made here, by its message (a chart keeps only the message); null for any other. */
export const problemOf = (message: string): Problem | null => problems.get(message) ?? null;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A value as a message shows it: a text in quotes, NaN, Infinity and a BigInt as such (JSON would say null, or
 * throw), what JSON cannot write (a cyclic object, a throwing `toJSON`) by its type; cut at 200 characters with
 * "…", so that a huge value neither freezes the page nor fills the console.
 */
function show(v: unknown): string {
  let text: string = typeof v;
  try {
    text = typeof v == 'string' ? `"${v}"` : v === null || typeof v == 'object' ? JSON.stringify(v) : String(v);
  } catch {
    // Cyclic, or a toJSON that throws: its type.
  }
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

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

function validateFinding(input: unknown, index: number, seen: Set<string>): Omit<Finding, 'respondents'> {
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
  const findings = body.findings.map((f, i) => {
    const finding = validateFinding(f, i, seen);
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
