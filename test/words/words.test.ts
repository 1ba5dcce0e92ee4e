import { expect, fixture, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { preloadParts } from '../../src/parts/index.js';
import { survey } from '../../src/data/survey.js';
import { isSmallSample } from '../../src/data/query.js';
import { findingsCsv } from '../../src/parts/downloads.js';
import { nl } from '../../src/i18n/nl.js';
import { en } from '../../src/i18n/en.js';
import { fr } from '../../src/i18n/fr.js';
import type { Strings } from '../../src/i18n/index.js';
import { $, $$ } from '../helpers.js';

/**
 * Issue 14: every word a reader sees or hears says what the article says. For every element, language and
 * documented option, the visible and the accessible text is checked against the rules; each rule fails when one
 * of the wrong words of the issue comes back.
 */
const LANGS: [lang: 'nl' | 'en' | 'fr', s: Strings][] = [
  ['nl', nl],
  ['en', en],
  ['fr', fr],
];

/** Each element with its options; `years` are the survey years it shows. */
const CHARTS: { tag: string; attrs: Record<string, string>; years: number[] }[] = [
  { tag: 'adoption-chart', attrs: {}, years: [2016, 2017] },
  ...['social-media', 'facebook', 'twitter', 'whatsapp'].map((platform) => ({
    tag: 'adoption-chart',
    attrs: { platform },
    years: [2016, 2017],
  })),
  { tag: 'adoption-chart', attrs: { year: '2017' }, years: [2017] },
  { tag: 'adoption-chart', attrs: { year: '2016', platform: 'whatsapp' }, years: [2016] },
  ...['municipality', 'ocmw', 'police', 'fire'].map((organisation) => ({
    tag: 'platform-growth',
    attrs: { organisation },
    years: [2016, 2017],
  })),
  { tag: 'platform-matrix', attrs: {}, years: [2017] },
  { tag: 'platform-matrix', attrs: { year: '2016' }, years: [2016] },
  { tag: 'interaction-gap', attrs: {}, years: [2017] },
  { tag: 'video-adoption', attrs: {}, years: [2017] },
  { tag: 'survey-figure', attrs: { organisation: 'fire', platform: 'instagram' }, years: [2016, 2017] },
  { tag: 'survey-figure', attrs: { organisation: 'ocmw', platform: 'social-media' }, years: [2016, 2017] },
  { tag: 'survey-figure', attrs: { finding: 'fire-whatsapp-2017' }, years: [2017] },
];

/** Everything a reader sees or hears: the shadow root's text and every accessible name and description. */
function wordsOf(el: Element): string {
  const root = el.shadowRoot!;
  const names = [...root.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label'));
  return [root.textContent, ...names].join(' \n ').replace(/[\u00A0\u202F]/g, ' ');
}

async function render(tag: string, attrs: Record<string, string>, lang: string) {
  const box = await fixture(document.createElement('div'));
  box.setAttribute('lang', lang);
  (box as HTMLElement).style.width = '900px';
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.setAttribute('download', '');
  box.append(el);
  await waitUntil(() => el.shadowRoot?.querySelector('svg .hit'), `${tag} did not draw`, { timeout: 4000 });
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

describe('every word true (issue 14)', () => {
  before(async () => {
    await setViewport({ width: 1000, height: 900 });
    await preloadParts();
  });

  for (const [lang, s] of LANGS)
    for (const { tag, attrs, years } of CHARTS)
      it(`${lang} <${tag} ${Object.entries(attrs)
        .map(([k, v]) => `${k}="${v}"`)
        .join(' ')}>`, async () => {
        const el = await render(tag, attrs, lang);
        const text = wordsOf(el);
        // 1. Shares of respondents, never of every local government.
        expect(text).to.not.match(
          /lokale besturen op|van de lokale besturen|local government|administrations locales/i,
        );
        expect(text).to.not.match(/pouvoirs locaux|Alle respondenten|All respondents|Tous les répondants/);
        // 2. The rest is derived, and "mainly" broadcasts.
        expect(text).to.not.match(/zendt alleen|broadcasts? only|diffusent seulement|ne font que diffuser/);
        // 4. The years shown, and no other, in the title, the accessible name and the table's caption.
        const label = $(el, 'svg')!.getAttribute('aria-label')!;
        const named = [$(el, '.title')!.textContent, label, $(el, 'caption')!.textContent].join(' ');
        for (const y of [2016, 2017])
          if (years.includes(y)) expect(named, `${y} is shown`).to.contain(`${y}`);
          else expect(named, `${y} is not shown`).to.not.contain(`${y}`);
        // 5. Every fire-zone share carries its small-sample mark, in what is said of each mark.
        for (const hit of $$(el, '.hit')) {
          const said = hit.getAttribute('aria-label')!.replace(/[\u00A0\u202F]/g, ' ');
          const fire = survey.findings.find(
            (f) => f.organisation === 'fire' && said.startsWith(s.organisation.fire) && said.includes(`${f.year}:`),
          );
          if (fire && fire.share !== null && !said.includes(s.noFigure) && !said.includes(s.notAsked))
            expect(said, 'a fire-zone share says its sample').to.match(/n = 5|hoogstens 20|at most 20|au plus 20/);
        }
        // 7. The full source line, in every element.
        expect($(el, '.source')!.textContent).to.equal(s.source);
        // The note says whose shares they are (accounts for the interaction bars).
        const note = [...el.shadowRoot!.querySelectorAll('.note')].map((n) => n.textContent).join(' ');
        if (tag === 'interaction-gap') expect(note).to.contain(s.ofAccounts).and.contain(s.derivedNote);
        else if (tag !== 'survey-figure' || attrs.organisation) expect(note).to.contain(s.ofRespondents);
        // 8. The article's words are translated into the reader's language.
        if (lang !== 'nl') expect(text).to.not.match(lang === 'fr' ? /\b(rising from|one in)\b/ : /\bune? sur\b/);
      });

  it('says "geen cijfer" where the article speaks without a number, "niet in het artikel" only where it is silent', async () => {
    const facebook = await render('adoption-chart', { platform: 'facebook' }, 'nl');
    const summary = $(facebook, '.summary')!.textContent!;
    // "Vooral Facebook is populair": a finding without a number.
    expect(summary).to.contain('OCMW’s: geen cijfer (2017)');
    expect(summary).to.match(/niet in het artikel: gemeenten, politiezones, brandweerzones/);
    const social = await render('platform-matrix', {}, 'nl');
    // "Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media".
    for (const o of ['municipality', 'police', 'fire'])
      expect($(social, `.cell[data-key="${o}-social-media"]`)!.textContent).to.contain('geen cijfer');
    const whatsapp = await render('adoption-chart', { platform: 'whatsapp', year: '2016' }, 'nl');
    expect($(whatsapp, '.summary')!.textContent).to.contain('gemeenten: geen cijfer (2016)');
  });

  it('does not count "verwaarloosbaar" as a figure in the 2016 matrix', async () => {
    const el = await render('platform-matrix', { year: '2016' }, 'nl');
    expect($(el, '.summary')!.textContent).to.match(/^\d+ combinaties met een cijfer .*, 1 verwaarloosbaar,/);
  });

  it('marks every fire-zone share with its sample in the chart, the table and the CSV', async () => {
    const el = await render('adoption-chart', { platform: 'instagram' }, 'nl');
    const drawn = $$(el, '.row[data-organisation="fire"] text.value').map((t) =>
      t.textContent!.replace(/\u00A0/g, ' '),
    );
    expect(drawn).to.deep.equal(['40% (n = 5)', '57% (n ≤ 20)']);
    const rows = $$(el, 'tbody tr[data-key^="fire-"]').map((r) => r.children[3].textContent);
    expect(rows.join(' ').replace(/\u00A0/g, ' '))
      .to.contain('(n = 5)')
      .and.contain('hoogstens 20 brandweerzones');
    const fire = survey.findings.filter((f) => f.organisation === 'fire' && f.share !== null);
    expect(fire.every((f) => isSmallSample(f.respondents))).to.equal(true);
    const csv = findingsCsv(fire, 'nl', { title: 't', source: nl.source, note: 'n', strings: nl });
    expect(csv.split('\n')[0]).to.equal(`# ${nl.source}`);
    for (const f of fire) expect(csv).to.match(new RegExp(`\\n${f.id};.*;(n = 5|hoogstens 20 brandweerzones)\\n?`));
  });

  it('credits editor data without a source to nobody, never to the 2017 survey', async () => {
    for (const [lang, s] of LANGS) {
      const el = document.createElement('adoption-chart') as HTMLElement & { data: unknown };
      el.setAttribute('lang', lang);
      el.data = [
        {
          id: 'x',
          organisation: 'fire',
          platform: 'instagram',
          year: 2017,
          share: 0.5,
          precision: 'exact',
          words: 'w',
        },
      ];
      await fixture(el);
      await waitUntil(() => el.shadowRoot?.querySelector('.source'), 'no source line');
      expect($(el, '.source')!.textContent).to.equal(s.noSource);
    }
  });

  it('says what is wrong with editor data in the reader’s language', async () => {
    for (const [lang, words] of [
      ['nl', /veld "year" is 2019/],
      ['en', /field "year" is 2019/],
      ['fr', /le champ « year » vaut 2019/],
    ] as const) {
      const el = document.createElement('adoption-chart') as HTMLElement & { data: unknown };
      el.setAttribute('lang', lang);
      el.data = [{ id: 'x', organisation: 'fire', year: 2019, precision: 'none', words: 'w' }];
      const warn = console.warn;
      console.warn = () => {};
      try {
        await fixture(el);
        await waitUntil(() => el.shadowRoot?.querySelector('[part="error"]'), 'no message');
        expect($(el, '[part="error"]')!.textContent!.replace(/\u00A0/g, ' ')).to.match(words);
      } finally {
        console.warn = warn;
      }
    }
  });
});
