import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VideoAdoption } from '../../src/charts/video-adoption/video-adoption.js';
import { survey } from '../../src/data/survey.js';
import { compactLabel } from '../../src/core/format.js';
import { nl } from '../../src/i18n/nl.js';
import { en } from '../../src/i18n/en.js';
import { $, $$, clippedLabels, html, overlappingLabels, renderChart, svgTexts, transitioned } from '../helpers.js';

const nb = (s: string) => s.replace(/[\u202F\u00A0]/g, ' ');
const finding = (id: string) => survey.findings.find((f) => f.id === id)!;
const ROWS = ['video-in-house', 'video-outsourced', 'video-more'] as const;

describe('<video-adoption>', () => {
  before(() => setViewport({ width: 1300, height: 900 }));

  it('draws a bar per video finding of municipalities with the dataset’s labels, on a 0-100% scale', async () => {
    const el = await renderChart<VideoAdoption>(html`<video-adoption></video-adoption>`);
    for (const topic of ROWS) {
      const row = $(el, `.row[data-key="${topic}"]`)!;
      const f = finding(`municipality-${topic}-2017`);
      expect(nb(row.querySelector('text.name')!.textContent!), topic).to.equal(
        nl.topic[topic][0].toUpperCase() + nl.topic[topic].slice(1),
      );
      expect(nb(row.querySelector('text.value')!.textContent!), topic).to.equal(nb(compactLabel(f, nl)));
      expect(row.querySelector('rect.track'), topic).to.not.exist;
    }
    expect(svgTexts(el, '.row text.value').map(nb)).to.deep.equal(['≈ 1 op 3', '13%', '≈ 1 op 3']);
    expect(svgTexts(el, '.axis text')).to.deep.equal(['0%', '20%', '40%', '60%', '80%', '100%']);
    // On the scale: 13% sits at 13% of the way from 0% to 100%, about 1 in 3 at a third.
    const tick = (i: number) => Number($$(el, '.axis line')[i].getAttribute('x1'));
    const cx = (topic: string) => Number($(el, `.row[data-key="${topic}"] .dot`)!.getAttribute('cx'));
    const at = (v: number) => tick(0) + v * (tick(5) - tick(0));
    expect(cx('video-outsourced')).to.be.closeTo(at(0.13), 0.01);
    expect(cx('video-in-house')).to.be.closeTo(at(1 / 3), 0.01);
    expect(nb($(el, '.summary')!.textContent!)).to.equal(
      'Van de gemeenten die antwoordden: ongeveer 1 op 3 (≈ 33%) maakt zelf video’s; 13% laat video’s maken; ongeveer 1 op 3 (≈ 33%) wil meer inzetten op video.',
    );
  });

  it('marks 13% as exact and about 1 in 3 as approximate', async () => {
    const el = await renderChart<VideoAdoption>(html`<video-adoption></video-adoption>`);
    const made = $(el, '.row[data-key="video-outsourced"]')!;
    expect(made.querySelector('.dot.exact')).to.exist;
    expect(made.querySelector('rect[fill^="url"]')).to.not.exist;
    for (const topic of ['video-in-house', 'video-more']) {
      const row = $(el, `.row[data-key="${topic}"]`)!;
      expect(row.querySelector('.dot.about'), topic).to.exist;
      expect(row.querySelector('rect[fill^="url"]'), topic).to.exist;
    }
    expect(svgTexts(el).join(' ')).to.not.match(/33\s?%/);
  });

  it('tells “Video wint aan belang” and Facebook Live in words, never with a number', async () => {
    const el = await renderChart<VideoAdoption>(html`<video-adoption></video-adoption>`);
    const notes = $$(el, '.notes .note').map((n) => nb(n.textContent!.replace(/\s+/g, ' ').trim()));
    expect(notes).to.deep.equal([
      'Video: geen cijfer — “Video wint aan belang.”',
      'Facebook Live: geen cijfer — “Ook Facebook Live valt in de smaak.”',
    ]);
    for (const n of notes) expect(n).to.not.match(/\d/);
    expect($$(el, '.dot')).to.have.length(3);
  });

  it('moves between marks with arrow keys and fires chart-select on Enter', async () => {
    const el = await renderChart<VideoAdoption>(html`<video-adoption></video-adoption>`);
    const hits = $$(el, '.hit');
    expect(hits.map((h) => h.dataset.key)).to.deep.equal([...ROWS, 'video', 'facebook-live']);
    expect($$(el, '[tabindex="0"]')).to.have.length(1);
    hits[0].focus();
    await el.updateComplete;
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.getAttribute('data-key')).to.equal('video-outsourced');
    let event = oneEvent(el, 'chart-select');
    await sendKeys({ press: 'Enter' });
    let { detail } = await event;
    expect(detail).to.deep.equal({
      organisation: 'municipality',
      platform: null,
      topic: 'video-outsourced',
      year: 2017,
      share: 0.13,
      precision: 'exact',
      words: finding('municipality-video-outsourced-2017').words,
      id: 'municipality-video-outsourced-2017',
    });
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.getAttribute('data-key')).to.equal('facebook-live');
    event = oneEvent(el, 'chart-select');
    await sendKeys({ press: 'Enter' });
    ({ detail } = await event);
    expect(detail).to.deep.include({
      organisation: 'all',
      platform: 'facebook',
      topic: 'facebook-live',
      share: null,
      precision: 'none',
      id: 'all-facebook-live-2017',
    });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.getAttribute('data-key')).to.equal('video');
  });

  it('shows a tooltip with the value, precision and source words on focus, and hides it on Escape', async () => {
    const el = await renderChart<VideoAdoption>(html`<video-adoption></video-adoption>`);
    $$(el, '.hit')[2].focus();
    await el.updateComplete;
    const tip = nb($(el, '[role="tooltip"]')!.textContent!);
    expect(tip).to.contain('Gemeenten · wil meer inzetten op video · 2017');
    expect(tip).to.contain('ongeveer 1 op 3 (≈ 33%)');
    expect($(el, '[role="tooltip"] q')!.textContent).to.equal(finding('municipality-video-more-2017').words);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '[role="tooltip"]')).to.not.exist;
  });

  it('shows a tooltip on hover, for a note too', async () => {
    const el = await renderChart<VideoAdoption>(html`<video-adoption></video-adoption>`);
    for (const [key, text] of [
      ['video-outsourced', '13%'],
      ['facebook-live', 'Ook Facebook Live valt in de smaak.'],
    ]) {
      const r = $$(el, '.hit')
        .find((h) => h.dataset.key === key)!
        .getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
      await waitUntil(() => $(el, '[role="tooltip"]')?.textContent?.includes(text), key);
      // Away from the chart (the tooltip itself may be hovered), so it closes before the next.
      await sendMouse({ type: 'move', position: [0, 0] });
      await waitUntil(() => !$(el, '[role="tooltip"]'), `${key} closes`);
    }
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('lays out differently when narrow and when wide, without overlaps or clipping, in both languages', async () => {
    const wide = await renderChart<VideoAdoption>(html`<video-adoption></video-adoption>`, 1000);
    const narrow = await renderChart<VideoAdoption>(html`<video-adoption></video-adoption>`, 280);
    const nameY = (el: VideoAdoption) => Number($(el, '.row text.name')!.getAttribute('y'));
    const dotY = (el: VideoAdoption) => Number($(el, '.row .dot')!.getAttribute('cy'));
    expect(nameY(wide)).to.equal(dotY(wide));
    expect(nameY(narrow)).to.be.below(dotY(narrow));
    expect($$(narrow, '.axis text')).to.have.length(3);
    for (const el of [wide, narrow])
      for (const lang of ['nl', 'en']) {
        el.lang = lang;
        await transitioned(el);
        expect(overlappingLabels(el), `${lang} ${el.clientWidth}`).to.deep.equal([]);
        expect(clippedLabels(el), `${lang} ${el.clientWidth}`).to.deep.equal([]);
        // Each value stands clear right of its dot.
        for (const row of $$(el, '.row')) {
          const dot = row.querySelector('.dot')!.getBoundingClientRect();
          expect(row.querySelector('text.value')!.getBoundingClientRect().left, row.dataset.key).to.be.at.least(
            dot.right,
          );
        }
        // Wide, the names stay clear of the bars: each ends before 0%.
        if (el === wide) {
          const zero = $(el, '.axis line')!.getBoundingClientRect().left;
          for (const n of $$(el, '.row text.name'))
            expect(n.getBoundingClientRect().right, n.textContent!).to.be.below(zero);
        }
      }
  });

  it('speaks English with lang="en"', async () => {
    const el = await renderChart<VideoAdoption>(html`<video-adoption lang="en"></video-adoption>`);
    expect($(el, '.title')!.textContent).to.equal(en.video.title);
    expect(svgTexts(el, '.row text.name')).to.deep.equal([
      'Makes its own videos',
      'Has videos made',
      'Wants to do more video',
    ]);
    expect(svgTexts(el, '.row text.value').map(nb)).to.deep.equal(['≈ 1 in 3', '13%', '≈ 1 in 3']);
    expect(nb($(el, '.notes')!.textContent!.replace(/\s+/g, ' '))).to.contain(
      'Facebook Live: no figure — “Facebook Live is popular too.”',
    );
    expect($(el, '.source')!.textContent).to.equal(en.source);
  });

  it('has a data table of every finding shown', async () => {
    const el = await renderChart<VideoAdoption>(html`<video-adoption></video-adoption>`);
    expect($$(el, 'table tbody tr').map((r) => r.dataset.key)).to.deep.equal([
      'municipality-video-in-house-2017',
      'municipality-video-outsourced-2017',
      'municipality-video-more-2017',
      'all-video-2017',
      'all-facebook-live-2017',
    ]);
  });

  it('passes axe', async () => {
    const el = await renderChart<VideoAdoption>(html`<video-adoption></video-adoption>`);
    await expect(el).to.be.accessible();
  });

  it('passes axe in English, narrow, with the table open', async () => {
    const el = await renderChart<VideoAdoption>(html`<video-adoption lang="en"></video-adoption>`, 300);
    $(el, 'button')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
