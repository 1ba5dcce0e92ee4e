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
 * The text of a response. Its bytes are decoded as the `charset` of its Content-Type says, when that is a
 * charset other than UTF-8 (`windows-1252`, as Excel in Belgium saves CSV, or `iso-8859-1`, which browsers read
 * as windows-1252); else as UTF-8, and as windows-1252 when they are not valid UTF-8 (a CSV file from Excel on a
 * server that declares no charset, or declares UTF-8 for every file). A UTF-8 byte-order mark is dropped.
 */
async function responseText(res: Response): Promise<string> {
  const bytes = await res.arrayBuffer();
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
    const text = await responseText(res);
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
