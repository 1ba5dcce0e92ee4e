/**
 * The CSV download given back as `src` (issue 16), generated with fast-check: any valid dataset, downloaded as a
 * chart saves it (findingsCsv with its header block, a byte-order mark, UTF-8, in Dutch, French or English) and
 * fetched back as `src` (fetchDataset: decoding, the header block skipped, d3-dsv, the formula guard taken off,
 * the validator), gives the same findings. Texts hold what editors and attackers write: separators, quotes, line
 * breaks, formula starts, markup, unicode. Seeded and bounded, as input.test.ts.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateDataset, type FindingInput } from '../../src/data/schema.js';
import { ORGANISATION_KEYS, PLATFORMS, TOPICS, YEARS } from '../../src/data/keys.js';
import { findingsCsv } from '../../src/parts/downloads.js';
import { fetchDataset } from '../../src/parts/data.js';
import { nl } from '../../src/i18n/nl.js';
import { en } from '../../src/i18n/en.js';
import { fr } from '../../src/i18n/fr.js';
import { translationOf } from '../../src/data/query.js';

const SEED = 16;
const RUNS = 100;

/** Text as editors write it, and as an attacker would: every character that CSV, spreadsheets or HTML treat apart. */
const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: fc.constantFrom(...'=+-@\t\r\n;,"\' <>#x'), maxLength: 12 }),
  fc.constantFrom(
    '=1+1',
    '-2',
    '@SUM(A1)',
    "'=x",
    "''+y",
    'a;=b',
    'c,"@d"',
    '<script>x</script>',
    '# niet',
    'één’s',
    'valueOf',
    '__proto__',
  ),
);
const words = text.filter((t) => t.trim() !== '');
const optional = fc.option(text, { nil: undefined });

/** A share as an article gives one: a percentage with at most two decimals, or a fraction in words. */
const figure = fc.oneof(
  fc.record({
    precision: fc.constant('exact' as const),
    share: fc.integer({ min: 0, max: 10000 }).map((k) => k / 10000),
  }),
  fc
    .record({
      precision: fc.constantFrom('about' as const, 'more-than' as const, 'less-than' as const),
      d: fc.integer({ min: 1, max: 20 }),
      n: fc.nat(20),
    })
    .map(({ precision, d, n }) => ({ precision, share: `${Math.min(n, d)}/${d}` })),
  fc.record({
    precision: fc.constantFrom('about' as const, 'more-than' as const, 'less-than' as const),
    share: fc.integer({ min: 0, max: 100 }).map((k) => k / 100),
  }),
  fc.record({ precision: fc.constantFrom('none' as const, 'negligible' as const), share: fc.constant(null) }),
);

const finding = fc
  .record({
    id: fc.stringMatching(/^[\w.-]{1,10}$/),
    organisation: fc.constantFrom(...ORGANISATION_KEYS),
    platform: fc.constantFrom(...PLATFORMS, null),
    topic: fc.constantFrom(...TOPICS),
    year: fc.constantFrom(...YEARS),
    figure,
    words,
    wordsEn: optional,
    wordsFr: optional,
    note: optional,
  })
  .map(({ figure, ...f }) => ({ ...f, ...figure }) as FindingInput);

/** A valid list: ids made unique by their place, one finding per cell. */
const findings = fc
  .uniqueArray(finding, {
    minLength: 1,
    maxLength: 8,
    selector: (f) => `${f.organisation} ${f.platform} ${f.topic} ${f.year}`,
  })
  .map((list) => list.map((f, i) => ({ ...f, id: `${f.id}${i}` })));

describe('the CSV download given back as src (fast-check)', function () {
  this.timeout(30000);

  it('gives the same findings, in every language, with the header block', () =>
    fc.assert(
      fc.asyncProperty(findings, fc.constantFrom('nl', 'fr', 'en'), text, async (list, lang, note) => {
        const strings = { nl, fr, en }[lang];
        const { findings: shown } = validateDataset(list);
        const csv = findingsCsv(shown, lang, { title: 'x', source: 'Bron: de test', note, strings });
        // As the download button saves it (parts/downloads.ts, `save`).
        const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
        try {
          const back = await fetchDataset(url);
          expect(back.findings, csv.slice(0, 600)).to.deep.equal(shown);
        } finally {
          URL.revokeObjectURL(url);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    ));

  it('words named as an object’s own methods ("valueOf", "constructor") have no quote (found by the property above)', () => {
    const { findings: list } = validateDataset([
      { id: 'a', organisation: 'fire', year: 2017, precision: 'none', words: 'valueOf' },
      { id: 'b', organisation: 'ocmw', year: 2017, precision: 'none', words: 'constructor' },
    ]);
    for (const f of list) {
      // Booleans: a failure's message would otherwise show the method itself.
      expect(translationOf(f, en) === null, f.words).to.equal(true);
      expect(findingsCsv([f], 'en').includes('function'), f.words).to.equal(false);
    }
  });
});
