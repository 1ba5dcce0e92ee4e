import {
  ORGANISATION_KEYS,
  PLATFORMS,
  PRECISIONS,
  TOPICS,
  YEARS,
  isOneOf,
  type OrganisationKey,
  type Platform,
  type Precision,
  type Topic,
  type Year,
} from './keys.js';

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
  note?: string;
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
  note: string | null;
}

export interface Dataset {
  title: string;
  source: string;
  published: string | null;
  findings: readonly Finding[];
}

/** A problem with editor or bundled data; `message` names the record and the field. */
export class DataError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
    this.name = 'DataError';
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const show = (v: unknown) => (typeof v === 'string' ? `"${v}"` : (JSON.stringify(v) ?? String(v)));
const list = (values: readonly (string | number)[]) => values.map((v) => `"${v}"`).join(', ');

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

function validateFinding(raw: unknown, index: number, seen: Set<string>): Finding {
  const at = `findings[${index}]`;
  if (!isRecord(raw))
    throw new DataError(
      `Record ${index + 1} (${at}) is ${show(raw)}; expected an object with id, organisation, year, precision and words.`,
      at,
    );
  const id = raw.id;
  const name = typeof id === 'string' && id ? `Record "${id}" (${at})` : `Record ${index + 1} (${at})`;
  const fail = (field: string, expected: string): never => {
    throw new DataError(`${name}: field "${field}" is ${show(raw[field])}; expected ${expected}.`, `${at}.${field}`);
  };
  const empty = (v: unknown) => v === undefined || v === null || v === '';

  if (typeof id !== 'string' || !/^[\w.-]+$/.test(id))
    fail('id', 'a non-empty text of letters, digits, "-", "_" or "."');
  if (seen.has(id as string)) fail('id', 'an id that no other record uses');
  seen.add(id as string);
  if (!isOneOf(ORGANISATION_KEYS, raw.organisation)) fail('organisation', `one of ${list(ORGANISATION_KEYS)}`);
  const platform = empty(raw.platform) ? null : raw.platform;
  if (platform !== null && !isOneOf(PLATFORMS, platform)) fail('platform', `one of ${list(PLATFORMS)}, or empty`);
  const topic = empty(raw.topic) ? 'presence' : raw.topic;
  if (!isOneOf(TOPICS, topic)) fail('topic', `one of ${list(TOPICS)}, or empty for "presence"`);
  const year = typeof raw.year === 'string' ? Number(raw.year) : raw.year;
  if (!isOneOf(YEARS, year)) fail('year', `one of ${list(YEARS)}`);
  if (!isOneOf(PRECISIONS, raw.precision)) fail('precision', `one of ${list(PRECISIONS)}`);
  const precision = raw.precision as Precision;
  let share: number | null = null;
  let fraction: [number, number] | null = null;
  if (precision === 'none' || precision === 'negligible') {
    if (!empty(raw.share)) fail('share', `empty, because precision is "${precision}"`);
  } else {
    const parsed = parseShare(raw.share);
    if (!parsed)
      fail(
        'share',
        `a proportion from 0 to 1 (0.45), a percentage ("45%") or a fraction ("1/3"), because precision is "${precision}"`,
      );
    ({ share, fraction } = parsed!);
  }
  if (typeof raw.words !== 'string' || !raw.words.trim())
    fail('words', 'the words of the article this finding comes from');
  for (const field of ['wordsEn', 'note'] as const) {
    if (!empty(raw[field]) && typeof raw[field] !== 'string') fail(field, 'a text, or empty');
  }
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
    wordsEn: empty(raw.wordsEn) ? null : (raw.wordsEn as string),
    note: empty(raw.note) ? null : (raw.note as string),
  };
}

/**
 * Checks data in the dataset's format and returns it in the form the charts use.
 * Accepts `{ findings: [...] }` (with optional title, source, published) or a bare array of findings.
 * @throws DataError naming the record and the field, and saying what was expected.
 */
export function validateDataset(input: unknown): Dataset {
  const body = Array.isArray(input) ? { findings: input } : input;
  if (!isRecord(body))
    throw new DataError(
      `The data is ${show(input)}; expected an object with a "findings" list, or a list of findings.`,
      '',
    );
  if (!Array.isArray(body.findings))
    throw new DataError(
      `The data has no "findings" list; expected { "findings": [ { "id": ..., "organisation": ..., ... } ] }.`,
      'findings',
    );
  if (body.findings.length === 0)
    throw new DataError('The "findings" list is empty; expected at least one finding.', 'findings');
  const seen = new Set<string>();
  const findings = body.findings.map((f, i) => validateFinding(f, i, seen));
  const text = (v: unknown, fallback: string) => (typeof v === 'string' && v.trim() ? v.trim() : fallback);
  return {
    title: text(body.title, ''),
    source: text(body.source, ''),
    published: typeof body.published === 'string' ? body.published : null,
    findings,
  };
}
