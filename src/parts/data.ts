/** Editor data: reading a `src` file (JSON or CSV) and checking any data against the dataset's format. */
import { DataError, limits, problemOf } from '../data/problem.js';
import { validateDataset, type Dataset } from '../data/schema.js';
import { parseFindingsCsv } from '../data/csv.js';

export { problemOf, validateDataset };
export { problemNl } from '../i18n/problem-nl.js';

/**
 * A CSV text without its header block: the lines before the column names that start with "#" (or a quoted "#"),
 * which a chart's CSV download writes (the source and the note, see `findingsCsv`). A byte-order mark stays.
 */
const withoutComments = (text: string): string => text.replace(/^(\uFEFF?)(?:"?#[^\r\n]*(?:\r\n?|\n))+/, '$1');

/**
 * What the HTML parser made of a "<" in the strings of an inline JSON script whose JSON cannot be read (README,
 * "Inline JSON, safely"): `swallowed` where "<!--" and "<script" in it made the parser read the rest of the page
 * into the script; `cut` where a "</script>" in a string ended the script, and the rest of its JSON follows it in the
 * chart as text.
 */
function parserMade(script: Element): 'swallowed' | 'cut' | undefined {
  const text = script.textContent ?? '';
  if (text.includes('<!--') && /<script/i.test(text)) return 'swallowed';
  let rest = '';
  for (let node = script.nextSibling; node; node = node.nextSibling) rest += node.textContent;
  return /[}\]]\s*$/.test(rest) ? 'cut' : undefined;
}

/** The dataset of an inline `<script type="application/json">` child. */
export const inlineDataset = (script: Element): Dataset => {
  let body: unknown;
  try {
    body = JSON.parse(script.textContent ?? '');
  } catch (e) {
    throw new DataError({ code: 'inline-json', detail: (e as Error).message, html: parserMade(script) }, '');
  }
  return validateDataset(body);
};

/**
 * The text of a response. Its bytes are decoded as the `charset` of its Content-Type says, when that is a
 * charset other than UTF-8 (`windows-1252`, as Excel in Belgium saves CSV, or `iso-8859-1`, which browsers read
 * as windows-1252); else as UTF-8, and as windows-1252 when they are not valid UTF-8 (a CSV file from Excel on a
 * server that declares no charset, or declares UTF-8 for every file). A UTF-8 byte-order mark is dropped.
 */
async function responseText(res: Response, src: string, max: number): Promise<string> {
  // Refused by its stated length before it is read, else once read (one without end meets the time limit).
  let bytes: ArrayBuffer | undefined;
  if (Number(res.headers.get('content-length')) > max || (bytes = await res.arrayBuffer()).byteLength > max)
    throw new DataError({ code: 'limit', src, limit: `${max / 1e6} MB` }, 'src');
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(res.headers.get('content-type') ?? '')?.[1];
  let declared: TextDecoder | null = null;
  try {
    if (charset) declared = new TextDecoder(charset);
  } catch {
    // A label TextDecoder does not know: read the bytes as if none were declared.
  }
  if (declared && declared.encoding != 'utf-8') return declared.decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** A server's answer that may be different a moment later: an error of its own (5xx), a time-out, too many requests. */
const passing = (status: number): boolean => status >= 500 || status == 408 || status == 429;

/** Waits `seconds`; stops waiting (rejects) when `signal` aborts. */
const pause = (seconds: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, seconds * 1000);
    const stop = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', stop, { once: true });
  });

/**
 * The response for a URL, tried again after each pause of `limits.retries` when it failed in a way that may pass:
 * no network (fetch rejects), or a status that `passing` names. The last try's answer or error is the one given;
 * `signal` (removal or the time limit) stops the tries.
 */
async function fetchRetrying(url: URL, signal: AbortSignal): Promise<Response> {
  for (const wait of limits.retries) {
    try {
      const res = await fetch(url, { signal });
      if (!passing(res.status)) return res;
    } catch (e) {
      if (signal.aborted) throw e;
    }
    await pause(wait, signal);
  }
  return fetch(url, { signal });
}

/**
 * The dataset of a `src` URL, JSON or CSV (by its extension or content type). Throws a message that names the
 * file and says what to do; a file over the `limits` is refused, and a failure that may pass is tried again (see
 * `fetchRetrying`). `signal` aborts the fetch (the chart was removed).
 */
export async function fetchDataset(src: string, signal?: AbortSignal): Promise<Dataset> {
  const { bytes: max, seconds } = limits;
  const late = AbortSignal.timeout(seconds * 1000);
  try {
    const res = await fetchRetrying(new URL(src, document.baseURI), AbortSignal.any([signal ?? late, late]));
    if (!res.ok) throw new DataError({ code: 'http', src, status: `${res.status} ${res.statusText}`.trim() }, 'src');
    const text = await responseText(res, src, max);
    const csv = /\.csv(\?|#|$)/i.test(src) || (res.headers.get('content-type') ?? '').includes('csv');
    let body: unknown;
    if (csv) body = parseFindingsCsv(withoutComments(text));
    else {
      try {
        body = JSON.parse(text);
      } catch (e) {
        throw new DataError({ code: 'not-json', src, detail: (e as Error).message }, 'src');
      }
    }
    return validateDataset(body);
  } catch (e) {
    // (When the chart was removed, nothing is said.)
    if (late.aborted) throw new DataError({ code: 'limit', src, limit: `${seconds} s` }, 'src');
    // Where: the file (the words leave it out where the problem names it already).
    throw new DataError(
      e instanceof DataError
        ? { code: 'in-file', src, problem: e.problem }
        : { code: 'unreachable', src, detail: (e as Error).message },
      'src',
    );
  }
}
