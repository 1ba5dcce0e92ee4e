import type { Plugin } from 'vite';

/** The fields of a finding, in the order of the dataset's CSV format. */
const COLUMNS = ['id', 'organisation', 'platform', 'topic', 'year', 'share', 'precision', 'words', 'wordsEn', 'note'];

/**
 * The bundled survey as a JS module of rows (one array of values per finding) that it turns back into records:
 * the field names written once instead of in every finding, 65 B of the embed script gzipped. The records are
 * the JSON's, but for a field the JSON leaves out (undefined, or null before a later field), which `validateDataset`
 * reads as empty, as before.
 */
export function surveyModule(dataset: { findings: Record<string, unknown>[] }): string {
  const { findings, ...meta } = dataset;
  const rows = findings.map((f) => {
    const row = COLUMNS.map((c) => f[c]);
    while (row.length && row[row.length - 1] === undefined) row.pop();
    return row;
  });
  for (const f of findings)
    for (const k of Object.keys(f)) if (!COLUMNS.includes(k)) throw new Error(`survey-rows: unknown field "${k}" in ${f.id}`);
  return `const columns = ${JSON.stringify(COLUMNS)};
export default { ...${JSON.stringify(meta)}, findings: ${JSON.stringify(rows)}.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i]]))) };`;
}

const VIRTUAL = '\0survey-2017.rows.js';

/** Vite plugin (embed build): data/survey-2017.json is imported as `surveyModule` of it. */
export function surveyRows(): Plugin {
  return {
    name: 'survey-rows',
    enforce: 'pre',
    resolveId: (source) => (source.endsWith('/data/survey-2017.json') ? VIRTUAL : null),
    async load(id) {
      if (id !== VIRTUAL) return null;
      // Imported here, so that the test can import surveyModule in the browser.
      const { readFile } = await import('node:fs/promises');
      return surveyModule(JSON.parse(await readFile(new URL('../../data/survey-2017.json', import.meta.url), 'utf8')));
    },
  };
}
