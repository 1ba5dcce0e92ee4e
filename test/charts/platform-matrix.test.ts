import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { PlatformMatrix } from '../../src/charts/platform-matrix/platform-matrix.js';
import { survey } from '../../src/data/survey.js';
import { findFinding } from '../../src/data/query.js';
import { compactLabel } from '../../src/core/format.js';
import { ORGANISATIONS, PLATFORMS, YEARS, type OrganisationKey, type Year } from '../../src/data/keys.js';
import { nl } from '../../src/i18n/nl.js';
import { en } from '../../src/i18n/en.js';
import { $, $$, clippedLabels, html, overlappingLabels, renderChart } from '../helpers.js';

const nb = (s: string) =>
  s
    .replace(/[\u202F\u00A0]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const cellText = (el: Element, key: string) => nb($(el, `.cell[data-key="${key}"] text`)!.textContent!);
const active = (el: Element) => el.shadowRoot!.activeElement!.getAttribute('data-key');
const settle = () => new Promise((r) => setTimeout(r, 520));

/** The organisations a year's matrix shows: the four, and all respondents when the article says something about them. */
const organisationsOf = (year: Year): OrganisationKey[] =>
  survey.findings.some((f) => f.organisation === 'all' && f.topic === 'presence' && f.year === year)
    ? [...ORGANISATIONS, 'all']
    : [...ORGANISATIONS];

async function expectCellsOf(el: PlatformMatrix, year: Year, s = nl) {
  const keys = $$(el, '.cell').map((c) => c.dataset.key);
  expect(keys).to.deep.equal(organisationsOf(year).flatMap((o) => PLATFORMS.map((p) => `${o}-${p}`)));
  for (const organisation of organisationsOf(year))
    for (const platform of PLATFORMS) {
      const key = `${organisation}-${platform}`;
      const f = findFinding(survey, { organisation, platform, topic: 'presence', year });
      const g = $(el, `.cell[data-key="${key}"]`)!;
      expect(cellText(el, key), `${year} ${key}`).to.equal(nb(f ? compactLabel(f, s) : s.notAsked));
      // Silence is shown as silence: hatched, dashed, no dot; never as 0%.
      expect(g.classList.contains('silent'), key).to.equal(!f);
      if (!f) expect(g.querySelector('rect')!.getAttribute('fill'), key).to.match(/url\(#.+-hatch\)/);
      expect(!!g.querySelector('.dot'), key).to.equal(!!f && f.precision !== 'none');
      expect(cellText(el, key)).to.not.match(/^0\s?%/);
    }
}

describe('<platform-matrix>', () => {
  before(() => setViewport({ width: 1300, height: 1000 }));

  it('shows 2017 by default: a cell per organisation and platform with the dataset’s figure, or the silence', async () => {
    const el = await renderChart<PlatformMatrix>(html`<platform-matrix></platform-matrix>`);
    expect(el.year).to.equal(2017);
    await expectCellsOf(el, 2017);
    expect(cellText(el, 'ocmw-social-media')).to.equal('67%');
    expect(cellText(el, 'fire-facebook')).to.equal('niet in het artikel');
    expect(cellText(el, 'ocmw-facebook')).to.equal('geen cijfer');
    expect($(el, '.title')!.textContent).to.contain('2017');
    expect($(el, '.summary')!.textContent).to.equal(nl.matrix.summary(9, 0, 10, 6, 'OCMW’s, Sociale media, 67%'));
  });

  it('shows 2016 with year="2016", without the all-respondents row the article has nothing for', async () => {
    const el = await renderChart<PlatformMatrix>(html`<platform-matrix year="2016"></platform-matrix>`);
    await expectCellsOf(el, 2016);
    expect($(el, '.cell[data-key^="all-"]')).to.not.exist;
    expect(cellText(el, 'ocmw-social-media')).to.equal('45%');
    expect(cellText(el, 'ocmw-instagram')).to.equal('≈ 0');
    expect($(el, '.cell[data-key="ocmw-instagram"] .dot.negligible')).to.exist;
  });

  it('marks approximations: open dots, signs, bounds with an arrowhead; exact shares filled', async () => {
    const el = await renderChart<PlatformMatrix>(html`<platform-matrix></platform-matrix>`);
    expect($(el, '.cell[data-key="ocmw-social-media"] .dot.exact')).to.exist;
    expect($(el, '.cell[data-key="fire-instagram"] .dot.exact')).to.exist;
    expect($(el, '.cell[data-key="ocmw-twitter"] .dot.about')).to.exist;
    expect($(el, '.cell[data-key="municipality-whatsapp"] .dot.more-than')).to.exist;
    expect($(el, '.cell[data-key="municipality-whatsapp"] .bound')).to.exist;
    expect($(el, '.cell[data-key="municipality-instagram"] .dot.less-than')).to.exist;
    expect(cellText(el, 'ocmw-twitter')).to.equal('≈ 1 op 3');
    expect(cellText(el, 'municipality-whatsapp')).to.equal('> 1 op 10');
    expect(cellText(el, 'municipality-instagram')).to.equal('< 2 op 3');
    // Open dots are open (not filled with the cell's colour), exact ones are filled.
    const fill = (sel: string) => getComputedStyle($(el, sel)!).fill;
    expect(fill('.cell[data-key="ocmw-twitter"] .dot')).to.not.equal(fill('.cell[data-key="ocmw-social-media"] .dot'));
    // The tint grows with the share.
    const tint = (key: string) => Number($(el, `.cell[data-key="${key}"] rect`)!.getAttribute('fill-opacity'));
    expect(tint('ocmw-social-media')).to.be.above(tint('fire-whatsapp'));
  });

  it('has a 2016/2017 switch: real buttons, pressed state, by mouse and keyboard', async () => {
    const el = await renderChart<PlatformMatrix>(html`<platform-matrix></platform-matrix>`);
    const group = $(el, '[role="group"][part="controls"]')!;
    expect(group.getAttribute('aria-label')).to.equal(nl.tableHeaders.year);
    const [b16, b17] = [...group.querySelectorAll('button')];
    expect([b16.textContent, b17.textContent]).to.deep.equal(['2016', '2017']);
    expect(b17.getAttribute('aria-pressed')).to.equal('true');
    expect(b16.getAttribute('aria-pressed')).to.equal('false');
    b16.click();
    await el.updateComplete;
    expect(el.year).to.equal(2016);
    expect(el.getAttribute('year')).to.equal('2016');
    expect(b16.getAttribute('aria-pressed')).to.equal('true');
    await settle();
    await expectCellsOf(el, 2016);
    b17.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.year).to.equal(2017);
    await settle();
    await expectCellsOf(el, 2017);
    b16.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.year).to.equal(2016);
  });

  it('is one tab stop; arrows move by cell and by row, Home/End, Enter fires chart-select', async () => {
    const el = await renderChart<PlatformMatrix>(html`<platform-matrix></platform-matrix>`);
    const hits = $$(el, '.hit');
    expect(hits).to.have.length(25);
    expect(hits.filter((h) => h.getAttribute('tabindex') === '0')).to.have.length(1);
    hits[0].focus();
    await el.updateComplete;
    expect(active(el)).to.equal('municipality-social-media');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(active(el)).to.equal('municipality-facebook');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(active(el)).to.equal('ocmw-facebook');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(active(el)).to.equal('fire-instagram');
    let event = oneEvent(el, 'chart-select');
    await sendKeys({ press: 'Enter' });
    let { detail } = await event;
    expect(detail).to.deep.equal({
      organisation: 'fire',
      platform: 'instagram',
      topic: 'presence',
      year: 2017,
      share: 0.57,
      precision: 'exact',
      words: findFinding(survey, { organisation: 'fire', platform: 'instagram', topic: 'presence', year: 2017 })!.words,
      id: 'fire-instagram-2017',
    });
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(active(el)).to.equal('police-instagram');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(active(el)).to.equal('all-whatsapp');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(active(el)).to.equal('municipality-social-media');
    event = oneEvent(el, 'chart-select');
    await sendKeys({ press: ' ' });
    ({ detail } = await event);
    // Municipalities on social media: the article's first sentence names them, without a number.
    expect(detail).to.deep.equal({
      organisation: 'municipality',
      platform: 'social-media',
      topic: 'presence',
      year: 2017,
      share: null,
      precision: 'none',
      words:
        'Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien.',
      id: 'municipality-social-media-2017',
    });
    // A cell the article is silent about: no number, no words, no id.
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    event = oneEvent(el, 'chart-select');
    await sendKeys({ press: ' ' });
    ({ detail } = await event);
    expect(detail).to.deep.equal({
      organisation: 'municipality',
      platform: 'facebook',
      topic: 'presence',
      year: 2017,
      share: null,
      precision: null,
      words: null,
      id: null,
    });
  });

  it('shows the article’s words in a tooltip on focus, and the silence as such', async () => {
    const el = await renderChart<PlatformMatrix>(html`<platform-matrix></platform-matrix>`);
    $$(el, '.hit')
      .find((h) => h.dataset.key === 'ocmw-facebook')!
      .focus();
    await el.updateComplete;
    let tip = $(el, '[role="tooltip"]')!;
    expect(nb(tip.textContent!)).to.contain('OCMW’s · Facebook · 2017');
    expect(nb(tip.textContent!)).to.contain('geen cijfer');
    expect(tip.querySelector('q')!.textContent).to.equal('Vooral Facebook is populair.');
    $$(el, '.hit')
      .find((h) => h.dataset.key === 'police-twitter')!
      .focus();
    await el.updateComplete;
    tip = $(el, '[role="tooltip"]')!;
    expect(nb(tip.textContent!)).to.contain('Politiezones · Twitter · 2017');
    expect(nb(tip.textContent!)).to.contain('niet in het artikel');
    expect(tip.querySelector('q')).to.not.exist;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '[role="tooltip"]')).to.not.exist;
  });

  it('shows a tooltip on hover', async () => {
    const el = await renderChart<PlatformMatrix>(html`<platform-matrix></platform-matrix>`);
    const r = $$(el, '.hit')
      .find((h) => h.dataset.key === 'police-instagram')!
      .getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
    await waitUntil(() => $(el, '[role="tooltip"]'));
    const tip = $(el, '[role="tooltip"]')!;
    expect(nb(tip.textContent!)).to.contain('ongeveer 1 op 5');
    expect(tip.querySelector('q')!.textContent).to.contain('naar één op vijf');
    // The tooltip does not cover the cell it tells about.
    const t = tip.getBoundingClientRect();
    expect(t.bottom <= r.top + 1 || t.top >= r.bottom - 1).to.equal(true);
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('lays out differently when narrow (280) and wide (1000), without overlapping or clipped labels', async () => {
    const wide = await renderChart<PlatformMatrix>(html`<platform-matrix></platform-matrix>`, 1000);
    const narrow = await renderChart<PlatformMatrix>(html`<platform-matrix></platform-matrix>`, 280);
    const heads = (el: PlatformMatrix) =>
      $$(el, '.heads text').map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' '));
    expect(heads(wide)).to.deep.equal(PLATFORMS.map((p) => nl.platform[p]));
    expect(heads(narrow)).to.deep.equal(PLATFORMS.map((p) => nl.matrix.short[p]));
    const nameY = (el: PlatformMatrix) => Number($(el, '.names text')!.getAttribute('y'));
    const cellTop = (el: PlatformMatrix) => Number($(el, '.cell rect')!.getAttribute('y'));
    expect(nameY(wide)).to.be.above(cellTop(wide));
    expect(nameY(narrow)).to.be.below(cellTop(narrow));
    for (const el of [wide, narrow])
      for (const year of YEARS) {
        el.year = year;
        await el.updateComplete;
        await settle();
        expect(overlappingLabels(el), `${el.clientWidth} ${year}`).to.deep.equal([]);
        expect(clippedLabels(el), `${el.clientWidth} ${year}`).to.deep.equal([]);
        // Every cell's text stays inside its box.
        for (const g of $$(el, '.cell')) {
          const box = g.querySelector('rect')!.getBoundingClientRect();
          const t = g.querySelector('text')!.getBoundingClientRect();
          expect(
            t.left >= box.left - 1 && t.right <= box.right + 1 && t.top >= box.top - 1 && t.bottom <= box.bottom + 1,
            `${el.clientWidth} ${g.dataset.key}`,
          ).to.equal(true);
        }
      }
  });

  it('speaks English with lang="en"', async () => {
    const box = await fixture(html`<div lang="en" style="width:800px"><platform-matrix></platform-matrix></div>`);
    const el = box.querySelector('platform-matrix')!;
    await waitUntil(() => el.shadowRoot?.querySelector('.hit'));
    await el.updateComplete;
    await expectCellsOf(el, 2017, en);
    expect($(el, '.title')!.textContent).to.equal(en.matrix.title(2017));
    expect(cellText(el, 'fire-twitter')).to.equal('not in the article');
    expect(cellText(el, 'ocmw-twitter')).to.equal('≈ 1 in 3');
    expect($(el, '[part="controls"]')!.getAttribute('aria-label')).to.equal(en.tableHeaders.year);
  });

  it('explains an unknown year in the element and warns once', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...a: unknown[]) => warnings.push(a);
    try {
      const el = await fixture<PlatformMatrix>(html`<platform-matrix year="2018"></platform-matrix>`);
      await el.updateComplete;
      const msg = $(el, '[role="alert"]')!;
      expect(msg.textContent).to.contain('Onbekende waarde "2018" voor year');
      expect(msg.textContent).to.contain(YEARS.join(', '));
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings).to.have.length(1);
      el.year = 2016;
      await waitUntil(() => $(el, '.hit'));
    } finally {
      console.warn = warn;
    }
  });

  it('has the data table behind its toggle, with the silent cells too', async () => {
    const el = await renderChart<PlatformMatrix>(html`<platform-matrix></platform-matrix>`);
    const rows = $$(el, 'table tbody tr');
    expect(rows).to.have.length(25);
    expect(rows.map((r) => r.dataset.key)).to.include.members([
      'ocmw-social-media-2017',
      'fire-facebook',
      'all-whatsapp-2017',
    ]);
    expect(nb(rows.find((r) => r.dataset.key === 'fire-facebook')!.textContent!)).to.contain('niet in het artikel');
  });

  it('passes axe', async () => {
    const el = await renderChart<PlatformMatrix>(html`<platform-matrix></platform-matrix>`);
    await expect(el).to.be.accessible();
  });

  it('passes axe in English, narrow, in 2016, with the table open', async () => {
    const el = await renderChart<PlatformMatrix>(html`<platform-matrix lang="en" year="2016"></platform-matrix>`, 300);
    $(el, 'button[part="table-toggle"]')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
