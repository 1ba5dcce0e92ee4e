import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { EMBED, TAGS, allDrawn, charts, openPage, type Page } from './page.js';

/** How editors paste the built dist/embed.js into CMS pages: each case is a fresh page in an iframe. */
describe('pasting dist/embed.js', () => {
  let page: Page | undefined;
  before(() => setViewport({ width: 1000, height: 800 }));
  afterEach(() => page?.close());

  const CHARTS =
    '<adoption-chart platform="instagram"><p>Instagram: 40% → 57%</p></adoption-chart><platform-growth organisation="fire"></platform-growth>';
  const cases: Record<string, { head?: string; body: string }> = {
    'classic script in the head, elements after': { head: `<script src="${EMBED}"></script>`, body: CHARTS },
    'classic script after the elements': { body: `${CHARTS}<script src="${EMBED}"></script>` },
    'defer in the head': { head: `<script defer src="${EMBED}"></script>`, body: CHARTS },
    'async in the head': { head: `<script async src="${EMBED}"></script>`, body: CHARTS },
    'type="module"': { head: `<script type="module" src="${EMBED}"></script>`, body: CHARTS },
    'twice: head and end of body': {
      head: `<script src="${EMBED}"></script>`,
      body: `${CHARTS}<script src="${EMBED}?2"></script>`,
    },
    'twice: classic and module': {
      head: `<script type="module" src="${EMBED}?m"></script>`,
      body: `${CHARTS}<script src="${EMBED}"></script>`,
    },
    'twice: async and defer, two pasted blocks': {
      body: `<script async src="${EMBED}"></script>${CHARTS}<p>Tekst</p><script defer src="${EMBED}?b"></script><adoption-chart platform="twitter"></adoption-chart>`,
    },
  };
  for (const [name, c] of Object.entries(cases)) {
    it(`${name}: every chart renders once, no console errors or warnings`, async () => {
      page = await openPage(c);
      await allDrawn(page.doc);
      for (const el of charts(page.doc)) {
        expect(el.shadowRoot!.querySelectorAll('figure'), el.localName).to.have.length(1);
        expect(el.shadowRoot!.querySelectorAll('svg[role]'), el.localName).to.have.length(1);
      }
      // A chart added later (a live blog) renders too.
      const late = page.doc.createElement('adoption-chart');
      page.doc.body.prepend(late);
      await allDrawn(page.doc);
      expect(page.log.errors).to.deep.equal([]);
      expect(page.log.warnings).to.deep.equal([]);
    });
  }

  it('has no eval or new Function in the built script (strict CSP)', async () => {
    const code = await (await fetch(EMBED)).text();
    expect(code).to.not.match(/\beval\s*\(|\bFunction\s*\(|setTimeout\(\s*["'`]/);
  });

  // Six elements, their parts and data from src in one frame. It failed now and then (a chart "did not draw"): the
  // test scrolled once to each chart, and charts above it grew as they drew for the first time or got their English
  // or French words, pushing it out of view: it was never near the viewport. allDrawn now scrolls again, as a reader
  // would, and charts that wait for their words hold the room they will have.
  it('works under a strict CSP (no unsafe-inline, no unsafe-eval) without violations', async function () {
    this.timeout(20000);
    page = await openPage({ url: '/test/embed/pages/csp.html' });
    await allDrawn(page.doc, TAGS, 8000);
    // The tooltip is positioned through CSSOM (allowed), not an inline style attribute (blocked).
    const el = charts(page.doc)[0];
    (el.shadowRoot!.querySelector('.hit') as SVGElement).focus();
    await waitUntil(() => el.shadowRoot!.querySelector('.tooltip'));
    const tip = el.shadowRoot!.querySelector('.tooltip') as HTMLElement;
    expect(page.win.getComputedStyle(tip).position).to.equal('absolute');
    expect(tip.style.left).to.match(/%$/);
    // Data from src (connect-src 'self') and from an inline JSON script (not executed, so not blocked).
    const data = page.doc.querySelector('#from-src')!;
    await waitUntil(() => data.shadowRoot?.querySelector('svg .hit'));
    expect(page.log.violations).to.deep.equal([]);
    expect(page.log.errors).to.deep.equal([]);
  });

  it('isolates the chart from hostile page CSS, and never styles the page', async () => {
    const hostile = `<style>
      svg { width: 16px !important; height: 16px !important; }
      table { display: none !important; }
      text { font-size: 30px !important; fill: red !important; }
      * { box-sizing: content-box !important; }
      button { all: unset !important; }
      p { margin: 5em !important; color: red; }
      figure { margin: 4em !important; }
      circle, line, rect { stroke-width: 12px !important; fill: red !important; }
      body { font-family: Georgia, serif; line-height: 3; letter-spacing: 0.3em; text-transform: uppercase; text-align: justify; font-style: italic; }
    </style>`;
    page = await openPage({
      head: hostile,
      body: `<p id="own">Tekst van de pagina</p><button id="own-button">Knop</button><svg id="own-svg"><text>x</text></svg>
        <div style="width:600px"><adoption-chart platform="instagram"><p>Fallback</p></adoption-chart></div>`,
    });
    const cs = (el: Element) => page!.win.getComputedStyle(el);
    const own = ['#own', '#own-button', '#own-svg'].map((s) => page!.doc.querySelector(s)!);
    const props = [
      'margin',
      'color',
      'font-size',
      'font-family',
      'width',
      'height',
      'display',
      'border',
      'padding',
      'box-sizing',
      'line-height',
    ];
    const snapshot = () => own.map((el) => props.map((p) => cs(el).getPropertyValue(p)).join('|'));
    const before = snapshot();
    const s = page.doc.createElement('script');
    s.src = EMBED;
    page.doc.head.append(s);
    await allDrawn(page.doc);
    // The page looks the same after the script ran.
    expect(snapshot()).to.deep.equal(before);
    const el = charts(page.doc)[0];
    const $ = (sel: string) => el.shadowRoot!.querySelector(sel)!;
    expect($('svg').getBoundingClientRect().width).to.be.closeTo(600, 1);
    expect(cs($('svg text')).fontSize).to.equal('13px');
    expect(cs($('svg text')).fill).to.not.equal('rgb(255, 0, 0)');
    expect(cs($('svg .dot')).strokeWidth).to.equal('2px');
    expect(cs($('table')).display).to.equal('table');
    expect(cs($('figure')).marginTop).to.equal('0px');
    expect(cs($('button')).borderTopStyle).to.equal('solid');
    expect(cs($('.title')).marginTop).to.equal('0px');
    // The page's inherited text styles stop at the chart, except its font family.
    expect(cs($('.summary')).textTransform).to.equal('none');
    expect(cs($('.summary')).letterSpacing).to.equal('normal');
    expect(cs($('.summary')).fontStyle).to.equal('normal');
    expect(cs($('.summary')).fontFamily).to.equal('Georgia, serif');
    expect(cs($('svg text')).fontFamily).to.equal('Georgia, serif');
    expect(page.log.errors).to.deep.equal([]);
  });

  it('shows the editor’s fallback where scripts do not run, and the chart where they do', async () => {
    const body = `<adoption-chart platform="instagram"><p id="fb">Instagram bij brandweerzones: van 40% (2016) naar 57% (2017).</p></adoption-chart>`;
    page = await openPage({ body });
    const fb = page.doc.getElementById('fb')!;
    expect(fb.offsetHeight).to.be.greaterThan(0);
    expect(fb.textContent).to.contain('57%');
    page.close();
    page = await openPage({ head: `<script src="${EMBED}"></script>`, body });
    await allDrawn(page.doc);
    expect(page.doc.getElementById('fb')!.offsetHeight).to.equal(0);
  });
});
