import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { AdoptionChart } from '../../src/charts/adoption-chart/adoption-chart.js';
import { survey } from '../../src/data/survey.js';
import { findFinding } from '../../src/data/query.js';
import { compactLabel } from '../../src/core/format.js';
import { ORGANISATIONS, PLATFORMS, YEARS } from '../../src/data/keys.js';
import { nl } from '../../src/i18n/nl.js';
import { en } from '../../src/i18n/en.js';
import { $, $$, clippedLabels, html, overlappingLabels, renderChart, svgTexts, transitioned } from '../helpers.js';

const nb = (s: string) => s.replace(/[\u202F\u00A0]/g, ' ');

describe('<adoption-chart>', () => {
  before(() => setViewport({ width: 1300, height: 900 }));

  it('draws Instagram by default: a dot per organisation and year with the dataset’s labels', async () => {
    const el = await renderChart<AdoptionChart>(html`<adoption-chart></adoption-chart>`);
    expect(el.platform).to.equal('instagram');
    expect($$(el, 'svg .dot:not(.legend .dot)').length).to.be.greaterThan(0);
    for (const organisation of ORGANISATIONS) {
      const row = $(el, `.row[data-organisation="${organisation}"]`)!;
      const values = [...row.querySelectorAll('text.value')].map((t) => nb(t.textContent!));
      const expected = YEARS.map((year) =>
        nb(compactLabel(findFinding(survey, { organisation, platform: 'instagram', topic: 'presence', year }), nl)),
      );
      expect(values.sort(), organisation).to.deep.equal(expected.sort());
      expect(row.querySelectorAll('.dot').length, organisation).to.equal(2);
    }
    expect(nb($(el, '.summary')!.textContent!)).to.contain(
      'brandweerzones van 40% (n = 5) naar 57% (hoogstens 20 brandweerzones)',
    );
  });

  for (const platform of PLATFORMS) {
    it(`shows ${platform} as in the dataset, never an absent figure as 0%`, async () => {
      const el = await renderChart<AdoptionChart>(html`<adoption-chart platform=${platform}></adoption-chart>`);
      for (const organisation of ORGANISATIONS) {
        const row = $(el, `.row[data-organisation="${organisation}"]`)!;
        const findings = YEARS.map((year) => findFinding(survey, { organisation, platform, topic: 'presence', year }));
        const valued = findings.filter((f) => f && f.precision !== 'none');
        expect(row.querySelectorAll('.dot').length, organisation).to.equal(valued.length);
        const text = row.textContent!;
        if (!valued.length) {
          const said = findings.find((f) => f);
          expect(text, organisation).to.contain(said ? 'geen cijfer' : 'niet in het artikel');
        }
        expect(text).to.not.match(/(^|\s)0%/);
      }
    });
  }

  it('marks approximations: open dots, signs and dashed links', async () => {
    const el = await renderChart<AdoptionChart>(html`<adoption-chart platform="instagram"></adoption-chart>`);
    const ocmw = $(el, '.row[data-organisation="ocmw"]')!;
    expect(ocmw.querySelector('.dot.negligible')).to.exist;
    expect(ocmw.querySelector('.dot.about')).to.exist;
    expect(ocmw.querySelector('.link.dashed')).to.exist;
    const fire = $(el, '.row[data-organisation="fire"]')!;
    expect(fire.querySelectorAll('.dot.exact').length).to.equal(2);
    expect(fire.querySelector('.link.dashed')).to.not.exist;
    const muni = $(el, '.row[data-organisation="municipality"]')!;
    expect(muni.querySelector('.dot.less-than')).to.exist;
    expect(muni.querySelector('.bound')).to.exist;
    expect(svgTexts(el).map(nb)).to.include.members(['≈ 2 op 5', '< 2 op 3', '≈ 0', '40% (n = 5)', '57% (n ≤ 20)']);
    expect($(el, '.note')!.textContent).to.contain('Open: woordbreuk');
  });

  it('shows one year with year="2017"', async () => {
    const el = await renderChart<AdoptionChart>(html`<adoption-chart year="2017"></adoption-chart>`);
    expect($$(el, '.rows .dot').length).to.equal(4);
    expect($$(el, '.rows .dot.y2016').length).to.equal(0);
    expect($(el, '.title')!.textContent).to.contain('2017');
  });

  it('moves between marks with arrow keys and fires chart-select on Enter', async () => {
    const el = await renderChart<AdoptionChart>(html`<adoption-chart></adoption-chart>`);
    const hits = $$(el, '.hit');
    expect(hits.filter((h) => h.getAttribute('tabindex') === '0')).to.have.length(1);
    hits[0].focus();
    await el.updateComplete;
    expect($(el, '.ring')).to.exist;
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.getAttribute('data-key')).to.equal('municipality-2017');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.getAttribute('data-key')).to.equal('all-none');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    const event = oneEvent(el, 'chart-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await event;
    expect(detail).to.deep.include({
      organisation: 'municipality',
      platform: 'instagram',
      year: 2016,
      precision: 'about',
      id: 'municipality-instagram-2016',
    });
    expect(detail.share).to.be.closeTo(0.4, 1e-9);
  });

  it('is one tab stop', async () => {
    const el = await renderChart<AdoptionChart>(html`<adoption-chart></adoption-chart>`);
    expect($$(el, '[tabindex="0"]').length).to.equal(1);
    expect($$(el, '.hit[tabindex="-1"]').length).to.equal(7 + 1); // four organisations x two years, plus the all-respondents row
  });

  it('shows a tooltip with the value, precision and source words on focus, and hides it on Escape', async () => {
    const el = await renderChart<AdoptionChart>(html`<adoption-chart></adoption-chart>`);
    $$(el, '.hit')[3].focus();
    await el.updateComplete;
    const tip = $(el, '[role="tooltip"]')!;
    expect(tip).to.exist;
    expect(nb(tip.textContent!)).to.contain('OCMW’s · Instagram · 2017');
    expect(nb(tip.textContent!)).to.contain('ongeveer 1 op 3');
    expect(tip.querySelector('q')!.textContent).to.equal('is nu één op drie OCMW’s actief op Instagram');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '[role="tooltip"]')).to.not.exist;
  });

  it('shows a tooltip on hover', async () => {
    const el = await renderChart<AdoptionChart>(html`<adoption-chart></adoption-chart>`);
    const hit = $$(el, '.hit').find((h) => h.dataset.key === 'fire-2016')!;
    const r = hit.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
    await waitUntil(() => $(el, '[role="tooltip"]'));
    expect(nb($(el, '[role="tooltip"]')!.textContent!)).to.contain('40%');
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('lays out differently when narrow and when wide, without overlaps or clipping', async () => {
    const wide = await renderChart<AdoptionChart>(html`<adoption-chart></adoption-chart>`, 1000);
    const narrow = await renderChart<AdoptionChart>(html`<adoption-chart></adoption-chart>`, 280);
    const nameY = (el: AdoptionChart) => Number($(el, '.row text.name')!.getAttribute('y'));
    const dotY = (el: AdoptionChart) => Number($(el, '.row .dot')!.getAttribute('cy'));
    expect(nameY(wide)).to.equal(dotY(wide));
    expect(nameY(narrow)).to.be.below(dotY(narrow));
    for (const el of [wide, narrow]) {
      for (const platform of PLATFORMS) {
        el.platform = platform;
        await transitioned(el);
        expect(overlappingLabels(el), `${platform}`).to.deep.equal([]);
        expect(clippedLabels(el), `${platform}`).to.deep.equal([]);
      }
    }
  });

  it('speaks English with lang="en" on an ancestor', async () => {
    const box = await fixture(html`<div lang="en" style="width:700px"><adoption-chart></adoption-chart></div>`);
    const el = box.querySelector('adoption-chart')!;
    await waitUntil(() => el.shadowRoot?.querySelector('.hit'));
    expect($(el, '.title')!.textContent).to.contain('Instagram among respondents, 2016–2017');
    expect(svgTexts(el).map(nb)).to.include.members(['Municipalities', '≈ 2 in 5', '< 2 in 3']);
    expect($(el, 'button')!.textContent).to.equal(en.showTable);
    expect($(el, '.source')!.textContent).to.equal(en.source);
  });

  it('follows a change of lang', async () => {
    const el = await renderChart<AdoptionChart>(html`<adoption-chart></adoption-chart>`);
    expect($(el, 'button')!.textContent).to.equal(nl.showTable);
    el.setAttribute('lang', 'en');
    await waitUntil(() => $(el, 'button')!.textContent === en.showTable);
  });

  it('has a data table behind a visible toggle', async () => {
    const el = await renderChart<AdoptionChart>(html`<adoption-chart></adoption-chart>`);
    const rows = $$(el, 'table tbody tr');
    expect(rows.map((r) => r.dataset.key)).to.include.members([
      'fire-instagram-2016',
      'fire-instagram-2017',
      'ocmw-instagram-2016',
      'all-instagram-2017',
    ]);
    const wrap = $(el, 'table')!.parentElement!;
    expect(wrap.classList.contains('visually-hidden')).to.equal(true);
    const button = $(el, 'button[part="table-toggle"]')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(wrap.classList.contains('visually-hidden')).to.equal(false);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.textContent).to.equal(nl.hideTable);
  });

  it('explains an unknown platform in the element and warns once', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...a: unknown[]) => warnings.push(a);
    try {
      const el = await fixture<AdoptionChart>(html`<adoption-chart platform="tiktok"></adoption-chart>`);
      await el.updateComplete;
      const msg = $(el, '[role="alert"]')!;
      expect(msg.textContent).to.contain('Onbekende waarde "tiktok" voor platform');
      expect(msg.textContent).to.contain('social-media, facebook, twitter, instagram, whatsapp');
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings).to.have.length(1);
      el.platform = 'twitter';
      await waitUntil(() => $(el, '.hit'));
    } finally {
      console.warn = warn;
    }
  });

  it('passes axe', async () => {
    const el = await renderChart<AdoptionChart>(html`<adoption-chart></adoption-chart>`);
    await expect(el).to.be.accessible();
  });

  it('passes axe in English, narrow, with the table open', async () => {
    const el = await renderChart<AdoptionChart>(
      html`<adoption-chart lang="en" platform="whatsapp"></adoption-chart>`,
      300,
    );
    $(el, 'button')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
