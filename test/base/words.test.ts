import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { captionOf, linkOf } from '../../src/templates/words.js';
import { nl } from '../../src/i18n/nl.js';
import { TAGS } from '../../src/tags.js';
import { $, $$, html, renderChart } from '../helpers.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';

/** Markup an editor might paste by mistake, or an attacker on purpose: always shown as text. */
const MARKUP = '<b>vet</b> <img src=x onerror="window.__pwned=1">';

/** The reader's words of a part, spaces as one. */
const text = (el: Element, sel: string) => $(el, sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
/** What a sighted reader sees of a part: its text without what is there for screen readers only. */
const seen = (el: Element, sel: string) => {
  const copy = $(el, sel)!.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
  return copy.textContent!.trim();
};
/** Each element with the options it needs to draw. */
const OPTIONS: Record<string, string> = { 'survey-figure': 'organisation="ocmw" platform="social-media"' };

/**
 * The editor's words on every element: heading, description, note, byline, source and source-url, shown where a
 * reader looks for them, as text, with the chart's own description of the data still there for screen readers.
 */
describe('the editor’s words', () => {
  before(() => setViewport({ width: 1000, height: 900 }));

  const words = `heading="Instagram wint terrein" description="Vooral de brandweer." note="Noot van de redactie."
    byline="Grafiek: redactie" source="VVSG" source-url="https://www.vvsg.be/sociale-media"`;

  for (const tag of TAGS)
    it(`<${tag}> shows each of them, and keeps its own description and notes`, async () => {
      const el = await renderChart(html`${unsafeHTML(`<${tag} ${OPTIONS[tag] ?? ''} ${words}></${tag}>`)}`);
      const plot = $(el, '.plot svg')!;
      expect(text(el, '[part="title"]')).to.equal('Instagram wint terrein');
      // The description is what a reader sees; a screen reader hears the chart's own summary after it.
      const summary = $(el, '[part="summary"]')!;
      expect(seen(el, '[part="summary"]')).to.equal('Vooral de brandweer.');
      expect(summary.classList.contains('visually-hidden'), 'the description is visible').to.be.false;
      const hidden = summary.querySelector('.visually-hidden')!;
      expect(hidden.textContent!.trim().length, 'the chart’s summary, for screen readers').to.be.greaterThan(20);
      expect(plot.getAttribute('aria-describedby')).to.contain(summary.id);
      // The accessible name still describes the data, not the editor's heading.
      expect(plot.getAttribute('aria-label')).to.not.contain('Instagram wint terrein');
      // The editor's note first, then the chart's own (not on the compact figure, which has less room).
      const notes = $$(el, '.note[part~="note"]');
      expect(notes[0].textContent).to.equal('Noot van de redactie.');
      expect(notes[0].getAttribute('part')).to.equal('note editor-note');
      if (tag != 'survey-figure') expect(notes[1].textContent).to.contain(nl.legendNote);
      expect(text(el, '[part="byline"]')).to.equal('Grafiek: redactie');
      expect(text(el, '.credits')).to.equal('Grafiek: redactie · Bron: VVSG');
      const link = $(el, '[part="source"] a') as HTMLAnchorElement;
      expect(link.textContent).to.equal('VVSG');
      expect(link.href).to.equal('https://www.vvsg.be/sociale-media');
      await expect(el).to.be.accessible();
    });

  it('are properties too, and an empty one gives back the chart’s own words', async () => {
    const el = await renderChart<HTMLElement & Record<string, string | undefined>>(
      html`<adoption-chart platform="instagram"></adoption-chart>`,
    );
    const own = { title: text(el, '[part="title"]'), summary: text(el, '[part="summary"]') };
    Object.assign(el, { heading: 'Mijn titel', description: 'Mijn zin', source: 'Statbel', sourceUrl: 'http://x.be' });
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(text(el, '[part="title"]')).to.equal('Mijn titel');
    expect(text(el, '[part="summary"]')).to.equal(`Mijn zin ${own.summary}`);
    expect(($(el, '[part="source"] a') as HTMLAnchorElement).href).to.equal('http://x.be/');
    el.heading = '   ';
    el.removeAttribute('description');
    el.description = undefined;
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(text(el, '[part="title"]')).to.equal(own.title);
    expect(text(el, '[part="summary"]')).to.equal(own.summary);
  });

  it('show markup as text, never as markup', async () => {
    const el = await renderChart<HTMLElement & Record<string, string>>(html`<adoption-chart
      heading=${MARKUP} description=${MARKUP} note=${MARKUP} byline=${MARKUP} source=${MARKUP}
      source-url="https://example.org/"></adoption-chart>`);
    for (const part of ['title', 'byline', 'editor-note']) expect(text(el, `[part~="${part}"]`), part).to.equal(MARKUP);
    expect(seen(el, '[part="summary"]')).to.equal(MARKUP);
    expect(text(el, '[part="source"] a')).to.equal(MARKUP);
    expect($$(el, 'b, img'), 'no element made from the words').to.have.length(0);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('link the source only to an absolute http: or https: URL, with one console warning for any other', async () => {
    const warned: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warned.push(args.join(' '));
    try {
      const urls = [
        ['https://example.org/a?b=1#c', 'https://example.org/a?b=1#c'],
        ['  http://example.org  ', 'http://example.org/'],
        ['javascript:alert(1)', null],
        ['JavaScript:alert(1)', null],
        ['data:text/html,<b>x</b>', null],
        ['mailto:redactie@example.org', null],
        ['ftp://example.org/', null],
        ['/relative/path', null],
        ['//example.org/protocol-relative', null],
        ['not a url', null],
      ] as const;
      const el = await renderChart(html`<adoption-chart source="Bron X"></adoption-chart>`);
      for (const [url, link] of urls) {
        warned.length = 0;
        el.setAttribute('source-url', url);
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        const a = $(el, '[part="source"] a') as HTMLAnchorElement | null;
        expect(a?.href ?? null, url).to.equal(link);
        expect(text(el, '[part="source"]'), url).to.equal('Bron: Bron X');
        expect(warned.length, `${url}: ${warned.join(' | ')}`).to.equal(link ? 0 : 1);
        if (!link) expect(warned[0]).to.contain('source-url');
      }
      // Without a source name, the chart's own source line is linked.
      el.removeAttribute('source');
      el.setAttribute('source-url', 'https://www.vvsg.be/');
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(text(el, '[part="source"] a')).to.equal(nl.source);
    } finally {
      console.warn = warn;
    }
  });

  it('reach the data table’s caption, with the chart’s own description of the data', async () => {
    const el = await renderChart(html`<adoption-chart platform="instagram"></adoption-chart>`);
    const label = $(el, '.plot svg')!.getAttribute('aria-label')!;
    expect(text(el, 'caption'), 'without words, the caption is the plot’s name').to.equal(label);
    el.setAttribute('heading', 'Instagram wint terrein');
    el.setAttribute('description', 'Vooral de brandweer');
    el.setAttribute('note', 'Twee bevragingen.');
    el.setAttribute('byline', 'Grafiek: redactie');
    el.setAttribute('source', 'VVSG');
    el.setAttribute('source-url', 'https://www.vvsg.be/');
    await waitUntil(() => text(el, 'caption') != label, 'the caption did not change');
    expect(text(el, 'caption')).to.equal(
      `Instagram wint terrein. ${label}. Vooral de brandweer. Twee bevragingen. Grafiek: redactie. Bron: VVSG (https://www.vvsg.be/).`,
    );
  });

  it('survey-figure: the description shows, where the figure’s own summary is for screen readers only', async () => {
    const el = await renderChart(
      html`<survey-figure organisation="ocmw" platform="social-media" description="Twee op drie."></survey-figure>`,
      200,
    );
    const summary = $(el, '[part="summary"]')!;
    expect(summary.classList.contains('visually-hidden')).to.be.false;
    expect(summary.getBoundingClientRect().height).to.be.greaterThan(5);
    expect(summary.querySelector('.visually-hidden')!.textContent).to.match(/OCMW’s, Sociale media, 2016–2017: /);
    await expect(el).to.be.accessible();
  });

  it('speak the chart’s language around them: "Source:" and "Source :"', async () => {
    for (const [lang, line] of [
      ['en', 'Source: VVSG'],
      ['fr', 'Source\u00A0: VVSG'],
    ]) {
      const el = await renderChart(html`<adoption-chart lang=${lang} source="VVSG"></adoption-chart>`);
      await waitUntil(() => $(el, 'figure')?.getAttribute('lang') == lang, `no ${lang}`);
      expect($(el, '[part="source"]')!.textContent).to.equal(line);
    }
  });
});

describe('linkOf and captionOf', () => {
  it('linkOf takes absolute http: and https: URLs only', () => {
    expect(linkOf('https://a.be/x')).to.equal('https://a.be/x');
    expect(linkOf('HTTP://A.BE')).to.equal('http://a.be/');
    for (const url of [undefined, '', 'javascript:void(0)', 'vbscript:x', 'file:///etc/passwd', 'x.html'])
      expect(linkOf(url), String(url)).to.equal(null);
  });

  it('captionOf is the label alone without words, sentences with them', () => {
    expect(captionOf('Aandeel', { link: null }, 'Bron: X')).to.equal('Aandeel');
    expect(captionOf('Aandeel', { heading: 'Titel?', byline: 'Grafiek: redactie', link: null }, 'Bron: X')).to.equal(
      'Titel? Aandeel. Grafiek: redactie.',
    );
  });
});
