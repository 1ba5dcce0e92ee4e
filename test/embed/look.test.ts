import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import { EMBED, allDrawn, charts, drawn, frames, openPage, type Page } from './page.js';

const LIGHT_TEXT = 'rgb(31, 35, 40)';
const DARK_TEXT = 'rgb(230, 237, 243)';
const BLUE_LIGHT = 'rgb(9, 105, 218)';
const BLUE_DARK = 'rgb(68, 147, 248)';

/** Themes, printing, forced colours, web fonts and languages, on pages that load the built dist/embed.js. */
describe('the page’s look: themes, print, fonts, language', () => {
  let page: Page | undefined;
  before(() => setViewport({ width: 1000, height: 800 }));
  afterEach(async () => {
    page?.close();
    await emulateMedia({ colorScheme: 'light', media: 'screen' });
  });

  const open = async (body = '<adoption-chart platform="instagram"></adoption-chart>', head = '', lang = 'nl') => {
    page = await openPage({ head: `${head}<script src="${EMBED}"></script>`, body, lang });
    await allDrawn(page.doc);
    return charts(page.doc)[0];
  };
  const color = (el: Element, sel: string, prop: 'color' | 'fill' | 'stroke' = 'color') =>
    page!.win.getComputedStyle(el.shadowRoot!.querySelector(sel)!)[prop];
  const settle = async (el: Element) => {
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await frames(page!.win, 2);
  };

  it('follows the reader’s system (auto): light, then dark', async () => {
    const el = await open();
    expect(color(el, '.title')).to.equal(LIGHT_TEXT);
    expect(color(el, '.dot.y2017', 'fill')).to.equal(BLUE_LIGHT);
    await emulateMedia({ colorScheme: 'dark' });
    await settle(el);
    expect(color(el, '.title')).to.equal(DARK_TEXT);
    expect(color(el, '.dot.y2017', 'fill')).to.equal(BLUE_DARK);
  });

  it('theme="light" and theme="dark" pin a theme whatever the system says', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await open(
      '<adoption-chart theme="light"></adoption-chart><adoption-chart theme="dark"></adoption-chart>',
    );
    expect(color(el, '.title')).to.equal(LIGHT_TEXT);
    expect(color(charts(page!.doc)[1], '.title')).to.equal(DARK_TEXT);
  });

  it('follows the page’s own theme: data-theme or a class on <html>, or its color-scheme', async () => {
    const el = await open();
    const root = page!.doc.documentElement;
    root.dataset.theme = 'dark';
    await settle(el);
    expect(color(el, '.title'), 'data-theme="dark"').to.equal(DARK_TEXT);
    root.removeAttribute('data-theme');
    root.classList.add('dark');
    await settle(el);
    expect(color(el, '.title'), 'class="dark"').to.equal(DARK_TEXT);
    root.classList.remove('dark');
    await settle(el);
    expect(color(el, '.title'), 'no theme').to.equal(LIGHT_TEXT);
    root.style.colorScheme = 'dark';
    await settle(el);
    expect(color(el, '.title'), ':root { color-scheme: dark }').to.equal(DARK_TEXT);
    // The page says light while the system is dark: the page wins.
    root.style.colorScheme = '';
    root.dataset.theme = 'light';
    await emulateMedia({ colorScheme: 'dark' });
    await settle(el);
    expect(color(el, '.title'), 'data-theme="light", system dark').to.equal(LIGHT_TEXT);
    // An explicit theme attribute wins over the page.
    el.setAttribute('theme', 'dark');
    await settle(el);
    expect(color(el, '.title'), 'theme="dark" on a light page').to.equal(DARK_TEXT);
  });

  it('takes --chart-* custom properties and ::part styles from the page', async () => {
    const el = await open(
      '<adoption-chart></adoption-chart>',
      `<style>adoption-chart { --chart-color-2017: rgb(1, 2, 3); --chart-font-size: 16px; } adoption-chart::part(title) { color: rgb(4, 5, 6); }</style>`,
    );
    expect(color(el, '.dot.y2017', 'fill')).to.equal('rgb(1, 2, 3)');
    expect(color(el, '.title')).to.equal('rgb(4, 5, 6)');
    expect(page!.win.getComputedStyle(el.shadowRoot!.querySelector('svg text')!).fontSize).to.equal('16px');
  });

  it('prints in black and grey, marks keep their shapes, no tooltip or buttons; printing draws every chart', async () => {
    const el = await open(
      `<adoption-chart theme="dark" platform="instagram"></adoption-chart>${'<p>Tekst</p>'.repeat(80)}<platform-growth></platform-growth>`,
    );
    const last = charts(page!.doc)[1];
    page!.win.scrollTo(0, 0);
    (el.shadowRoot!.querySelector('.hit') as SVGElement).focus();
    await waitUntil(() => el.shadowRoot!.querySelector('.tooltip'));
    await emulateMedia({ media: 'print', colorScheme: 'dark' });
    await settle(el);
    expect(color(el, '.title')).to.equal('rgb(0, 0, 0)');
    expect(color(el, '.dot.exact.y2017', 'fill')).to.equal('rgb(0, 0, 0)');
    expect(color(el, '.dot.exact.y2016', 'fill')).to.equal('rgb(136, 136, 136)');
    // Open (approximate) and dashed (negligible) marks stay open and dashed.
    expect(color(el, '.dot.about', 'fill')).to.equal('rgb(255, 255, 255)');
    expect(page!.win.getComputedStyle(el.shadowRoot!.querySelector('.dot.negligible')!).strokeDasharray).to.not.equal(
      'none',
    );
    for (const sel of ['.tooltip', 'button'])
      expect(page!.win.getComputedStyle(el.shadowRoot!.querySelector(sel)!).display, sel).to.equal('none');
    // The browser fires beforeprint: charts still off screen draw, so the printout has them all.
    page!.win.dispatchEvent(new Event('beforeprint'));
    await waitUntil(() => drawn(last), 'an off-screen chart was not drawn for printing');
  });

  it('uses system colours in forced-colors mode', async () => {
    await executeServerCommand('media-features', [{ name: 'forced-colors', value: 'active' }]);
    try {
      const el = await open('<adoption-chart theme="dark"></adoption-chart><span id="probe"></span>');
      const probe = page!.doc.getElementById('probe')!;
      const system = (c: string) => {
        probe.style.color = c;
        return page!.win.getComputedStyle(probe).color;
      };
      expect(color(el, '.title')).to.equal(system('CanvasText'));
      expect(color(el, '.dot.exact.y2017', 'fill')).to.equal(system('CanvasText'));
      expect(color(el, '.dot.exact.y2016', 'fill')).to.equal(system('GrayText'));
      expect(color(el, 'svg text.name', 'fill')).to.equal(system('CanvasText'));
    } finally {
      await executeServerCommand('media-features', []);
    }
  });

  it('measures its labels again when a web font arrives', async () => {
    const el = await open(
      '<adoption-chart platform="instagram"></adoption-chart>',
      '<style>body { font-family: "Late Font", monospace; }</style>',
    );
    const positions = (c: Element) =>
      [...c.shadowRoot!.querySelectorAll('svg text')].map((t) => `${t.getAttribute('x')},${t.textContent}`).join(' ');
    const first = positions(el);
    const face = new page!.win.FontFace(
      'Late Font',
      'url(/node_modules/storybook/assets/browser/nunito-sans-bold.woff2)',
    );
    page!.doc.fonts.add(face);
    await face.load();
    await page!.doc.fonts.ready;
    await settle(el);
    await waitUntil(() => positions(el) !== first, 'the chart did not lay out again after the font loaded');
    // The same as a chart drawn with the font already there.
    const fresh = page!.doc.createElement('adoption-chart');
    page!.doc.body.prepend(fresh);
    await waitUntil(() => drawn(fresh));
    expect(positions(el)).to.equal(positions(fresh));
  });

  it('speaks French from the nearest lang (fr-BE), with French percentages', async () => {
    const el = await open(
      '<div lang="fr-BE"><adoption-chart platform="instagram"></adoption-chart></div><adoption-chart lang="en"></adoption-chart>',
    );
    const nb = (s: string) => s.replace(/[\u202F\u00A0]/g, ' ');
    const texts = [...el.shadowRoot!.querySelectorAll('svg text')].map((t) => nb(t.textContent!));
    expect(texts).to.include.members(['40 % (n = 5)', '57 % (n ≤ 20)']);
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal('Instagram chez les répondants, 2016–2017');
    expect(nb(el.shadowRoot!.querySelector('.summary')!.textContent!))
      .to.contain('zones de secours de 40 % (n = 5) à 57 % (au plus 20 zones de secours)')
      .and.contain('communes d’environ 2 sur 5');
    expect(el.shadowRoot!.querySelector('button')!.textContent).to.equal('Afficher le tableau');
    const en = charts(page!.doc)[1];
    expect([...en.shadowRoot!.querySelectorAll('svg text')].map((t) => nb(t.textContent!))).to.include.members([
      '40% (n = 5)',
      '57% (n ≤ 20)',
    ]);
    // The reader's language changes on the page: the chart follows.
    el.parentElement!.setAttribute('lang', 'nl');
    await settle(el);
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal('Instagram bij de respondenten, 2016–2017');
  });
});
