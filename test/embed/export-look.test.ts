/**
 * The SVG download (and so the PNG and the static images drawn from it) looks like the chart without its
 * stylesheet: the halo round text over hatching is painted under the text, the soft end of an approximate bar keeps
 * its colours, and a title longer than a narrow chart is wide wraps instead of running off the image.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { EMBED, allDrawn, openPage, type Page } from './page.js';

describe('download: the SVG file as the chart looks', () => {
  let page: Page;
  const saved: Blob[] = [];
  before(async () => {
    await setViewport({ width: 1000, height: 800 });
    page = await openPage({
      head: `<script src="${EMBED}"></script>`,
      body: `<div style="width:360px"><platform-matrix id="matrix" year="2017" download="svg"></platform-matrix>
        <interaction-gap id="gap" download="svg"></interaction-gap>
        <adoption-chart id="long" platform="social-media" download="svg"></adoption-chart></div>`,
    });
    page.win.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      void fetch(this.href).then(async (r) => saved.push(await r.blob()));
    };
    await allDrawn(page.doc);
  });
  after(() => page.close());

  const svgOf = async (id: string) => {
    const n = saved.length;
    (page.doc.getElementById(id)!.shadowRoot!.querySelector('button[part="download"]') as HTMLButtonElement).click();
    await waitUntil(() => saved.length > n, 'nothing was downloaded', { timeout: 4000 });
    return new DOMParser().parseFromString(await saved[saved.length - 1].text(), 'image/svg+xml');
  };

  it('paints the halo of text over hatching under the text (platform-matrix)', async () => {
    const doc = await svgOf('matrix');
    const silent = [...doc.querySelectorAll('.silent text')];
    expect(silent.length, 'cells the article is silent about').to.be.greaterThan(0);
    for (const t of silent) expect(t.closest('[paint-order]')?.getAttribute('paint-order')).to.contain('stroke');
  });

  it('keeps the colours of the soft end of an approximate bar (interaction-gap)', async () => {
    const doc = await svgOf('gap');
    const stops = [...doc.querySelectorAll('stop')];
    expect(stops.length).to.be.greaterThan(0);
    for (const s of stops) expect(s.getAttribute('stop-color')).to.be.a('string').and.not.equal('rgb(0, 0, 0)');
  });

  it('wraps a title longer than the chart is wide', async () => {
    const doc = await svgOf('long');
    const width = Number(doc.documentElement.getAttribute('width'));
    const bold = [...doc.querySelectorAll('text[font-weight="700"]')];
    expect(bold.length, 'title lines').to.be.greaterThan(1);
    for (const t of bold) expect(t.textContent!.length * 8.5, t.textContent!).to.be.at.most(width);
  });
});
