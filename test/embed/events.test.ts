import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { EMBED, drawn, frames, openPage, type Page } from './page.js';
import type { ChartErrorDetail, ChartReadyDetail } from '../../src/base/events.js';

const F = '/test/embed/fixtures';

/** Every `chart-ready` and `chart-error` the page's document heard, recorded from before embed.js ran. */
const RECORD = `<script>
  window.__events = [];
  for (const type of ['chart-ready', 'chart-error'])
    document.addEventListener(type, (e) => __events.push({ type, id: e.target.id, detail: e.detail,
      bubbles: e.bubbles, composed: e.composed }));
</script>`;

type Heard = {
  type: 'chart-ready' | 'chart-error';
  id: string;
  detail: ChartReadyDetail & ChartErrorDetail;
  bubbles: boolean;
  composed: boolean;
};
const heard = (page: Page) => (page.win as unknown as { __events: Heard[] }).__events;
const of = (page: Page, id: string) => heard(page).filter((e) => e.id == id);

/**
 * `chart-ready` and `chart-error` from dist/embed.js, heard on the document: once per chart drawn, once per message
 * shown, each with its stable code and the message the reader sees.
 */
describe('chart-ready and chart-error (dist/embed.js)', () => {
  let page: Page | undefined;
  before(() => setViewport({ width: 1000, height: 800 }));
  afterEach(() => page?.close());

  const el = (id: string) => page!.doc.getElementById(id)!;
  const shown = (id: string) => el(id).shadowRoot?.querySelector('[part="error"]')?.textContent ?? '';
  /** Scrolls to a chart and waits for its event. */
  const until = async (id: string, type: Heard['type']) => {
    el(id).scrollIntoView();
    await waitUntil(() => of(page!, id).some((e) => e.type == type), `#${id}: no ${type}`, { timeout: 5000 });
  };

  it('chart-ready once when drawn, with the tag and the attributes; not again on a hover, a resize or a language', async () => {
    page = await openPage({
      head: `${RECORD}<script src="${EMBED}"></script>`,
      body: `<adoption-chart id="a" platform="twitter" year="2017" heading="Twitter"></adoption-chart>
        <survey-figure id="f" organisation="ocmw" platform="social-media"></survey-figure>`,
    });
    await until('a', 'chart-ready');
    await until('f', 'chart-ready');
    expect(drawn(el('a')), 'drawn when it says so').to.be.true;
    const [ready] = of(page, 'a');
    expect(ready).to.deep.equal({
      type: 'chart-ready',
      id: 'a',
      detail: {
        tag: 'adoption-chart',
        options: { platform: 'twitter', year: 2017, theme: 'auto', heading: 'Twitter', lang: 'nl' },
      },
      bubbles: true,
      composed: true,
    });
    expect(of(page, 'f')[0].detail.options).to.deep.include({ organisation: 'ocmw', platform: 'social-media' });
    // Re-rendered many times over: no second event.
    el('a').setAttribute('platform', 'facebook');
    el('a').parentElement!.style.width = '500px';
    el('a').setAttribute('lang', 'en');
    await waitUntil(() => el('a').shadowRoot!.querySelector('figure')?.getAttribute('lang') == 'en', 'no English');
    await frames(page.win, 10);
    expect(heard(page).map((e) => `${e.type} ${e.id}`)).to.deep.equal(['chart-ready a', 'chart-ready f']);
  });

  it('chart-error once per message, with a stable code and the message shown; chart-ready when it is put right', async () => {
    page = await openPage({
      head: `${RECORD}<script src="${EMBED}"></script>`,
      body: `<adoption-chart id="platform" platform="myspace"></adoption-chart>
        <adoption-chart id="year" year="2020"></adoption-chart>
        <adoption-chart id="theme" theme="pink"></adoption-chart>
        <survey-figure id="finding" finding="nope"></survey-figure>
        <adoption-chart id="missing" src="${F}/missing.json"></adoption-chart>
        <adoption-chart id="offline" src="http://127.0.0.1:9/survey.json"></adoption-chart>
        <adoption-chart id="bad-json" src="${F}/malformed.json.txt"></adoption-chart>
        <adoption-chart id="wrong-shape" src="${F}/wrong-shape.json.txt"></adoption-chart>
        <adoption-chart id="bad-inline"><script type="application/json">{ "findings": [ </script></adoption-chart>`,
    });
    const cases: [id: string, code: ChartErrorDetail['code'], attribute?: string][] = [
      ['platform', 'unknown-value', 'platform'],
      ['year', 'unknown-value', 'year'],
      ['theme', 'unknown-value', 'theme'],
      ['finding', 'unknown-value', 'finding'],
      ['missing', 'src-not-found'],
      ['offline', 'src-unreachable'],
      ['bad-json', 'invalid-data'],
      ['wrong-shape', 'invalid-data'],
      ['bad-inline', 'invalid-data'],
    ];
    for (const [id, code, attribute] of cases) {
      await until(id, 'chart-error');
      const events = of(page, id);
      expect(events.length, `#${id}: one event`).to.equal(1);
      const [{ detail, bubbles, composed }] = events;
      expect({ bubbles, composed }, id).to.deep.equal({ bubbles: true, composed: true });
      expect(detail.code, id).to.equal(code);
      expect(detail.attribute, id).to.equal(attribute);
      // The message is the one the reader sees, after the message's title.
      expect(shown(id), id).to.match(/^Deze grafiek kan niet getoond worden/);
      expect(shown(id).endsWith(detail.message), `#${id}: "${detail.message}"`).to.be.true;
    }
    // One console warning per message, as before the events.
    expect(page.log.warnings.length).to.equal(cases.length);
    // Re-rendered (a language on its way, an update), a message already said is not said again.
    for (const id of ['missing', 'bad-json']) el(id).setAttribute('download', '');
    await frames(page.win, 5);
    expect(of(page, 'missing').length).to.equal(1);
    // Put right: drawn, and ready.
    el('platform').setAttribute('platform', 'instagram');
    await until('platform', 'chart-ready');
    expect(of(page, 'platform').map((e) => e.type)).to.deep.equal(['chart-error', 'chart-ready']);
    // Wrong again: a new message, a new event.
    el('platform').setAttribute('platform', 'friendster');
    await waitUntil(() => of(page!, 'platform').length == 3, 'no second chart-error');
    expect(of(page, 'platform')[2].detail.message).to.contain('"friendster"');
  });

  it('part-unavailable when embed.js was pasted inline and editor data needs its part', async () => {
    const code = await (await fetch(EMBED)).text();
    page = await openPage({
      head: `${RECORD}<script>${code.replace(/<\/script/gi, '<\\/script')}</script>`,
      body: `<adoption-chart id="src" src="${F}/fire-instagram.csv"></adoption-chart>`,
    });
    await until('src', 'chart-error');
    const [{ detail }] = of(page, 'src');
    expect(detail.code).to.equal('part-unavailable');
    expect(detail.message).to.contain('embed-data.js');
    expect(of(page, 'src').length).to.equal(1);
  });
});
