import type { Plugin } from 'vite';
import { validateDataset } from '../../src/data/schema.js';

/** The fields of a finding, in the order of a row (the often empty ones last, so a row can end early). */
const COLUMNS = [
  'organisation',
  'platform',
  'topic',
  'year',
  'share',
  'precision',
  'words',
  'wordsEn',
  'wordsFr',
  'note',
  'id',
];

/** The id most findings have: organisation, platform (or the topic, when it is not presence), year. */
const idOf = (f: Record<string, unknown>) =>
  [f.organisation, (f.topic ?? 'presence') == 'presence' ? f.platform : f.topic, f.year].join('-');

/**
 * src/data/survey.ts as the embed script bundles it: the survey checked here, at build time, and written as rows
 * (one array of values per finding) that the module turns into the records `validateDataset` would give. The field
 * names are written once instead of in every finding; the id is left out where `idOf` gives it, the topic where
 * it is `presence`; a worded fraction stays "1/3" and becomes its share and fraction in the browser. So the embed
 * script needs neither the JSON's repetitions nor the validator (which is in embed-data.js, for editor data).
 * The test checks that the module's dataset equals `validateDataset` of the JSON.
 */
export function surveyModule(dataset: { findings: Record<string, unknown>[] }): string {
  const { title, source, published, respondents } = validateDataset(dataset);
  const rows = dataset.findings.map((f) => {
    for (const k of Object.keys(f))
      if (!COLUMNS.includes(k)) throw new Error(`survey-rows: unknown field "${k}" in ${f.id}`);
    if (!(f.share == null || typeof f.share == 'number' || /^\d+\/\d+$/.test(`${f.share}`)))
      throw new Error(`survey-rows: write the share of ${f.id} as a number or "n/d", not ${JSON.stringify(f.share)}`);
    const row = COLUMNS.map((c) =>
      (c == 'id' && f.id == idOf(f)) || (c == 'topic' && f.topic == 'presence') || f[c] === '' ? null : f[c],
    );
    while (row.length && row[row.length - 1] == null) row.pop();
    return row;
  });
  // Each finding refers to the respondents of its organisation and year, as validateDataset links them.
  return `const columns = ${JSON.stringify(COLUMNS)};
const respondents = ${JSON.stringify(respondents)};
export const survey = { ...${JSON.stringify({ title, source, published })}, respondents, findings: ${JSON.stringify(rows)}.map((r) => {
  const f = Object.fromEntries(columns.map((c, i) => [c, r[i] ?? null]));
  f.topic ??= 'presence';
  f.id ??= (${idOf.toString()})(f);
  f.fraction = typeof f.share == 'string' ? f.share.split('/').map(Number) : null;
  if (f.fraction) f.share = f.fraction[0] / f.fraction[1];
  f.respondents = respondents.find((d) => d.organisation == f.organisation && d.year == f.year) ?? null;
  return f;
}) };`;
}

/** Vite plugin (embed build): src/data/survey.ts is `surveyModule` of data/survey-2017.json. */
export function surveyRows(): Plugin {
  return {
    name: 'survey-rows',
    enforce: 'pre',
    async load(id) {
      if (!id.endsWith('/src/data/survey.ts')) return null;
      // Imported here, so that the test can import surveyModule in the browser.
      const { readFile } = await import('node:fs/promises');
      return surveyModule(JSON.parse(await readFile(new URL('../../data/survey-2017.json', import.meta.url), 'utf8')));
    },
  };
}
