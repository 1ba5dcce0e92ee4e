import { expect, fixture, html, waitUntil } from '@open-wc/testing';
// The ES modules as a bundler user gets them: the optional parts are dynamic imports, fetched on first use.
import '../../src/charts/adoption-chart/define.js';
import { peek } from '../../src/parts/index.js';
import { fr } from '../../src/i18n/fr.js';

const text = (el: Element, sel: string) => el.shadowRoot?.querySelector(sel)?.textContent ?? '';

describe('the ES modules’ optional parts', () => {
  it('a Dutch chart of the survey needs none of them', async () => {
    const el = await fixture(html`<adoption-chart lang="nl" platform="instagram"></adoption-chart>`);
    await waitUntil(() => el.shadowRoot?.querySelector('.hit'), 'the Dutch chart did not draw');
    for (const part of ['en', 'fr', 'data', 'downloads'] as const) expect(peek(part), part).to.equal(undefined);
  });

  it('an English chart waits in its loading box for English, then draws in English', async () => {
    const el = await fixture(html`<adoption-chart lang="en" platform="instagram"></adoption-chart>`);
    // First the loading box over the room kept, not a Dutch chart.
    expect(el.shadowRoot!.querySelector('[part="loading"]'), 'a loading box first').to.not.equal(null);
    // Already in English, before the English strings are there.
    expect(text(el, '[part="loading"]')).to.equal('Loading data…');
    // The chart's room is held by its layout in Dutch, hidden from sight, from screen readers and from the keyboard.
    const held = el.shadowRoot!.querySelector('.provisional') as HTMLElement | null;
    expect(held, 'the room held').to.not.equal(null);
    for (const part of ['title', 'summary', 'note', 'source'])
      expect(getComputedStyle(held!.querySelector(`[part="${part}"]`)!).visibility, part).to.equal('hidden');
    expect(held!.inert && held!.getAttribute('aria-hidden')).to.equal('true');
    expect(el.shadowRoot!.querySelectorAll('figure:not(.provisional figure)').length, 'a figure shown').to.equal(0);
    await waitUntil(() => el.shadowRoot?.querySelector('.hit'), 'the English chart did not draw');
    expect(text(el, '[part="title"]')).to.equal('Instagram among respondents, 2016–2017');
    expect(el.shadowRoot!.querySelector('figure')!.getAttribute('lang')).to.equal('en');
    expect(peek('en')!.loading, 'the words the loading box had').to.equal('Loading data…');
  });

  it('a French chart’s loading box is in French too, in the words of the French strings', async () => {
    const el = await fixture(html`<adoption-chart lang="fr-BE" platform="instagram"></adoption-chart>`);
    expect(text(el, '[part="loading"]')).to.equal(fr.loading);
    await waitUntil(() => el.shadowRoot?.querySelector('.hit'), 'the French chart did not draw');
    expect(text(el, '[part="table-toggle"]')).to.equal(fr.showTable);
  });

  it('editor data through the data property is checked once its part is there', async () => {
    const el = await fixture<HTMLElement & { data: unknown }>(
      html`<adoption-chart platform="instagram"></adoption-chart>`,
    );
    el.data = [{ id: 'x', organisation: 'gemeente', year: 2017, precision: 'none', words: 'w' }];
    await waitUntil(() => el.shadowRoot?.querySelector('[part="error"]'), 'no message for bad editor data');
    // In the chart's language: Dutch here.
    expect(text(el, '[part="error"]')).to.match(/veld "organisation" is "gemeente"/);
    expect(peek('data')).to.not.equal(undefined);
  });
});
