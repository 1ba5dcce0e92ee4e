import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { frames, openPage, type Page } from '../embed/page.js';
import { TAGS } from '../../src/tags.js';

/**
 * dist/frame.html in a host page: sandboxed iframes, one chart each from the query string, resized by
 * dist/frame-resize.js to their content's height (no inner scrollbar, nothing clipped) after load, after a
 * language's part arrives and after the host page is resized; a bad query shows a message in the frame.
 */
const FRAME = '/dist/frame.html';
const RESIZE = '/dist/frame-resize.js';
const SANDBOX = 'allow-scripts allow-same-origin';

const QUERIES = [
  'chart=adoption-chart&platform=instagram',
  'chart=platform-growth&organisation=fire&lang=en',
  'chart=platform-matrix&year=2016&lang=fr&theme=dark',
  'chart=interaction-gap&lang=fr',
  'chart=video-adoption&lang=en',
  'chart=survey-figure&organisation=ocmw&platform=social-media',
];

const iframe = (query: string, sandbox = SANDBOX) =>
  `<iframe sandbox="${sandbox}" src="${FRAME}?${query}" title="chart" style="display:block;width:100%;border:0;margin:0 0 24px"></iframe>`;

const iframes = (page: Page) => [...page.doc.querySelectorAll('iframe')];
const inner = (f: HTMLIFrameElement) => f.contentDocument!;
const chartIn = (f: HTMLIFrameElement) => inner(f).querySelector<HTMLElement>(TAGS.join(','));
const drawn = (f: HTMLIFrameElement) => !!chartIn(f)?.shadowRoot?.querySelector('svg .hit');
const title = (f: HTMLIFrameElement) => chartIn(f)?.shadowRoot?.querySelector('[part~="title"]')?.textContent ?? '';

/** How the frame's content fits it: its height, the frame's, and what would scroll or be cut off. */
function fit(f: HTMLIFrameElement) {
  const doc = inner(f);
  const root = doc.documentElement;
  const content = Math.ceil(root.getBoundingClientRect().height);
  const chart = chartIn(f)!.getBoundingClientRect();
  return {
    content,
    frame: f.clientHeight,
    scrolls: root.scrollHeight > root.clientHeight || root.scrollWidth > root.clientWidth,
    clipped: chart.bottom > f.clientHeight + 0.5 || chart.right > f.clientWidth + 0.5,
  };
}
const fits = (f: HTMLIFrameElement) => {
  const { content, frame, scrolls, clipped } = fit(f);
  return content > 100 && frame === content && !scrolls && !clipped;
};
const describeFit = (page: Page) =>
  iframes(page)
    .map((f) => `${new URL(f.src).search}: ${JSON.stringify(fit(f))}`)
    .join('\n');

/** Waits until `ok`; on a timeout, says what `explain` sees then (not when the wait began). */
async function until(ok: () => boolean, explain: () => string, timeout = 4000) {
  try {
    await waitUntil(ok, '', { timeout });
  } catch {
    throw new Error(explain());
  }
}

/** Scrolls each frame into view (charts draw near the viewport) and waits until it has drawn and fits. */
async function allFit(page: Page, ready = drawn) {
  for (const f of iframes(page)) {
    f.scrollIntoView();
    await waitUntil(() => f.contentDocument?.readyState == 'complete' && ready(f), `${f.src} did not draw`, {
      timeout: 6000,
    });
  }
  await frames(page.win, 3);
  await until(
    () => iframes(page).every(fits),
    () => `not every frame fits:\n${describeFit(page)}`,
  );
}

describe('dist/frame.html in sandboxed iframes, resized by dist/frame-resize.js', () => {
  let page: Page | undefined;
  before(() => setViewport({ width: 1100, height: 900 }));
  afterEach(() => page?.close());

  for (const width of [360, 1000]) {
    it(`at ${width} px, every frame is as tall as its chart after load, the language's part and a resize`, async () => {
      page = await openPage({
        width,
        height: 900,
        head: `<script src="${RESIZE}"></script>`,
        body: QUERIES.map((q) => iframe(q)).join(''),
      });
      page.frame.style.overflow = 'auto';
      // Every chart drawn, French and English ones after their part arrived: each frame is as tall as its content.
      await allFit(page);
      const t = iframes(page).map(title);
      expect(t[1]).to.match(/^Fire zones/);
      expect(t[2]).to.match(/administrations locales|zones de secours|Qui est/i);
      expect(chartIn(iframes(page)[2])!.closest('html')!.lang).to.equal('fr');
      const before = iframes(page).map((f) => f.clientHeight);

      // The host page resized: the charts lay out again and the frames follow.
      page.frame.style.width = `${width == 360 ? 1000 : 360}px`;
      await frames(page.win, 5);
      await allFit(page);
      const after = iframes(page).map((f) => f.clientHeight);
      expect(after, 'some frame changed height with the width').not.to.deep.equal(before);
      // Nothing the frames did was blocked by their page's Content-Security-Policy.
      for (const f of iframes(page)) {
        const report = new (f.contentWindow as Window & typeof globalThis).ReportingObserver(() => {}, {
          types: ['csp-violation'],
          buffered: true,
        });
        report.observe();
        const blocked = report
          .takeRecords()
          .map((r) => r.body as unknown as { effectiveDirective: string; sourceFile: string; documentURL: string })
          // Known, in the elements rather than the frame: platform-matrix's hatched cells (src/marks/cell.ts) and
          // survey-figure's big figure and quote set a style attribute, which a strict CSP blocks (the hatch and the
          // larger type are lost). Remove this line when they no longer do.
          .filter(
            (b) => !(b.effectiveDirective == 'style-src-attr' && /platform-matrix|survey-figure/.test(b.documentURL)),
          )
          .map((b) => `${b.effectiveDirective} ${b.sourceFile}`);
        expect(blocked, new URL(f.src).search).to.deep.equal([]);
      }
    });
  }

  it('a frame loaded before frame-resize.js is resized too (the script asks it again)', async () => {
    page = await openPage({ width: 600, body: iframe(QUERIES[0]) });
    const f = iframes(page)[0];
    await waitUntil(() => drawn(f), 'the chart did not draw', { timeout: 6000 });
    expect(f.clientHeight).to.equal(150);
    const s = page.doc.createElement('script');
    s.src = RESIZE;
    page.doc.head.append(s);
    await until(
      () => fits(f),
      () => `the frame did not fit: ${describeFit(page!)}`,
    );
  });

  it('posts its height as its own message and as AMP embed-size, also sandboxed without allow-same-origin', async () => {
    page = await openPage({ width: 600 });
    const got: unknown[] = [];
    page.win.addEventListener('message', (e) => got.push(e.data));
    page.doc.body.innerHTML = iframe('chart=adoption-chart&platform=twitter', 'allow-scripts');
    type Posted = { type?: string; sentinel?: string; height?: number; chart?: string };
    const last = (pred: (d: Posted) => boolean) => (got as Posted[]).filter(pred).at(-1);
    await waitUntil(
      () => (last((d) => d.type == 'lokale-besturen-charts:height')?.height ?? 0) > 300,
      `no height posted: ${JSON.stringify(got)}`,
      { timeout: 6000 },
    );
    const ours = last((d) => d.type == 'lokale-besturen-charts:height')!;
    expect(ours.chart).to.equal('adoption-chart');
    expect(last((d) => d.sentinel == 'amp' && d.type == 'embed-size')!.height).to.equal(ours.height);
  });

  it('the editor’s words come from the query as text, the source linked only to http(s), the frame’s title the heading', async () => {
    const words = new URLSearchParams({
      chart: 'adoption-chart',
      platform: 'instagram',
      heading: '<b>Instagram</b> wint terrein',
      description: 'Vooral de brandweer & de politie.',
      note: 'Noot: <i>twee</i> bevragingen.',
      byline: 'Grafiek: redactie',
      source: 'VVSG',
      'source-url': 'https://www.vvsg.be/?a=1&b=2',
    });
    const unsafe = new URLSearchParams({ chart: 'adoption-chart', source: 'X', 'source-url': 'javascript:alert(1)' });
    page = await openPage({ width: 700, body: iframe(words.toString()) + iframe(unsafe.toString()) });
    const [f, g] = iframes(page);
    await waitUntil(() => drawn(f), 'the chart did not draw', { timeout: 6000 });
    const part = (frame: HTMLIFrameElement, name: string) =>
      chartIn(frame)!.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement;
    expect(part(f, 'title').textContent).to.equal('<b>Instagram</b> wint terrein');
    expect(part(f, 'summary').textContent).to.match(/^Vooral de brandweer & de politie\. Hoeveel van de gemeenten/);
    expect(part(f, 'editor-note').textContent).to.equal('Noot: <i>twee</i> bevragingen.');
    expect(part(f, 'byline').textContent).to.equal('Grafiek: redactie');
    expect(part(f, 'source').querySelector('a')!.href).to.equal('https://www.vvsg.be/?a=1&b=2');
    expect(chartIn(f)!.shadowRoot!.querySelectorAll('b, i')).to.have.length(0);
    await waitUntil(() => inner(f).title == '<b>Instagram</b> wint terrein', `frame title: ${inner(f).title}`);
    g.scrollIntoView();
    await waitUntil(() => drawn(g), 'the second chart did not draw', { timeout: 6000 });
    expect(part(g, 'source').textContent).to.equal('Bron: X');
    expect(part(g, 'source').querySelector('a')).to.equal(null);
  });

  it('a bad query shows a message in the frame, in the language asked for', async () => {
    page = await openPage({
      width: 600,
      head: `<script src="${RESIZE}"></script>`,
      body: [
        'chart=pie-chart&lang=en',
        'chart=pie-chart&lang=fr',
        'lang=nl',
        'chart=adoption-chart&platform=myspace&lang=en',
        'chart=platform-matrix&year=2020',
        'chart=adoption-chart&platform=instagram&onclick=alert(1)&style=display:none',
      ]
        .map((q) => iframe(q))
        .join(''),
    });
    const fs = iframes(page);
    await waitUntil(() => fs.every((f) => f.contentDocument?.readyState == 'complete'), 'frames did not load');
    const said = (f: HTMLIFrameElement) => inner(f).querySelector('.frame-message')?.textContent ?? '';
    expect(said(fs[0])).to.equal(
      'Unknown chart "pie-chart" for chart. Valid values: adoption-chart, platform-growth, interaction-gap, video-adoption, platform-matrix, survey-figure.',
    );
    expect(said(fs[1])).to.match(/^Graphique inconnu « pie-chart »/);
    expect(said(fs[2])).to.match(/^Geen grafiek gekozen/);
    expect(inner(fs[0]).querySelector('[role="alert"]')).to.exist;
    // A value the element does not know: the element's own message (in English once its part has arrived).
    const error = (f: HTMLIFrameElement) => chartIn(f)?.shadowRoot?.querySelector('[part~="error"]')?.textContent ?? '';
    await waitUntil(() => /myspace/.test(error(fs[3])) && /Unknown value/.test(error(fs[3])), error(fs[3]));
    await waitUntil(() => /2020/.test(error(fs[4])), error(fs[4]));
    // Only the element's own attributes are taken from the query.
    const c = chartIn(fs[5])!;
    expect(c.getAttribute('platform')).to.equal('instagram');
    expect(c.hasAttribute('onclick')).to.equal(false);
    expect(c.hasAttribute('style')).to.equal(false);
    // The messages fit their frames as the charts do.
    for (const f of fs.slice(0, 5)) {
      f.scrollIntoView();
      await waitUntil(() => {
        const root = inner(f).documentElement;
        return (
          f.clientHeight == Math.ceil(root.getBoundingClientRect().height) && root.scrollHeight <= root.clientHeight
        );
      }, `${f.src} does not fit`);
    }
  });
});
