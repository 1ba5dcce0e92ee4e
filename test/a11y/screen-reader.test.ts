import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { survey } from '../../src/data/survey.js';
import { en } from '../../src/i18n/en.js';
import { nl } from '../../src/i18n/nl.js';
import type { Precision } from '../../src/data/keys.js';
import { $, $$ } from '../helpers.js';
import { nb, renderTag, TAGS } from './util.js';

const STRINGS = { nl, en };
/** The words that say a finding's precision in a sentence. */
const precisionWords = (s: typeof nl, p: Precision) =>
  p === 'negligible' ? s.negligibleShort : p === 'none' ? s.noFigure : p === 'exact' ? '%' : s.approx[p]('').trim();

const region = (el: HTMLElement) => $(el, '[role="status"]')!;

/**
 * What a screen reader gets from every element of src/elements.ts: a name and a summary with a finding, marks whose
 * words carry their precision, the data table, and a polite announcement when the shown data changes.
 */
describe('screen readers: every element', () => {
  before(() => setViewport({ width: 1100, height: 900 }));

  for (const tag of TAGS)
    for (const lang of ['nl', 'en'] as const) {
      const s = STRINGS[lang];
      describe(`<${tag}> ${lang}`, () => {
        it('says each mark in words with its precision, quoting the article where the figure is not exact', async () => {
          const el = await renderTag(tag, { lang });
          const labels = $$(el, '.hit').map((h) => nb(h.getAttribute('aria-label')!));
          for (const label of labels) {
            const quoted = survey.findings.filter((f) =>
              label.includes(`“${lang === 'nl' ? f.words : (f.wordsEn ?? f.words)}”`),
            );
            if (!quoted.length) {
              // No quote: an exact percentage, or the article's silence.
              expect(label, label).to.match(new RegExp(`\\d ?%|${s.notAsked}`));
              continue;
            }
            expect(label, label).to.contain(`${s.sourceWords}: “`);
            expect(
              quoted.some((f) => label.includes(precisionWords(s, f.precision))),
              `${label} says ${quoted.map((f) => f.precision).join(' or ')}`,
            ).to.equal(true);
          }
        });

        it('has a name, and a summary that states a finding shown in the marks', async () => {
          const el = await renderTag(tag, { lang });
          const svg = $(el, 'svg')!;
          expect(svg.getAttribute('aria-label')!.length).to.be.greaterThan(10);
          const summary = nb(
            el.shadowRoot!.getElementById(svg.getAttribute('aria-describedby')!.split(' ')[0])!.textContent!,
          );
          // The value a mark says: after the last ": " of its name, before the quoted words of the article.
          const values = $$(el, '.hit').map((h) =>
            nb(h.getAttribute('aria-label')!).split(`. ${s.sourceWords}: `)[0].split(': ').at(-1)!,
          );
          expect(
            values.some((v) => summary.includes(v)),
            `"${summary}" states one of ${values.join(' | ')}`,
          ).to.equal(true);
        });

        it('has the data table: caption, column and row headers, a row per finding', async () => {
          const el = await renderTag(tag, { lang });
          const table = $(el, 'table')!;
          expect(table.querySelector('caption')!.textContent!.trim()).to.equal(
            $(el, 'svg')!.getAttribute('aria-label'),
          );
          expect(table.querySelectorAll('thead th[scope="col"]').length).to.be.at.least(4);
          const rows = $$(el, 'tbody tr');
          expect(rows.length).to.be.at.least(1);
          for (const r of rows) expect(r.querySelector('th[scope="row"]'), r.textContent!).to.exist;
        });

        it('announces politely when what is shown changes, not when first drawn or resized', async () => {
          const el = await renderTag(tag, { lang });
          const live = region(el);
          expect(live, 'a status region').to.exist;
          expect(live.textContent!.trim(), 'silent on first drawing').to.equal('');
          el.parentElement!.style.width = '400px';
          await new Promise((r) => setTimeout(r, 200));
          await el.updateComplete;
          expect(live.textContent!.trim(), 'silent on resize').to.equal('');
          const other = lang === 'nl' ? 'en' : 'nl';
          el.setAttribute('lang', other);
          await waitUntil(() => live.textContent!.trim(), 'announced');
          const title = $(el, '.title')!.textContent!.trim();
          const summary = $(el, '.summary')!.textContent!.trim();
          expect(live.textContent!.trim()).to.equal(`${title}. ${summary}`);
          expect(region(el), 'the same region element, so it is announced').to.equal(live);
        });
      });
    }

  it('announces the new data when an attribute or the data changes (<adoption-chart>, <platform-growth>)', async () => {
    const el = await renderTag('adoption-chart');
    el.setAttribute('platform', 'social-media');
    await waitUntil(() => region(el).textContent!.includes('Sociale media'));
    expect(nb(region(el).textContent!)).to.contain('OCMW’s van 45% naar 67%');
    (el as unknown as { data: unknown }).data = { findings: survey.findings.filter((f) => f.organisation !== 'ocmw') };
    await waitUntil(() => !nb(region(el).textContent!).includes('45%'));
    const growth = await renderTag('platform-growth', { lang: 'en' });
    growth.setAttribute('organisation', 'fire');
    await waitUntil(() => region(growth).textContent!.includes('Fire zones'));
  });

  it('writes its own English texts at reading grade 9 or lower (Flesch-Kincaid; the article’s quoted words excluded)', async () => {
    // Syllables: groups of vowels, a silent final e dropped; a figure ("45%", "≈ 1 in 3") reads as short words.
    const syllables = (w: string) =>
      Math.max(
        1,
        (
          w
            .toLowerCase()
            .replace(/e$/, '')
            .match(/[aeiouy]+/g) ?? []
        ).length,
      );
    const grade = (text: string) => {
      const sentences = text.split(/[.;:!?]+/).filter((x) => x.trim());
      const words = text.replace(/“[^”]*”/g, ' ').match(/[A-Za-z’']+/g) ?? [];
      const syl = words.reduce((n, w) => n + syllables(w), 0);
      return 0.39 * (words.length / sentences.length) + 11.8 * (syl / words.length) - 15.59;
    };
    const texts: string[] = [en.legendNote, en.keys];
    for (const tag of TAGS) {
      const el = await renderTag(tag, { lang: 'en' });
      texts.push($(el, '.title')!.textContent!, $(el, '.summary')!.textContent!);
      texts.push(...$$(el, '.hit').map((h) => h.getAttribute('aria-label')!.replace(/“[^”]*”/g, '')));
    }
    const all = texts.join('. ');
    expect(grade(all)).to.be.at.most(9);
  });

  it('the summary of OCMWs gives the main finding: social media from 45% to 67%', async () => {
    for (const lang of ['nl', 'en'] as const) {
      const el = await renderTag('platform-growth', { lang, attrs: { organisation: 'ocmw' } });
      const summary = nb($(el, '.summary')!.textContent!);
      expect(summary).to.contain(lang === 'nl' ? 'Sociale media van 45% naar 67%' : 'Social media from 45% to 67%');
    }
  });
});
