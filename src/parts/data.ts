/** Editor data: reading a `src` file (JSON or CSV) and checking any data against the dataset's format. */
import { DataError, validateDataset, type Dataset } from '../data/schema.js';
import { parseFindingsCsv } from '../data/csv.js';

export { validateDataset };

/** The dataset of an inline `<script type="application/json">` child. */
export const inlineDataset = (text: string): Dataset => {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (e) {
    throw new DataError(`The inline <script type="application/json"> is not valid JSON (${(e as Error).message}).`, '');
  }
  return validateDataset(body);
};

/**
 * The dataset of a `src` URL, JSON or CSV (by its extension or content type). Throws a message that names the
 * file and says what to do.
 */
export async function fetchDataset(src: string): Promise<Dataset> {
  try {
    const res = await fetch(new URL(src, document.baseURI));
    if (!res.ok)
      throw new DataError(
        `Could not load "${src}": the server answered ${res.status} ${res.statusText}. Check the src URL.`,
        'src',
      );
    const text = await res.text();
    const csv = /\.csv(\?|#|$)/i.test(src) || (res.headers.get('content-type') ?? '').includes('csv');
    let body: unknown;
    if (csv) body = parseFindingsCsv(text);
    else {
      try {
        body = JSON.parse(text);
      } catch (e) {
        throw new DataError(
          `"${src}" is not valid JSON (${(e as Error).message}). Use the format of data/survey-2017.json, or a .csv file.`,
          'src',
        );
      }
    }
    return validateDataset(body);
  } catch (e) {
    const m = e instanceof DataError && e.message;
    // Where: the file, unless the message names it already.
    throw new Error(
      m
        ? m.includes(src)
          ? m
          : `In "${src}": ${m}`
        : `Could not load "${src}": ${(e as Error).message}. Check the src URL, your connection, and that a server on another site allows this one (CORS).`,
    );
  }
}
