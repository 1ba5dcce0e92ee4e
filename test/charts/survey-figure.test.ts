import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { SurveyFigure } from '../../src/charts/survey-figure/survey-figure.js';
import { survey } from '../../src/data/survey.js';
import { ORGANISATION_KEYS, PLATFORMS } from '../../src/data/keys.js';
import { nl } from '../../src/i18n/nl.js';
import { en } from '../../src/i18n/en.js';
import { $, $$, clippedLabels, html, overlappingLabels, renderChart, svgTexts } from '../helpers.js';

const nb = (s: string) =>
  s
    .replace(/[\u202F\u00A0]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const big = (el: Element) =>
  nb(
    $$(el, 'svg text.big tspan')
      .map((t) => t.textContent)
      .join(' '),
  );
const byId = (id: string) => survey.findings.find((f) => f.id === id)!;

/** Renders with the given attributes and expects the message for a wrong one, with one console warning. */
async function expectMessage(template: ReturnType<typeof html>, ...parts: string[]) {
  const warnings: unknown[][] = [];
  const warn = console.warn;
  console.warn = (...a: unknown[]) => warnings.push(a);
  try {
    const el = await fixture<SurveyFigure>(template);
    await el.updateComplete;
    const msg = $(el, '[role="alert"]')!;
    expect(msg, parts[0]).to.exist;
    for (const p of parts) expect(msg.textContent).to.contain(p);
    el.requestUpdate();
    await el.updateComplete;
    expect(warnings).to.have.length(1);
    return el;
  } finally {
    console.warn = warn;
  }
}

describe('<survey-figure>', () => {
  before(() => setViewport({ width: 1300, height: 900 }));

  it('OCMW’s on social media: "45% → 67%" with a tiny slope, the years under it', async () => {
    const el = await renderChart<SurveyFigure>(
      html`<survey-figure organisation="ocmw" platform="social-media"></survey-figure>`,
      200,
    );
    expect(big(el)).to.equal('45% → 67%');
    expect($$(el, '.dot.exact')).to.have.length(2);
    expect($(el, '.link')).to.exist;
    expect($(el, '.link.dashed')).to.not.exist;
    expect(svgTexts(el, 'text.tick')).to.deep.equal(['2016', '2017']);
    expect($(el, '.title')!.textContent).to.equal('OCMW’s · Sociale media');
    expect(nb($(el, 'svg')!.getAttribute('aria-label')!)).to.equal(
      'OCMW’s, Sociale media, 2016–2017: van 45% naar 67%',
    );
  });

  it('one finding by id: "13%" on a 0–100% track', async () => {
    const el = await renderChart<SurveyFigure>(
      html`<survey-figure finding="municipality-video-outsourced-2017"></survey-figure>`,
      200,
    );
    expect(big(el)).to.equal('13%');
    expect($$(el, '.dot.exact')).to.have.length(1);
    expect(svgTexts(el, 'text.tick')).to.deep.equal(['0%', '100%']);
    expect($(el, '.title')!.textContent).to.equal(`Gemeenten · ${nl.topic['video-outsourced']} · 2017`);
  });

  it('reads approximations as approximate: "≈ 1 op 3", an open dot', async () => {
    const el = await renderChart<SurveyFigure>(
      html`<survey-figure organisation="ocmw" platform="twitter"></survey-figure>`,
      200,
    );
    expect(big(el)).to.equal('≈ 1 op 3');
    expect($(el, '.dot.about')).to.exist;
    expect($(el, '.dot.exact')).to.not.exist;
    const slope = await renderChart<SurveyFigure>(
      html`<survey-figure organisation="police" platform="instagram"></survey-figure>`,
      200,
    );
    expect(big(slope)).to.equal('≈ 1 op 10 → ≈ 1 op 5');
    expect($(slope, '.link.dashed')).to.exist;
    const bound = await renderChart<SurveyFigure>(
      html`<survey-figure finding="all-improve-2017"></survey-figure>`,
      200,
    );
    expect(big(bound)).to.equal('> 1 op 2');
    expect($(bound, '.dot.more-than')).to.exist;
    expect($(bound, '.bound')).to.exist;
  });

  it('a finding without a number shows the article’s words, never a number', async () => {
    const el = await renderChart<SurveyFigure>(html`<survey-figure finding="ocmw-facebook-2017"></survey-figure>`, 200);
    expect(big(el)).to.equal('geen cijfer');
    expect($(el, '.dot')).to.not.exist;
    expect(nb($(el, 'text.quote')!.textContent!)).to.equal('“Vooral Facebook is populair.”');
    expect(nb($(el, 'svg')!.textContent!)).to.not.match(/\d\s?%/);
  });

  it('one year only with year="2016"; words for one year and a number for the other', async () => {
    const el = await renderChart<SurveyFigure>(
      html`<survey-figure organisation="ocmw" platform="social-media" year="2016"></survey-figure>`,
      200,
    );
    expect(big(el)).to.equal('45%');
    expect($(el, '.title')!.textContent).to.contain('2016');
    const mixed = await renderChart<SurveyFigure>(
      html`<survey-figure organisation="municipality" platform="whatsapp"></survey-figure>`,
      200,
    );
    expect(big(mixed)).to.equal('geen cijfer → > 1 op 10');
    expect($$(mixed, '.dot')).to.have.length(1);
    expect($(mixed, '.title')!.textContent).to.contain('2016–2017');
  });

  it('keeps a small chrome: title, the full source, a short note on respondents, the table for screen readers only', async () => {
    const el = await renderChart<SurveyFigure>(
      html`<survey-figure organisation="ocmw" platform="social-media"></survey-figure>`,
      200,
    );
    expect($(el, '.note')?.textContent).to.equal(nl.ofRespondents);
    expect($(el, 'button')).to.not.exist;
    expect($(el, '.source')!.textContent).to.equal(nl.source);
    expect($(el, '.summary')!.classList.contains('visually-hidden')).to.equal(true);
    expect($(el, 'table')!.parentElement!.classList.contains('visually-hidden')).to.equal(true);
    expect($$(el, 'table tbody tr').map((r) => r.dataset.key)).to.deep.equal([
      'ocmw-social-media-2016',
      'ocmw-social-media-2017',
    ]);
  });

  it('moves between the years with arrow keys and fires chart-select', async () => {
    const el = await renderChart<SurveyFigure>(
      html`<survey-figure organisation="ocmw" platform="social-media"></survey-figure>`,
      200,
    );
    expect($$(el, '[tabindex="0"]')).to.have.length(1);
    $$(el, '.hit')[0].focus();
    await el.updateComplete;
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.getAttribute('data-key')).to.equal('ocmw-social-media-2017');
    const event = oneEvent(el, 'chart-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await event;
    expect(detail).to.deep.equal({
      organisation: 'ocmw',
      platform: 'social-media',
      topic: 'presence',
      year: 2017,
      share: 0.67,
      precision: 'exact',
      words: byId('ocmw-social-media-2017').words,
      id: 'ocmw-social-media-2017',
    });
  });

  it('shows the source words in a tooltip on focus and on hover', async () => {
    const el = await renderChart<SurveyFigure>(html`<survey-figure finding="ocmw-facebook-2017"></survey-figure>`, 220);
    $$(el, '.hit')[0].focus();
    await el.updateComplete;
    let tip = $(el, '[role="tooltip"]')!;
    expect(tip.querySelector('q')!.textContent).to.equal('Vooral Facebook is populair.');
    (el.shadowRoot!.activeElement as HTMLElement).blur();
    await el.updateComplete;
    const fig = await renderChart<SurveyFigure>(
      html`<survey-figure organisation="municipality" platform="whatsapp"></survey-figure>`,
      220,
    );
    const r = $$(fig, '.hit')[0].getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
    await waitUntil(() => $(fig, '[role="tooltip"]'));
    tip = $(fig, '[role="tooltip"]')!;
    expect(nb(tip.textContent!)).to.contain('meer dan 1 op 10');
    // The 2016 finding without a number is told beside it.
    expect([...tip.querySelectorAll('q')].map((q) => q.textContent)).to.include(
      `2016: ${byId('municipality-whatsapp-2016').words}`,
    );
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('fits a margin (160) and a full column (1000) alike, without overlapping or clipped labels', async () => {
    // Eight figures with their notes, one under the other: all in view (a chart below it waits to be drawn).
    await setViewport({ width: 1300, height: 2400 });
    const tags = [
      html`<survey-figure organisation="ocmw" platform="social-media"></survey-figure>`,
      html`<survey-figure organisation="police" platform="instagram"></survey-figure>`,
      html`<survey-figure organisation="municipality" platform="whatsapp"></survey-figure>`,
      html`<survey-figure finding="all-interaction-barrier-2017"></survey-figure>`,
    ];
    for (const t of tags) {
      const small = await renderChart<SurveyFigure>(t, 160);
      const large = await renderChart<SurveyFigure>(t, 1000);
      const size = (el: SurveyFigure) => parseFloat($(el, 'text.big tspan')!.getAttribute('font-size')!);
      expect(size(small)).to.be.at.most(size(large));
      for (const el of [small, large]) {
        expect(overlappingLabels(el), big(el)).to.deep.equal([]);
        expect(clippedLabels(el), big(el)).to.deep.equal([]);
      }
    }
    const small = await renderChart<SurveyFigure>(tags[2], 160);
    expect($$(small, 'text.big tspan').length).to.be.above(1);
    await setViewport({ width: 1300, height: 900 });
  });

  it('speaks English', async () => {
    const el = await renderChart<SurveyFigure>(
      html`<survey-figure lang="en" organisation="ocmw" platform="twitter"></survey-figure>`,
      200,
    );
    expect(big(el)).to.equal('≈ 1 in 3');
    expect($(el, '.title')!.textContent).to.equal('OCMWs · Twitter · 2017');
    expect($(el, '.source')!.textContent).to.equal(en.source);
    const words = await renderChart<SurveyFigure>(
      html`<survey-figure lang="en" finding="ocmw-facebook-2017"></survey-figure>`,
      200,
    );
    expect(big(words)).to.equal('no figure');
    const f = byId('ocmw-facebook-2017');
    expect(nb($(words, 'text.quote')!.textContent!)).to.equal(`“${f.wordsEn ?? f.words}”`);
  });

  it('explains unknown values and combinations, listing the valid ones', async () => {
    const none = await expectMessage(html`<survey-figure></survey-figure>`, '"" voor organisation');
    for (const o of ORGANISATION_KEYS) expect($(none, '[role="alert"]')!.textContent).to.contain(o);
    const tiktok = await expectMessage(
      html`<survey-figure organisation="ocmw" platform="tiktok"></survey-figure>`,
      '"tiktok" voor platform',
    );
    for (const p of PLATFORMS) expect($(tiktok, '[role="alert"]')!.textContent).to.contain(p);
    await expectMessage(
      html`<survey-figure organisation="ocmw" platform="social-media" year="2015"></survey-figure>`,
      '"2015" voor year',
      'Geldige waarden: 2016, 2017.',
    );
    await expectMessage(
      html`<survey-figure organisation="municipality" topic="vlogging"></survey-figure>`,
      '"vlogging" voor topic',
      'presence, video-in-house, video-outsourced, video-more.',
    );
    // Valid values, but nothing in the article for them: the values that are.
    await expectMessage(
      html`<survey-figure organisation="police" platform="twitter"></survey-figure>`,
      '"twitter" voor platform',
      'Geldige waarden: social-media, whatsapp, instagram.',
    );
    await expectMessage(
      html`<survey-figure organisation="ocmw" topic="video"></survey-figure>`,
      '"video" voor topic',
      'Geldige waarden: presence.',
    );
    await expectMessage(
      html`<survey-figure organisation="ocmw" platform="twitter" year="2016"></survey-figure>`,
      '"2016" voor year',
      'Geldige waarden: 2017.',
    );
    await expectMessage(
      html`<survey-figure organisation="ocmw"></survey-figure>`,
      '"" voor platform',
      'social-media, facebook, twitter',
    );
    const el = await expectMessage(
      html`<survey-figure finding="nope"></survey-figure>`,
      '"nope" voor finding',
      'ocmw-social-media-2016',
    );
    el.finding = 'ocmw-twitter-2017';
    await waitUntil(() => $(el, '.hit'));
    expect(big(el)).to.equal('≈ 1 op 3');
  });

  it('passes axe', async () => {
    const el = await renderChart<SurveyFigure>(
      html`<survey-figure organisation="ocmw" platform="social-media"></survey-figure>`,
      200,
    );
    await expect(el).to.be.accessible();
    const words = await renderChart<SurveyFigure>(
      html`<survey-figure lang="en" finding="all-broadcast-2017"></survey-figure>`,
      160,
    );
    await expect(words).to.be.accessible();
  });
});
