import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { InteractionGap } from '../../src/charts/interaction-gap/interaction-gap.js';
import { survey } from '../../src/data/survey.js';
import { compactLabel } from '../../src/core/format.js';
import { restOf } from '../../src/core/bars.js';
import { nl } from '../../src/i18n/nl.js';
import { en } from '../../src/i18n/en.js';
import { $, $$, clippedLabels, html, overlappingLabels, renderChart, svgTexts, transitioned } from '../helpers.js';

const nb = (s: string) => s.replace(/[\u202F\u00A0]/g, ' ');
const finding = (id: string) => survey.findings.find((f) => f.id === id)!;
const texts = (row: Element, sel: string) => [...row.querySelectorAll(sel)].map((t) => nb(t.textContent!));

describe('<interaction-gap>', () => {
  before(() => setViewport({ width: 1300, height: 900 }));

  it('splits a bar per platform into the accounts that interact and the rest, with the dataset’s labels', async () => {
    const el = await renderChart<InteractionGap>(html`<interaction-gap></interaction-gap>`);
    for (const [platform, id] of [
      ['twitter', 'all-twitter-interaction-2017'],
      ['facebook', 'all-facebook-interaction-2017'],
    ]) {
      const row = $(el, `.row[data-key="${platform}"]`)!;
      const f = finding(id);
      expect(texts(row, 'text.name'), platform).to.deep.equal([nl.platform[platform as 'twitter']]);
      expect(texts(row, 'text.value'), platform).to.deep.equal([
        nb(compactLabel(f, nl)),
        nb(compactLabel(restOf(f), nl)),
      ]);
      expect(row.querySelector('rect.track'), platform).to.exist;
      expect(row.querySelector('rect.bar'), platform).to.exist;
    }
    expect(texts($(el, '.row[data-key="twitter"]')!, 'text.value')).to.deep.equal(['≈ 1 op 3', '≈ 2 op 3']);
    expect(texts($(el, '.row[data-key="facebook"]')!, 'text.value')).to.deep.equal(['> 1 op 2', '< 1 op 2']);
    expect(svgTexts(el, '.legend text')).to.deep.equal([...nl.interaction.legend]);
    const summary = nb($(el, '.summary')!.textContent!);
    expect(summary).to.contain('Twitter ongeveer 1 op 3 (≈ 33%)');
    expect(summary).to.contain('Facebook meer dan 1 op 2 (> 50%)');
    expect(summary).to.contain('De rest (afgeleid) zendt vooral');
    expect(summary).to.not.contain('alleen');
  });

  it('shows both shares as approximate: open dots, a bound arrow, soft ends, no crisp percentage', async () => {
    const el = await renderChart<InteractionGap>(html`<interaction-gap></interaction-gap>`);
    const tw = $(el, '.row[data-key="twitter"]')!;
    const fb = $(el, '.row[data-key="facebook"]')!;
    expect(tw.querySelector('.dot.about')).to.exist;
    expect(fb.querySelector('.dot.more-than')).to.exist;
    expect(fb.querySelector('.bound')).to.exist;
    expect(el.shadowRoot!.querySelectorAll('.dot.exact')).to.have.length(0);
    for (const row of [tw, fb]) {
      const soft = row.querySelector('rect[fill^="url(#"]')!;
      expect(soft).to.exist;
      const id = soft.getAttribute('fill')!.slice(5, -1);
      expect(el.shadowRoot!.getElementById(id)?.localName).to.equal('linearGradient');
    }
    // About 1 in 3: the solid bar stops short of the dot; more than half: it reaches the dot and fades beyond.
    const end = (row: Element) => {
      const b = row.querySelector('rect.bar')!;
      return Number(b.getAttribute('x')) + Number(b.getAttribute('width'));
    };
    const cx = (row: Element) => Number(row.querySelector('.dot')!.getAttribute('cx'));
    expect(end(tw)).to.be.below(cx(tw) - 5);
    expect(end(fb)).to.be.closeTo(cx(fb), 0.01);
    expect(Number(fb.querySelector('rect[fill^="url"]')!.getAttribute('x'))).to.be.closeTo(cx(fb), 0.01);
    expect(svgTexts(el).join(' ')).to.not.match(/\b33\s?%|\b67\s?%/);
  });

  it('tells the findings without a number in the article’s words, never with a number', async () => {
    const el = await renderChart<InteractionGap>(html`<interaction-gap></interaction-gap>`);
    const notes = $$(el, '.notes .note');
    expect(notes.map((n) => n.dataset.key)).to.deep.equal(['broadcast', 'interaction-barrier']);
    const said = notes.map((n) => nb(n.textContent!.replace(/\s+/g, ' ').trim()));
    expect(said[0]).to.equal(`Vooral zenden: geen cijfer — “${finding('all-broadcast-2017').words}”`);
    expect(said[1]).to.contain(
      'Redenen voor weinig interactie: geen cijfer — “Voornaamste redenen zijn tijd- en personeelsgebrek.',
    );
    for (const s of said) expect(s).to.not.match(/\d/);
  });

  it('moves between marks with arrow keys and fires chart-select on Enter', async () => {
    const el = await renderChart<InteractionGap>(html`<interaction-gap></interaction-gap>`);
    const hits = $$(el, '.hit');
    expect(hits.map((h) => h.dataset.key)).to.deep.equal(['twitter', 'facebook', 'broadcast', 'interaction-barrier']);
    expect(hits.filter((h) => h.getAttribute('tabindex') === '0')).to.have.length(1);
    hits[0].focus();
    await el.updateComplete;
    expect($(el, '.ring')).to.exist;
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.getAttribute('data-key')).to.equal('facebook');
    let event = oneEvent(el, 'chart-select');
    await sendKeys({ press: 'Enter' });
    let { detail } = await event;
    expect(detail).to.deep.include({
      organisation: 'all',
      platform: 'facebook',
      topic: 'interaction',
      year: 2017,
      precision: 'more-than',
      id: 'all-facebook-interaction-2017',
    });
    expect(detail.share).to.be.closeTo(0.5, 1e-9);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.getAttribute('data-key')).to.equal('interaction-barrier');
    event = oneEvent(el, 'chart-select');
    await sendKeys({ press: ' ' });
    ({ detail } = await event);
    expect(detail).to.deep.include({
      topic: 'interaction-barrier',
      share: null,
      precision: 'none',
      id: 'all-interaction-barrier-2017',
    });
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.getAttribute('data-key')).to.equal('twitter');
  });

  it('shows a tooltip with the platform, the words and the precision on focus', async () => {
    const el = await renderChart<InteractionGap>(html`<interaction-gap></interaction-gap>`);
    $$(el, '.hit')[0].focus();
    await el.updateComplete;
    const tip = nb($(el, '[role="tooltip"]')!.textContent!);
    expect(tip).to.contain('Twitter-accounts die in interactie gaan · 2017');
    expect(tip).to.contain('de rest (afgeleid: 1 − het aandeel) zendt vooral: ongeveer 2 op 3 (≈ 67%)');
    expect(tip).to.contain('ongeveer 1 op 3 (≈ 33%)');
    expect(tip).to.contain(nl.precision.about);
    expect($(el, '[role="tooltip"] q')!.textContent).to.equal(finding('all-twitter-interaction-2017').words);
    expect($$(el, '.hit')[0].getAttribute('aria-label')).to.contain('Twitter-accounts die in interactie gaan');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '[role="tooltip"]')).to.not.exist;
  });

  it('shows a tooltip on hover', async () => {
    const el = await renderChart<InteractionGap>(html`<interaction-gap></interaction-gap>`);
    const r = $$(el, '.hit')
      .find((h) => h.dataset.key === 'facebook')!
      .getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
    await waitUntil(() => $(el, '[role="tooltip"]'));
    expect(nb($(el, '[role="tooltip"]')!.textContent!)).to.contain('meer dan 1 op 2');
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('lays out differently when narrow and when wide, without overlaps or clipping, in both languages', async () => {
    const wide = await renderChart<InteractionGap>(html`<interaction-gap></interaction-gap>`, 1000);
    const narrow = await renderChart<InteractionGap>(html`<interaction-gap></interaction-gap>`, 280);
    const nameY = (el: InteractionGap) => Number($(el, '.row text.name')!.getAttribute('y'));
    const dotY = (el: InteractionGap) => Number($(el, '.row .dot')!.getAttribute('cy'));
    expect(nameY(wide)).to.equal(dotY(wide));
    expect(nameY(narrow)).to.be.below(dotY(narrow));
    const legendY = (el: InteractionGap) => $$(el, '.legend text').map((t) => t.getAttribute('y'));
    expect(new Set(legendY(wide)).size).to.equal(1);
    expect(new Set(legendY(narrow)).size).to.equal(2);
    for (const el of [wide, narrow])
      for (const lang of ['nl', 'en']) {
        el.lang = lang;
        await transitioned(el);
        expect(overlappingLabels(el), `${lang} ${el.clientWidth}`).to.deep.equal([]);
        expect(clippedLabels(el), `${lang} ${el.clientWidth}`).to.deep.equal([]);
      }
  });

  it('speaks English with lang="en" on an ancestor', async () => {
    const box = await fixture(html`<div lang="en" style="width:700px"><interaction-gap></interaction-gap></div>`);
    const el = box.querySelector('interaction-gap')!;
    await waitUntil(() => el.shadowRoot?.querySelector('.hit'));
    expect($(el, '.title')!.textContent).to.equal(en.interaction.title);
    expect(svgTexts(el).map(nb)).to.include.members([
      ...en.interaction.legend,
      '≈ 1 in 3',
      '≈ 2 in 3',
      '> 1 in 2',
      '< 1 in 2',
    ]);
    expect(nb($(el, '.notes')!.textContent!)).to.contain(
      `Mainly broadcasts: no figure — “${finding('all-broadcast-2017').wordsEn}”`,
    );
    expect(nb($(el, '.summary')!.textContent!)).to.contain(
      'Twitter about 1 in 3 (≈ 33%); Facebook more than 1 in 2 (> 50%). The rest (derived) mainly broadcast',
    );
    expect($(el, 'button')!.textContent).to.equal(en.showTable);
  });

  it('has a data table naming the platform of each interaction finding', async () => {
    const el = await renderChart<InteractionGap>(html`<interaction-gap></interaction-gap>`);
    const rows = $$(el, 'table tbody tr');
    expect(rows.map((r) => r.dataset.key)).to.deep.equal([
      'all-twitter-interaction-2017',
      'all-facebook-interaction-2017',
      'all-broadcast-2017',
      'all-interaction-barrier-2017',
    ]);
    expect(rows.map((r) => r.children[1].textContent)).to.deep.equal([
      'Twitter-accounts die in interactie gaan',
      'Facebook-accounts die in interactie gaan',
      'vooral zenden',
      'redenen voor weinig interactie',
    ]);
    expect(nb(rows[1].children[3].textContent!)).to.equal(
      'meer dan 1 op 2 (> 50%); de rest (afgeleid: 1 − het aandeel) zendt vooral: bijna 1 op 2 (< 50%)',
    );
    expect(rows[2].children[3].textContent).to.equal(nl.noFigure);
  });

  it('passes axe', async () => {
    const el = await renderChart<InteractionGap>(html`<interaction-gap></interaction-gap>`);
    await expect(el).to.be.accessible();
  });

  it('passes axe in English, narrow, with the table open', async () => {
    const el = await renderChart<InteractionGap>(html`<interaction-gap lang="en"></interaction-gap>`, 300);
    $(el, 'button')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
