/**
 * The article's quotes in another language, keyed by their Dutch words: what a chart shows beside the Dutch in
 * English or French. They travel with the language's strings (dist/embed-en.js and embed-fr.js, or their chunks),
 * not with the survey, so a Dutch page loads none of them. Editor data may carry its own (`wordsEn`, `wordsFr`),
 * which come first (`translationOf`).
 */
export type Quotes = Readonly<Record<string, string>>;

/** The quotes of a dataset's findings in one language: each finding's `words` to its `wordsEn` or `wordsFr`. */
export const quotesIn = (
  data: { findings: readonly { words?: unknown; wordsEn?: unknown; wordsFr?: unknown }[] },
  field: 'wordsEn' | 'wordsFr',
): Quotes =>
  Object.fromEntries(
    data.findings.flatMap((f) =>
      typeof f.words === 'string' && typeof f[field] === 'string' ? [[f.words, f[field]]] : [],
    ),
  );
