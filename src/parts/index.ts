/**
 * The optional parts of a chart: English and French (Dutch is always there), the download buttons and editor data
 * (`src`, `data`, an inline JSON child). A chart asks for a part when it first needs one and shows its loading box
 * until it is there. In the ES modules each part is a dynamic `import()`, which a bundler splits into a chunk of
 * its own; in dist/embed.js this module is replaced by `lazy.ts`, which adds the part's script (embed-en.js,
 * embed-fr.js, embed-data.js, embed-downloads.js) from embed.js's folder. A Dutch chart of the bundled survey,
 * the common case, needs none of them.
 */
import type { Strings } from '../i18n/nl.js';
import type { Problem } from '../data/schema.js';
import type * as DataPart from './data.js';
import type * as DownloadsPart from './downloads.js';

/** The optional parts, by name: the strings of a language, or a module. */
export interface Parts {
  en: Strings;
  fr: Strings;
  data: typeof DataPart;
  downloads: Pick<typeof DownloadsPart, 'saveChart'>;
}
export type PartName = keyof Parts;

const loaders: { [K in PartName]: () => Promise<Parts[K]> } = {
  en: () => import('../i18n/en.js').then((m) => m.en),
  fr: () => import('../i18n/fr.js').then((m) => m.fr),
  data: () => import('./data.js'),
  downloads: () => import('./downloads.js'),
};
const got: Partial<Parts> = {};
const asked: Partial<Record<PartName, Promise<unknown>>> = {};
/** The problem of each part that could not be fetched, by the message the chart keeps. */
const failed = new Map<string, Problem>();

/** The problem behind a chart's message: a part that could not be fetched, or bad editor data; null for any other. */
export const problemOf = (message: string): Problem | null =>
  failed.get(message) ?? peek('data')?.problemOf(message) ?? null;

/**
 * A message a chart shows instead of its plot, in the chart's language: a part that could not be fetched, or a
 * problem with editor data (found again by the data part from its message); any other message as it is.
 */
export const problemWords = (message: string, s: Strings): string => {
  const data = peek('data');
  const problem = problemOf(message);
  if (!problem) return message;
  // Dutch words for problems with editor data come with the data part, which is there when such a problem is.
  return s.problem(problem) ?? data?.problemNl(problem) ?? message;
};

/** The part when it is at hand; undefined until it has been fetched. */
export const peek = <K extends PartName>(name: K): Parts[K] | undefined => got[name];

/** The part, fetched first when it is not at hand yet. */
export const need = <K extends PartName>(name: K): Promise<Parts[K]> =>
  (asked[name] ??= loaders[name]().then(
    (part) => (got[name] = part),
    (e: Error) => {
      // As dist/embed.js says it (lazy.ts): once for the page (in English), and to the chart, which says it in
      // its language (`problemWords`).
      const problem: Problem = { code: 'part-module', part: name, detail: e.message };
      const message = `The ${name} part of lokale-besturen-charts could not be loaded (${e.message}).`;
      failed.set(message, problem);
      console.warn(`lokale-besturen-charts: ${message}`);
      throw new Error(message);
    },
  )) as Promise<Parts[K]>;

/**
 * Fetches every part now, so that no chart waits for one: for a page (or a test, or Storybook) that would rather
 * load them up front. `import { preloadParts } from 'lokale-besturen-charts'; await preloadParts();`
 */
export const preloadParts = (): Promise<unknown> => Promise.all((Object.keys(loaders) as PartName[]).map(need));
