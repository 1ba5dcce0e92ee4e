import { expect, fixture, html, waitUntil } from '@open-wc/testing';
// The ES modules as a bundler user gets them: the optional parts are dynamic imports, fetched on first use.
import '../../src/charts/adoption-chart/define.js';
import { peek } from '../../src/extras/index.js';

const text = (el: Element, sel: string) => el.shadowRoot?.querySelector(sel)?.textContent ?? '';

describe('the ES modules’ optional parts', () => {
  it('a Dutch chart of the survey needs none of them', async () => {
    const el = await fixture(html`<adoption-chart lang="nl" platform="instagram"></adoption-chart>`);
    await waitUntil(() => el.shadowRoot?.querySelector('.hit'), 'the Dutch chart did not draw');
    for (const part of ['en', 'fr', 'data', 'downloads'] as const) expect(peek(part), part).to.equal(undefined);
  });

  it('an English chart waits in its loading box for English, then draws in English', async () => {
    const el = await fixture(html`<adoption-chart lang="en" platform="instagram"></adoption-chart>`);
    // First the loading box (room kept), not a Dutch chart.
    expect(el.shadowRoot!.querySelector('[part="loading"]'), 'a loading box first').to.not.equal(null);
    expect(el.shadowRoot!.querySelector('figure')).to.equal(null);
    await waitUntil(() => el.shadowRoot?.querySelector('.hit'), 'the English chart did not draw');
    expect(text(el, '[part="title"]')).to.equal('Instagram in local government, 2016–2017');
    expect(el.shadowRoot!.querySelector('figure')!.getAttribute('lang')).to.equal('en');
    expect(peek('en')).to.not.equal(undefined);
  });

  it('editor data through the data property is checked once its part is there', async () => {
    const el = await fixture<HTMLElement & { data: unknown }>(
      html`<adoption-chart platform="instagram"></adoption-chart>`,
    );
    el.data = [{ id: 'x', organisation: 'gemeente', year: 2017, precision: 'none', words: 'w' }];
    await waitUntil(() => el.shadowRoot?.querySelector('[part="error"]'), 'no message for bad editor data');
    expect(text(el, '[part="error"]')).to.match(/field "organisation" is "gemeente"/);
    expect(peek('data')).to.not.equal(undefined);
  });
});
