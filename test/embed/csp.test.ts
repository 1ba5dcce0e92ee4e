import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { allDrawn, openPage, type Page } from './page.js';

const ALL = 'adoption-chart, platform-growth, interaction-gap, video-adoption, platform-matrix, survey-figure';

/**
 * Every element under a strict CSP (`default-src 'self'; script-src 'self'; style-src 'self'`: no inline script or
 * style, no eval), in Dutch, English and French, with editor data from `src` and inline, and their downloads. The
 * page's probe counts `securitypolicyviolation` events: a style attribute in a template, an inline script or a
 * blocked fetch would show there.
 */
describe('strict CSP, all six elements', () => {
  let page: Page;
  before(async () => {
    await setViewport({ width: 1000, height: 800 });
    page = await openPage({ url: '/test/embed/pages/csp.html', width: 1000, height: 800 });
  });
  after(() => page.close());

  it('draws every element, in every language, without a violation', async () => {
    await allDrawn(page.doc, ALL, 8000);
    const langs = [...page.doc.querySelectorAll(ALL)].map((el) => el.shadowRoot!.querySelector('figure')!.lang);
    expect(new Set(langs)).to.deep.equal(new Set(['nl', 'en', 'fr']));
    // The English and French parts were fetched and used (a chart without its part is drawn in Dutch, lang="nl").
    expect(page.doc.querySelector('interaction-gap')!.shadowRoot!.querySelector('figure')!.lang).to.equal('fr');
    expect(page.doc.querySelector('platform-growth')!.shadowRoot!.querySelector('figure')!.lang).to.equal('en');
    expect(page.doc.querySelector('#from-src')!.shadowRoot!.querySelector('.message')).to.equal(null);
    // The hatching and the headline sizes are attributes (a style attribute would be refused).
    expect(page.doc.querySelector('[style]')).to.equal(null);
    for (const el of page.doc.querySelectorAll(ALL))
      expect(el.shadowRoot!.querySelector('[style]:not(.tooltip)'), el.localName).to.equal(null);
    expect(page.log.violations).to.deep.equal([]);
    expect(page.log.errors).to.deep.equal([]);
    expect(page.log.warnings).to.deep.equal([]);
  });

  it('shows a tooltip, positioned through CSSOM (allowed), without a violation', async () => {
    for (const el of page.doc.querySelectorAll(ALL)) {
      el.scrollIntoView();
      (el.shadowRoot!.querySelector('.hit') as SVGElement).focus();
      await waitUntil(() => el.shadowRoot!.querySelector('.tooltip'), `${el.localName}: no tooltip`);
      const tip = el.shadowRoot!.querySelector('.tooltip') as HTMLElement;
      expect(page.win.getComputedStyle(tip).position).to.equal('absolute');
    }
    expect(page.log.violations).to.deep.equal([]);
  });

  it('downloads CSV, SVG and PNG files without a violation', async () => {
    const saved: string[] = [];
    // Catch the downloads: the chart clicks a link to a blob URL.
    page.win.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push(this.download);
    };
    const buttons = [...page.doc.querySelectorAll(ALL)].flatMap(
      (el) => [...el.shadowRoot!.querySelectorAll('button[part="download"]')] as HTMLButtonElement[],
    );
    // Seven charts with the three formats: one of each element (Dutch, English and French) and the src data.
    expect(buttons.length).to.equal(21);
    for (const b of buttons) {
      const n = saved.length;
      b.click();
      await waitUntil(() => saved.length > n, `${b.textContent}: nothing was downloaded`, { timeout: 4000 });
    }
    expect(saved.filter((n) => n.endsWith('.png'))).to.have.length(7);
    expect(page.log.violations).to.deep.equal([]);
    expect(page.log.errors).to.deep.equal([]);
  });
});
