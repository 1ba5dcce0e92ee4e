import { expect } from '@open-wc/testing';
import { EMBED, openPage, type Page } from './page.js';

/**
 * While the page is still being parsed, a chart whose children the parser has not reached yet (an inline JSON
 * script may follow) lays out the bundled survey hidden, holding its room, until they are there (DataController's
 * `provisional`). Once any node follows the chart, the parser is past its children: the chart draws at once, also
 * when it is the last child of its container (it used to stay hidden until DOMContentLoaded, then render again).
 */
const RECORD = `<script>{
  const r = document.querySelector('adoption-chart').shadowRoot;
  window.__first = { loading: document.readyState == 'loading', hidden: !!r.querySelector('.provisional'), drawn: !!r.querySelector('svg .hit') };
}</script>`;

type Win = Page['win'] & { __first: { loading: boolean; hidden: boolean; drawn: boolean } };

describe('dist/embed.js while the page is parsed', () => {
  let page: Page | undefined;
  afterEach(() => page?.close());

  it('a chart that is the last child of its container draws at once when the script follows the container', async () => {
    page = await openPage({
      body: `<div><adoption-chart platform="instagram"></adoption-chart></div><script src="${EMBED}"></script>${RECORD}<p>Tekst.</p>`,
    });
    expect((page.win as Win).__first).to.deep.equal({ loading: true, hidden: false, drawn: true });
  });

  it('a chart whose children are not parsed yet holds its room, hidden, until they are', async () => {
    page = await openPage({
      head: `<script src="${EMBED}"></script>`,
      body: `<div><adoption-chart platform="instagram">${RECORD}</adoption-chart></div><p>Tekst.</p>`,
    });
    expect((page.win as Win).__first).to.include({ loading: true, hidden: true });
  });
});
