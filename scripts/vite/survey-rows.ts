import type { Plugin } from 'vite';

/** The fields of a finding, in the order of a row (the often empty ones last, so a row can end early). */
const COLUMNS = ['organisation', 'platform', 'topic', 'year', 'share', 'precision', 'words', 'wordsEn', 'note', 'id'];

/** The id most findings have: organisation, platform (or the topic, when it is not presence), year. */
const idOf = (f: Record<string, unknown>) =>
  [f.organisation, (f.topic ?? 'presence') == 'presence' ? f.platform : f.topic, f.year].join('-');

/**
 * The bundled survey as a JS module of rows (one array of values per finding) that it turns back into records:
 * the field names written once instead of in every finding, the id left out where `idOf` gives it, the topic
 * where it is `presence` (the default): 0.2 kB of the embed script gzipped. The records differ from the JSON's
 * only in fields `validateDataset` reads as empty (null, or missing), so the dataset is the same; the test checks.
 */
export function surveyModule(dataset: { findings: Record<string, unknown>[] }): string {
  const { findings, ...meta } = dataset;
  const rows = findings.map((f) => {
    for (const k of Object.keys(f))
      if (!COLUMNS.includes(k)) throw new Error(`survey-rows: unknown field "${k}" in ${f.id}`);
    const row = COLUMNS.map((c) =>
      (c == 'id' && f.id == idOf(f)) || (c == 'topic' && f.topic == 'presence') ? undefined : f[c],
    );
    while (row.length && row[row.length - 1] === undefined) row.pop();
    return row;
  });
  return `const columns = ${JSON.stringify(COLUMNS)};
export default { ...${JSON.stringify(meta)}, findings: ${JSON.stringify(rows)}.map((r) => {
  const f = Object.fromEntries(columns.map((c, i) => [c, r[i]]));
  f.id ??= (${idOf.toString()})(f);
  return f;
}) };`;
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
