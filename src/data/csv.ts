/**
 * CSV in the dataset's format, read from an editor's `src` and written for the download button. Parsing and
 * writing are d3-dsv's `parseRows` and `formatRows`: RFC 4180 quoting, LF, CRLF or CR line ends, and no
 * `new Function` (d3-dsv's `parse` builds its row objects with one, which a strict Content-Security-Policy
 * without 'unsafe-eval' refuses), so rows become records here.
 */
import { dsvFormat } from 'd3-dsv';
import { DataError } from './problem.js';

/** The separators a CSV file of this dataset may use: `,`, or `;` as Excel saves CSV in Belgium. */
export type Separator = ',' | ';';

/** The separator of a CSV text: `;` when its header line has a `;` before any `,`, else `,`. */
export function separatorOf(text: string): Separator {
  const end = text.search(/[\r\n]/);
  const header = end < 0 ? text : text.slice(0, end);
  const semicolon = header.indexOf(';');
  const comma = header.indexOf(',');
  return semicolon >= 0 && (comma < 0 || semicolon < comma) ? ';' : ',';
}

/**
 * The rows of a CSV text, separated as its header line is (see `separatorOf`). A byte-order mark is dropped,
 * and so are blank lines and lines of empty cells (Excel writes `;;;` for a row that was cleared). A `"` in the
 * middle of an unquoted field is text, as Excel reads it.
 */
export function csvRows(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  return dsvFormat(separatorOf(body))
    .parseRows(body)
    .filter((row) => row.some((cell) => cell !== ''));
}

/**
 * Where a spreadsheet may start a cell: the start of the text, and the place after any `,` or `;` (and any
 * quotes), because a reader whose spreadsheet splits on the other separator than the file's sees a new cell
 * there. A cell that starts with = + - @, a tab or a carriage return is run as a formula (OWASP, "CSV injection").
 * Apostrophes already before such a character get the guard too, so that taking it off gives them back: "'=x" is
 * written "''=x" and read "'=x" (found by test/fuzz/roundtrip.test.ts).
 */
const FORMULA_START = /(^|[,;]"*)(?='*[=+\-@\t\r])/g;
/** The guard's apostrophe, where `safeCell` put it. */
const GUARD = /(^|[,;]"*)'(?='*[=+\-@\t\r])/g;

/**
 * A cell no spreadsheet will run as a formula: a `'` goes before = + - @, a tab or a carriage return at the
 * start of the text and after any `,` or `;` in it. `unguardCell` takes it off again.
 */
export const safeCell = (value: unknown): string => (value == null ? '' : String(value)).replace(FORMULA_START, "$1'");

/** A cell as it was before `safeCell`, so that a downloaded file given back as `src` reads as the data it was. */
export const unguardCell = (text: string): string => text.replace(GUARD, '$1');

/** CSV text of rows, separated by `sep`, every cell through `safeCell`; lines end in LF. */
export const csvText = (rows: readonly (readonly unknown[])[], sep: Separator): string =>
  dsvFormat(sep).formatRows(rows.map((row) => row.map(safeCell)));

/**
 * Reads findings from CSV text whose header names the fields of the JSON format
 * (id, organisation, platform, topic, year, share, precision, words, wordsEn, note).
 * Returns raw records for `validateDataset`; a share with a decimal comma ("0,45") or a percentage is read there.
 */
export function parseFindingsCsv(text: string): { findings: Record<string, string>[] } {
  const [columns = [], ...rows] = csvRows(text);
  const required = ['id', 'organisation', 'year', 'precision', 'words'];
  const missing = required.filter((c) => !columns.includes(c));
  if (missing.length) {
    throw new DataError(
      `The CSV header lacks the column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')}; expected a header like: ${required.join(',')},platform,topic,share.`,
      'columns',
    );
  }
  return {
    findings: rows.map((row) => Object.fromEntries(columns.map((c, i) => [c, unguardCell(row[i] ?? '')]))),
  };
}
