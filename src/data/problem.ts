/**
 * What can be wrong with editor data, as codes the chart's strings put into words (`Problem`, `Expected`), the
 * error that carries one (`DataError`), and the limits of a `src`. The record checks and the dataset's assembly are
 * in schema.ts.
 */
import { problemEn } from '../i18n/problem-en.js';
import { cut } from './cut.js';

/** What a field should hold, for the reader's message (see `Problem`). */
export type Expected =
  | { kind: 'id' }
  | { kind: 'unique-id' }
  | { kind: 'one-of'; values: readonly (string | number)[]; empty?: 'allowed' | 'presence' }
  | { kind: 'empty'; because: string }
  | { kind: 'share'; because: string }
  /** An exact share with more than two decimals as a percentage (0.3243): a chart would round it. */
  | { kind: 'exact-share' }
  | { kind: 'words' }
  | { kind: 'text' }
  | { kind: 'answered' }
  | { kind: 'population' }
  | { kind: 'source' }
  | { kind: 'once' }
  /** A finding for a cell (organisation, platform, topic, year) that the record `id` (`findings[index]`) gives already. */
  | { kind: 'one-per-cell'; id: string; index: number };

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
  /**
   * An inline JSON script that cannot be read; `html` says what the HTML parser made of a "<" in its strings:
   * `swallowed` ("<!--" and "<script" made it read the rest of the page into the script), `cut` (a "</script>"
   * ended the script before its JSON did).
   */
  | { code: 'inline-json'; detail: string; html?: 'swallowed' | 'cut' }
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
 * has not come after `seconds` (all tries together) is given up with a message. A failure that may pass (no
 * network, a server error 5xx, 408 or 429; never a 404) is tried again after each pause of `retries`, in seconds.
 * A test may lower them.
 */
export const limits = { bytes: 2_000_000, seconds: 15, retries: [0.5, 1.5] };

/** The problems of the errors made here, by message: a chart that has only the message finds its problem again. */
const problems = new Map<string, Problem>();

/** A problem with editor or bundled data; `problem` names the record and the field, `message` says it in English. */
export class DataError extends Error {
  readonly problem: Problem;
  constructor(
    problem: Problem | string,
    readonly path: string,
  ) {
    const p = bounded<Problem>(typeof problem == 'string' ? { code: 'text', text: problem } : problem);
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

/**
 * A value as a message shows it: a text in quotes, NaN, Infinity and a BigInt as such (JSON would say null, or
 * throw), what JSON cannot write (a cyclic object, a throwing `toJSON`) by its type; cut at 200 characters with
 * "…" (see `cut`).
 */
export function show(v: unknown): string {
  let text: string = typeof v;
  try {
    text = typeof v == 'string' ? `"${v}"` : v === null || typeof v == 'object' ? JSON.stringify(v) : String(v);
  } catch {
    // Cyclic, or a toJSON that throws: its type.
  }
  return cut(text);
}

/**
 * The problem with every text in it cut (see `cut`): an id, a URL, a parser's or a server's words, the record of
 * the first finding of a cell. Each of a message's few parts is short, and so is the whole message. A message made
 * elsewhere (`text`, the CSV reader's) may be longer; the lists of valid values are the library's own.
 */
function bounded<T>(value: T, key = ''): T {
  if (typeof value == 'string') return cut(value, key == 'text' ? 1000 : 200) as T;
  if (!value || typeof value != 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, bounded(v, k)])) as T;
}
