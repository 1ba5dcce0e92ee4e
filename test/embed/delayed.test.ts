/**
 * A slow network: the page is painted long before dist/embed.js arrives, so only the pasted snippet can hold a
 * chart's room. The snippet the README and the embed builder recommend carries the chart's static images as its
 * fallback, a `<picture>` with `width` and `height` per layout; with it, the article barely moves when the chart
 * replaces the picture. Without it, the article jumps: the second test shows that the measure sees it.
 * Layout shift is counted from navigation start, by the engine (Chromium) or the probe's own frame-by-frame
 * measure (every engine; test/embed/pages/probe.js). Needs the sample images (`node scripts/images.mjs --sample`,
 * which `npm test` runs).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { readFile, setViewport } from '@web/test-runner-commands';
import { ARTICLE_TEXT as TEXT, drawn, firstPaintOf, frames, openPage, scoreOf, shiftsOf, type Page } from './page.js';
import type { StaticImage as Entry } from '../helpers.js';

const DELAY = 1200;
/** The script, late; a new address each time, so that no page gets it from the cache. */
const script = () =>
  `<script src="/delay/${DELAY}/dist/embed.js?page=${Math.random().toString(36).slice(2)}"></script>`;

/** The snippet the embed builder writes for the chart: the element with its picture as fallback content. */
function snippet(narrow: Entry, wide: Entry) {
  const attrs = Object.entries(narrow.options)
    .map(([k, v]) => ` ${k}="${v}"`)
    .join('');
  return `<${narrow.tag}${attrs} lang="${narrow.lang}">
  <picture>
    <source media="(min-width: 720px)" srcset="/dist/static/${wide.file}" width="${wide.width}" height="${wide.height}">
    <img src="/dist/static/${narrow.file}" width="${narrow.width}" height="${narrow.height}" style="max-width: 100%; height: auto" alt="${narrow.alt.replace(/"/g, '&quot;')}">
  </picture>
</${narrow.tag}>`;
}

/** Every layout shift from navigation start that a reader could see. */
const shift = (page: Page) => scoreOf(shiftsOf(page));

/** Opens the article, waits until the script has come and the chart is drawn, and returns the page. */
async function article(chart: string, width: number) {
  await setViewport({ width: Math.max(width, 800), height: 800 });
  const page = await openPage({
    body: `<h1>Sociale media bij lokale besturen</h1>${TEXT}${chart}${TEXT.repeat(6)}${script()}`,
    width,
    height: 700,
  });
  const el = page.doc.querySelector('adoption-chart') as HTMLElement;
  await waitUntil(() => drawn(el), 'the chart did not draw after its script came', { timeout: DELAY + 6000 });
  await frames(page.win, 4);
  return page;
}

describe('a slow network: the page paints before dist/embed.js arrives', function () {
  this.timeout(20000);
  let entries: Entry[] = [];
  let page: Page | undefined;
  before(async () => {
    // Read from the disk: the test server would serve a .json file as a module.
    const index = await readFile({ path: '../../dist/static/index.json' });
    expect(index, 'the sample images exist (node scripts/images.mjs --sample)').to.be.a('string');
    entries = JSON.parse(index!);
  });
  afterEach(() => page?.close());

  const pair = () => {
    const of = (layout: string) =>
      entries.find(
        (e) =>
          e.tag == 'adoption-chart' && e.options.platform == 'social-media' && e.lang == 'nl' && e.layout == layout,
      )!;
    return [of('narrow'), of('wide')] as const;
  };

  for (const width of [360, 1000])
    it(`the recommended snippet holds the chart's room (${width}px)`, async () => {
      const [narrow, wide] = pair();
      expect(narrow && wide, 'index.json lists the chart').to.be.ok;
      page = await article(snippet(narrow, wide), width);
      // The picture was shown while the script was on its way: the page was painted before the chart existed.
      const firstPaint = firstPaintOf(page);
      if (firstPaint) expect(firstPaint).to.be.below(page.log.defined);
      expect(page.log.defined, 'the script came late').to.be.above(DELAY);
      const score = shift(page);
      console.log(`delayed script, picture fallback, ${width}px: ${score.toFixed(4)}`);
      // What moved and when, when the case fails (times from navigation start, as the definition's).
      const moved =
        score > 0.05 ? JSON.stringify({ defined: page.log.defined, firstPaint, shifts: shiftsOf(page) }) : '';
      expect(score, `layout shift from navigation start ${moved}`).to.be.at.most(0.05);
      expect(page.log.errors.join('\n')).to.equal('');
    });

  it('without a fallback that holds the room, the article jumps (the measure sees it)', async () => {
    page = await article('<adoption-chart platform="social-media" lang="nl"></adoption-chart>', 360);
    const score = shift(page);
    console.log(`delayed script, no fallback, 360px: ${score.toFixed(4)}`);
    expect(score).to.be.above(0.05);
  });
});
