import { expect, fixture, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { errorCode, type ChartErrorDetail } from '../../src/base/events.js';
import { limits, type Problem } from '../../src/data/schema.js';
import { html, nextFrame } from '../helpers.js';

/**
 * The public codes of `chart-error` (errorCode maps the library's problems to them in one place), the limits of a
 * `src` (too large, too slow), and both events across a shadow root.
 */
describe('chart-error codes', () => {
  it('maps every internal problem to one stable public code', () => {
    const field: Problem = {
      code: 'field',
      list: 'findings',
      index: 0,
      id: null,
      field: 'year',
      value: '1',
      expected: { kind: 'text' },
    };
    const cases: [Problem | null, ChartErrorDetail['code']][] = [
      [{ code: 'not-dataset', value: '5' }, 'invalid-data'],
      [{ code: 'no-findings' }, 'invalid-data'],
      [{ code: 'empty-findings' }, 'invalid-data'],
      [{ code: 'not-record', list: 'findings', index: 0, value: '5' }, 'invalid-data'],
      [field, 'invalid-data'],
      [{ code: 'inline-json', detail: 'x' }, 'invalid-data'],
      [{ code: 'not-json', src: 'a.json', detail: 'x' }, 'invalid-data'],
      [{ code: 'text', text: 'CSV: x' }, 'invalid-data'],
      [{ code: 'http', src: 'a.json', status: '404 Not Found' }, 'src-not-found'],
      [{ code: 'http', src: 'a.json', status: '410' }, 'src-not-found'],
      [{ code: 'http', src: 'a.json', status: '403 Forbidden' }, 'src-unreachable'],
      [{ code: 'http', src: 'a.json', status: '500 Internal Server Error' }, 'src-unreachable'],
      [{ code: 'unreachable', src: 'a.json', detail: 'Failed to fetch' }, 'src-unreachable'],
      [{ code: 'limit', src: 'a.json', limit: '2 MB' }, 'too-large'],
      [{ code: 'limit', src: 'a.json', limit: '15 s' }, 'timeout'],
      [{ code: 'in-file', src: 'a.json', problem: { code: 'no-findings' } }, 'invalid-data'],
      [{ code: 'in-file', src: 'a.json', problem: { code: 'limit', src: 'a.json', limit: '15 s' } }, 'timeout'],
      [{ code: 'part-module', part: 'data', detail: 'x' }, 'part-unavailable'],
      [{ code: 'part-script', part: 'data', from: null }, 'part-unavailable'],
      [null, 'invalid-data'],
    ];
    for (const [problem, code] of cases) expect(errorCode(problem), JSON.stringify(problem)).to.equal(code);
  });
});

describe('chart-ready and chart-error (src)', () => {
  const saved = { ...limits };
  const realFetch = window.fetch;
  before(() => setViewport({ width: 900, height: 800 }));
  afterEach(() => {
    Object.assign(limits, saved);
    window.fetch = realFetch;
  });

  /** A chart in a box, with a listener on the document for both events from before it is connected. */
  async function listen(template: ReturnType<typeof html>) {
    const events: CustomEvent[] = [];
    const record = (e: Event) => events.push(e as CustomEvent);
    document.addEventListener('chart-ready', record);
    document.addEventListener('chart-error', record);
    const box = await fixture<HTMLDivElement>(html`<div style="width:600px">${template}</div>`);
    return {
      el: box.firstElementChild as HTMLElement,
      events,
      stop: () => {
        document.removeEventListener('chart-ready', record);
        document.removeEventListener('chart-error', record);
      },
    };
  }

  it('a src over the size limit: too-large', async () => {
    limits.bytes = 50;
    const { events, stop } = await listen(
      html`<adoption-chart src="/test/embed/fixtures/fire-instagram.csv"></adoption-chart>`,
    );
    await waitUntil(() => events.length, 'no event', { timeout: 4000 });
    stop();
    expect(events.map((e) => [e.type, e.detail.code])).to.deep.equal([['chart-error', 'too-large']]);
    expect(events[0].detail.message).to.contain('MB');
  });

  it('a src that does not answer in time: timeout', async () => {
    limits.seconds = 0.2;
    // A server that never answers: the fetch ends only when it is aborted.
    window.fetch = (_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
    const { events, stop } = await listen(html`<adoption-chart src="/never.json"></adoption-chart>`);
    await waitUntil(() => events.length, 'no event', { timeout: 4000 });
    stop();
    expect(events.map((e) => [e.type, e.detail.code])).to.deep.equal([['chart-error', 'timeout']]);
  });

  it('bad data given as a property: invalid-data, said once, not again when the language changes', async () => {
    const { el, events, stop } = await listen(html`<adoption-chart .data=${{ findings: 'none' }}></adoption-chart>`);
    await waitUntil(() => events.length, 'no event', { timeout: 4000 });
    el.setAttribute('lang', 'fr');
    await waitUntil(
      () => el.shadowRoot!.querySelector('[part="error"]')?.textContent?.includes('Ce graphique'),
      'no French',
    );
    for (let i = 0; i < 5; i++) await nextFrame();
    stop();
    expect(events.map((e) => [e.type, e.detail.code])).to.deep.equal([['chart-error', 'invalid-data']]);
  });

  it('both events leave a shadow root: bubbling and composed', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const heard: string[] = [];
    const listener = (e: Event) => heard.push(`${e.type} ${(e.target as Element).localName}`);
    document.addEventListener('chart-ready', listener);
    document.addEventListener('chart-error', listener);
    root.innerHTML = `<adoption-chart platform="twitter"></adoption-chart><adoption-chart platform="myspace"></adoption-chart>`;
    await waitUntil(() => heard.length == 2, `heard: ${heard.join(', ')}`, { timeout: 4000 });
    document.removeEventListener('chart-ready', listener);
    document.removeEventListener('chart-error', listener);
    // Retargeted to the shadow host, as composed events are.
    expect(heard.sort()).to.deep.equal(['chart-error div', 'chart-ready div']);
  });
});
