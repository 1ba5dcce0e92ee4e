import type { Plugin } from 'vite';
import { validateDataset } from '../../src/data/schema.js';
import { quotesIn } from '../../src/i18n/quotes.js';

/** The fields of a finding, in the order of a row (the often empty ones last, so a row can end early). */
const COLUMNS = ['organisation', 'platform', 'topic', 'year', 'share', 'precision', 'words', 'note', 'id'];
/** The translations of the words: columns of their own, or left to their language's quotes (src/i18n/quotes.ts). */
const TRANSLATIONS = ['wordsEn', 'wordsFr'];

/** The id most findings have: organisation, platform (or the topic, when it is not presence), year. */
const idOf = (f: Record<string, unknown>) =>
  [f.organisation, (f.topic ?? 'presence') == 'presence' ? f.platform : f.topic, f.year].join('-');

/**
 * src/data/survey.ts as the embed script bundles it: the survey checked here, at build time, and written as rows
 * (one array of values per finding) that the module turns into the records `validateDataset` would give. The field
 * names are written once instead of in every finding; the id is left out where `idOf` gives it, the topic where
 * it is `presence`; a worded fraction stays "1/3" and becomes its share and fraction in the browser. So the embed
 * script needs neither the JSON's repetitions nor the validator (which is in embed-data.js, for editor data).
 * `lean` (src/data/survey.ts, what the charts draw) also leaves out what a Dutch chart never shows: the translations of the words (null),
 * which come with their language's strings (`QUOTES` below), and the sources of the respondent counts (empty).
 * The package's `survey` export (src/data/dataset.ts) keeps them: it is the whole dataset.
 * The test checks that the module's dataset equals `validateDataset` of the JSON, lean or not.
 */
export function surveyModule(dataset: { findings: Record<string, unknown>[] }, { lean = false } = {}): string {
  const columns = lean ? COLUMNS : [...COLUMNS.slice(0, -2), ...TRANSLATIONS, ...COLUMNS.slice(-2)];
  const { title, source, published, respondents } = validateDataset(dataset);
  const rows = dataset.findings.map((f) => {
    for (const k of Object.keys(f))
      if (!COLUMNS.includes(k) && !TRANSLATIONS.includes(k))
        throw new Error(`survey-rows: unknown field "${k}" in ${f.id}`);
    if (!(f.share == null || typeof f.share == 'number' || /^\d+\/\d+$/.test(`${f.share}`)))
      throw new Error(`survey-rows: write the share of ${f.id} as a number or "n/d", not ${JSON.stringify(f.share)}`);
    const row = columns.map((c) =>
      (c == 'id' && f.id == idOf(f)) || (c == 'topic' && f.topic == 'presence') || f[c] === '' ? null : f[c],
    );
    while (row.length && row[row.length - 1] == null) row.pop();
    return row;
  });
  // Each finding refers to the respondents of its organisation and year, as validateDataset links them. Where each
  // count comes from is for the data's readers (data/survey-2017.json, data/README.md): no chart shows it.
  const counts = lean ? respondents.map((r) => ({ ...r, answeredSource: '', populationSource: '' })) : respondents;
  return `const columns = ${JSON.stringify(columns)};
const respondents = ${JSON.stringify(counts)};
export const survey = { ...${JSON.stringify({ title, source, published })}, respondents, findings: ${JSON.stringify(rows)}.map((r) => {
  const f = Object.fromEntries(columns.map((c, i) => [c, r[i] ?? null]));
  f.topic ??= 'presence';
  f.wordsEn ??= null;
  f.wordsFr ??= null;
  f.id ??= (${idOf.toString()})(f);
  f.fraction = typeof f.share == 'string' ? f.share.split('/').map(Number) : null;
  if (f.fraction) f.share = f.fraction[0] / f.fraction[1];
  f.respondents = respondents.find((d) => d.organisation == f.organisation && d.year == f.year) ?? null;
  return f;
}) };`;
}

/** The modules of the bundled survey's quotes in English and French (src/i18n/quotes-*.ts), by the field they hold. */
const QUOTES: Record<string, { name: string; field: 'wordsEn' | 'wordsFr' }> = {
  '/src/i18n/quotes-en.ts': { name: 'quotesEn', field: 'wordsEn' },
  '/src/i18n/quotes-fr.ts': { name: 'quotesFr', field: 'wordsFr' },
};

/**
 * Vite plugin (embed, parts and ES builds, the dev server, Storybook): src/data/survey.ts, the survey the charts
 * draw, is the `lean` `surveyModule` of data/survey-2017.json; src/data/dataset.ts, the survey the package exports,
 * is the whole one; src/i18n/quotes-en.ts and quotes-fr.ts are the translations of the words alone, a map from the
 * Dutch words, which go with the English and French strings: a Dutch chart loads no translation, in dist/embed.js
 * as in an element bundled alone.
 */
export function surveyRows(): Plugin {
  const json = async () => {
    // Imported here, so that the test can import surveyModule in the browser.
    const { readFile } = await import('node:fs/promises');
    return JSON.parse(await readFile(new URL('../../data/survey-2017.json', import.meta.url), 'utf8'));
  };
  return {
    name: 'survey-rows',
    enforce: 'pre',
    async load(id) {
      if (id.endsWith('/src/data/survey.ts')) return surveyModule(await json(), { lean: true });
      if (id.endsWith('/src/data/dataset.ts')) return surveyModule(await json());
      const quotes = Object.entries(QUOTES).find(([path]) => id.endsWith(path))?.[1];
      if (quotes) return `export const ${quotes.name} = ${JSON.stringify(quotesIn(await json(), quotes.field))};`;
      return null;
    },
  };
}
