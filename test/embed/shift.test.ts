import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import {
  ARTICLE_TEXT as TEXT,
  EMBED,
  drawn,
  firstPaintOf,
  frames,
  layoutShiftApi,
  openPage,
  scoreOf,
  shiftsOf,
  type Page,
} from './page.js';

const ALL = 'adoption-chart, platform-growth, interaction-gap, video-adoption, platform-matrix, survey-figure';
/** The six elements as an article has them, each with the sentence a reader gets where scripts do not run. */
const SIX: [string, string][] = [
  ['adoption-chart platform="instagram"', 'Instagram bij lokale besturen: brandweerzones van 40% naar 57%.'],
  ['platform-growth organisation="ocmw"', 'OCMW’s op sociale media, 2016–2017.'],
  ['interaction-gap', 'Interactie met inwoners: wat besturen willen en wat ze doen.'],
  ['video-adoption', 'Gemeenten en video, 2017.'],
  ['platform-matrix', 'Welke besturen op welk platform zitten, 2017.'],
  ['survey-figure organisation="ocmw" platform="social-media"', 'OCMW’s op sociale media: 45% → 67%.'],
];
const tagOf = (s: string) => s.split(' ')[0];

type Where = 'head' | 'before' | 'end';

/** An article of `count` charts (the six in turn), with the embed script where a CMS template puts it. */
function article(count: number, where: Where, fallback: boolean) {
  const script = `<script src="${EMBED}"></script>`;
  const charts = Array.from({ length: count }, (_, i) => {
    const [open, words] = SIX[i % SIX.length];
    return `${TEXT}<${open}>${fallback ? `<p>${words}</p>` : ''}</${tagOf(open)}>`;
  });
  return {
    head: where == 'head' ? script : '',
    body: `<h1>Sociale media bij lokale besturen</h1>${TEXT}${where == 'before' ? script : ''}${charts.join('')}${TEXT}${where == 'end' ? script : ''}`,
  };
}

/**
 * The page's layout shifts from navigation start, and those from the moment the charts were defined: the engine's
 * own (Chromium) or the probe's frame-by-frame measure (every engine; test/embed/pages/probe.js).
 */
const scores = (page: Page, measure: 'api' | 'frames' = layoutShiftApi() ? 'api' : 'frames') => {
  const firstPaint = firstPaintOf(page);
  const list = shiftsOf(page, measure);
  const after = list.filter((e) => e.time >= page.log.defined);
  // Painted before the script ran (Firefox does so even for a fast script at the end of the body): the first frame
  // after the definition replaces what the page showed without the script, which only the pasted snippet can keep
  // the room of (a fallback with the chart's size: test/embed/delayed.test.ts). That frame's shift is the arrival.
  const paintedBefore = firstPaint > 0 && firstPaint < page.log.defined;
  const arrival = paintedBefore && after.length ? after.filter((e) => e.time == after[0].time) : [];
  return {
    all: scoreOf(list),
    defined: scoreOf(after),
    paintedBefore,
    arrival: scoreOf(arrival),
    settled: scoreOf(after) - scoreOf(arrival),
  };
};

/**
 * Read as a reader reads: the charts near the top draw, then the page scrolls down slowly, drawing the others as they
 * come near, and back to the top. Every layout shift from navigation start is counted (the page's probe registers
 * its PerformanceObserver, buffered, before any script).
 */
async function read(page: Page) {
  const all = [...page.doc.querySelectorAll(ALL)] as HTMLElement[];
  const top = all.filter((el) => el.getBoundingClientRect().top < page.win.innerHeight);
  await waitUntil(() => top.every(drawn), 'the charts on screen did not draw', { timeout: 5000 });
  await frames(page.win, 3);
  for (let y = 0; y < page.doc.documentElement.scrollHeight; y += 300) {
    page.win.scrollTo(0, y);
    await frames(page.win, 2);
  }
  page.win.scrollTo(0, page.doc.documentElement.scrollHeight);
  await waitUntil(() => all.every(drawn), `${all.filter((c) => !drawn(c)).length} charts not drawn`, {
    timeout: 8000,
  });
  page.win.scrollTo(0, 0);
  await frames(page.win, 3);
}

/** A page whose article jumps: a block grows 300px once the page has been painted (see below). */
const JUMP = { body: `<h1>Sociale media</h1>${TEXT}<div id="late"></div>${TEXT.repeat(8)}` };

describe('the layout-shift measure', function () {
  this.timeout(10000);
  it('sees an article that jumps, in every engine (the probe) and in Chromium (the engine too)', async () => {
    const page = await openPage({ ...JUMP, width: 360, height: 700 });
    try {
      // The jump comes after the first painted frame, which both measures count from (a shift before it is never
      // seen). With the page's own timer, 0.2 s after the parser reached it, the probe counted 0 in 1 of 11 loaded
      // Firefox runs, most likely because the timer fired before that frame (nothing the probe had seen moved). An
      // engine without paint entries counts from navigation start (firstPaintOf is 0).
      await waitUntil(() => firstPaintOf(page) > 0, 'no paint entry', { timeout: 2000 }).catch(() => {});
      await frames(page.win, 3);
      (page.doc.getElementById('late') as HTMLElement).style.height = '300px';
      await frames(page.win, 3);
      const frames_ = scores(page, 'frames').all;
      expect(frames_, 'the probe, frame by frame').to.be.above(0.1);
      if (layoutShiftApi()) {
        const api = scores(page, 'api').all;
        expect(api, 'the engine').to.be.above(0.1);
        // The same jump, scored within a factor of two.
        expect(frames_ / api).to.be.within(0.5, 2);
      }
    } finally {
      page.close();
    }
  });
});

/** Layout shift measured from navigation start, as a reader's browser (and Google's CLS) counts it. */
describe('no layout shift, measured from navigation start', function () {
  this.timeout(30000);
  let page: Page | undefined;
  afterEach(() => page?.close());
  const seen: string[] = [];
  after(() => console.log(`layout shift (all / after definition):\n${seen.join('\n')}`));

  for (const count of [1, 6, 60])
    for (const where of ['head', 'before', 'end'] as const)
      for (const width of [360, 1000])
        for (const fallback of [false, true])
          it(`${count} chart${count > 1 ? 's' : ''}, script ${where}, ${width}px, ${fallback ? 'with' : 'without'} fallback`, async () => {
            await setViewport({ width: Math.max(width, 800), height: 800 });
            page = await openPage({ ...article(count, where, fallback), width, height: 700 });
            await read(page);
            const { all, defined, paintedBefore, arrival, settled } = scores(page);
            // What moved, when a case fails.
            if (settled > 0.01) seen.push(JSON.stringify(layoutShiftApi() ? page.log.shifts : page.log.frameShifts));
            seen.push(
              `${count} ${where} ${width} ${fallback ? 'fallback' : 'empty'}: ${all.toFixed(4)} / ${defined.toFixed(4)}` +
                (paintedBefore ? ` (painted before the script ran; arrival ${arrival.toFixed(4)})` : ''),
            );
            expect(page.log.defined, 'the charts were defined').to.be.above(0);
            if (paintedBefore) expect(settled, 'after the charts arrived').to.be.at.most(0.01);
            else expect(defined, 'from the moment the charts were defined').to.be.at.most(0.01);
            // In Chromium the engine's own entries are the measure. The probe's, which Firefox and WebKit rely on, is
            // checked against them on a page that jumps (above); here it is not asserted: while the test scrolls, a
            // chart drawn above the viewport moves the article in the document and Chromium's scroll anchoring moves
            // the view with it, which the engine does not count and the probe, in document coordinates, does (0.014
            // in about 1 of 5 loaded runs of the 60-chart page).
            // Firefox reports on the page that a ResizeObserver delivered the scroll bar's width change a frame
            // late ("ResizeObserver loop completed with undelivered notifications"); nothing is lost, and taking the
            // width a frame late instead moves the article.
            const errors = page.log.errors.filter((e) => !e.startsWith('ResizeObserver loop'));
            expect(errors.join('\n')).to.equal('');
          });
});

/**
 * Charts that wait for something after they are defined: the English or French words (a part fetched on first use)
 * or editor data from `src`. They hold the room of the chart they will draw from their first render, so the article
 * does not move when what they wait for arrives.
 */
describe('no layout shift while a chart waits for its language or its data', function () {
  this.timeout(30000);
  let page: Page | undefined;
  afterEach(() => page?.close());
  const seen: string[] = [];
  after(() => console.log(`layout shift, waiting (all / after definition):\n${seen.join('\n')}`));

  // The survey's own file, as a newsroom hosts it to update its figures: editor data of the survey's shape.
  const SRC = '/raw/data/survey-2017.json';
  const pages: Record<string, (where: Where) => { head: string; body: string; lang?: string }> = {
    English: (where) => ({ ...article(6, where, false), lang: 'en' }),
    French: (where) => ({ ...article(6, where, false), lang: 'fr' }),
    'data from src': (where) => {
      const script = `<script src="${EMBED}"></script>`;
      const charts = ['instagram', 'twitter', 'facebook']
        .map((p) => `${TEXT}<adoption-chart platform="${p}" src="${SRC}?${p}"></adoption-chart>`)
        .join('');
      return {
        head: where == 'head' ? script : '',
        body: `<h1>Brandweerzones</h1>${TEXT}${charts}${TEXT}${where == 'end' ? script : ''}`,
      };
    },
  };
  for (const [name, make] of Object.entries(pages))
    for (const where of ['head', 'end'] as const)
      for (const width of [360, 1000])
        it(`${name}, script ${where}, ${width}px`, async () => {
          await setViewport({ width: Math.max(width, 800), height: 800 });
          page = await openPage({ ...make(where), width, height: 700 });
          await read(page);
          const { all, defined, paintedBefore, settled } = scores(page);
          if (settled > 0.01) seen.push(JSON.stringify(layoutShiftApi() ? page.log.shifts : page.log.frameShifts));
          seen.push(`${name} ${where} ${width}: ${all.toFixed(4)} / ${defined.toFixed(4)}`);
          // The room held for English or French is that of the Dutch words, hidden: when those come after the first
          // paint, a title or summary a line shorter or longer moves what follows (0.003 seen, at 1000px); the
          // loading box this replaced moved the article by 0.03-0.07.
          if (paintedBefore) expect(settled, 'after the charts arrived').to.be.at.most(0.01);
          else expect(defined, 'from the moment the charts were defined').to.be.at.most(0.01);
          const errors = page.log.errors.filter((e) => !e.startsWith('ResizeObserver loop'));
          expect(errors.join('\n')).to.equal('');
        });
});
