import { csvParse } from 'd3-dsv';
import { DataError } from './schema.js';

/**
 * Reads findings from CSV text whose header names the fields of the JSON format
 * (id, organisation, platform, topic, year, share, precision, words, wordsEn, note).
 * Returns raw records for `validateDataset`.
 */
export function parseFindingsCsv(text: string): { findings: Record<string, string>[] } {
  const rows = csvParse(text.replace(/^\uFEFF/, ''));
  const required = ['id', 'organisation', 'year', 'precision', 'words'];
  const missing = required.filter((c) => !rows.columns.includes(c));
  if (missing.length) {
    throw new DataError(
      `The CSV header lacks the column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')}; expected a header like: ${required.join(',')},platform,topic,share.`,
      'columns',
    );
  }
  return { findings: rows.map((r) => ({ ...r }) as Record<string, string>) };
}
