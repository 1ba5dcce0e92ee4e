import { DataError } from './schema.js';

/**
 * Reads findings from CSV text whose header names the fields of the JSON format
 * (id, organisation, platform, topic, year, share, precision, words, wordsEn, note).
 * Returns raw records for `validateDataset`.
 */
export function parseFindingsCsv(text: string): { findings: Record<string, string>[] } {
  const [columns = [], ...rows] = csvRows(text.replace(/^\uFEFF/, ''));
  const required = ['id', 'organisation', 'year', 'precision', 'words'];
  const missing = required.filter((c) => !columns.includes(c));
  if (missing.length) {
    throw new DataError(
      `The CSV header lacks the column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')}; expected a header like: ${required.join(',')},platform,topic,share.`,
      'columns',
    );
  }
  return { findings: rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i] ?? '']))) };
}

/**
 * The rows of RFC 4180 CSV: fields quoted with `"` (a `""` inside is one quote), lines ended by LF or CRLF;
 * blank lines are skipped; fields separated by commas, or by semicolons as Excel writes them in nl-BE and fr-BE. Small, and without d3-dsv's `csvParse`, which builds its row objects with
 * `new Function`, something a strict Content-Security-Policy (no 'unsafe-eval') blocks.
 */
export function csvRows(text: string): string[][] {
  // Excel in Belgium and the Netherlands saves "CSV" with semicolons: a header with a ";" before any "," is read so.
  const sep = /^[^,\n]*;/.test(text) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c != '"') field += c;
      else if (text[i + 1] == '"') field += text[i++];
      else quoted = false;
    } else if (c == '"') quoted = true;
    else if (c == sep) {
      row.push(field);
      field = '';
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && text[i + 1] == '\n') i++;
      row.push(field);
      field = '';
      if (row.some(Boolean)) rows.push(row);
      row = [];
    } else field += c;
  }
  row.push(field);
  if (row.some(Boolean)) rows.push(row);
  return rows;
}

/** CSV text of rows, quoting fields that hold a comma, a quote or a line break. */
export const csvText = (rows: readonly (readonly unknown[])[]) =>
  rows
    .map((r) =>
      r.map((v) => (/[",\n\r]/.test((v = String(v ?? ''))) ? `"${(v as string).replace(/"/g, '""')}"` : v)).join(','),
    )
    .join('\r\n');
