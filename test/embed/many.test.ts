import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { EMBED, charts, drawn, frames, openPage, type Page } from './page.js';

const TEXT =
  '<p>Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien. De OCMW’s maken de grootste sprong.</p>'.repeat(
    3,
  );

/**
 * How long each wait may take: open-wc's default of 1 s was too short for the 60 charts' first updates, taken in
 * turns, in WebKit on the loaded 2-core machine ("not every chart rendered"); the other embed suites wait 5 s.
 */
const WAIT = { timeout: 5000 };

/** A live blog with many charts, and an article that must not jump when its charts appear. */
describe('many charts, no layout shift', function () {
  // 60 charts rendered in turns, then drawn while the page scrolls: more than mocha's 10 s in WebKit on the loaded
  // machine, as the 60-chart cases of shift.test.ts (30 s there too).
  this.timeout(30000);
  let page: Page | undefined;
  before(() => setViewport({ width: 1000, height: 800 }));
  afterEach(() => page?.close());

  it('draws only the charts near the viewport of a page with 60; scrolling draws the others', async () => {
    const tags = [
      'adoption-chart platform="instagram"',
      'platform-growth organisation="ocmw"',
      'adoption-chart platform="twitter"',
    ];
    const body = Array.from({ length: 60 }, (_, i) => `${TEXT}<${tags[i % 3]}></${tags[i % 3].split(' ')[0]}>`).join(
      '',
    );
    page = await openPage({ head: `<script src="${EMBED}"></script>`, body, height: 700 });
    const all = charts(page.doc);
    expect(all).to.have.length(60);
    await waitUntil(() => drawn(all[0]), 'the first chart did not draw', WAIT);
    await frames(page.win, 5);
    const early = all.filter(drawn).length;
    // The first chart or two (in view, or within 400px of it), not 60.
    expect(early).to.be.within(1, 3);
    // Every chart has its title and summary (a sentence with the figures) before it is drawn: the charts take
    // turns, a few tasks for 60.
    await waitUntil(
      () => all.every((el) => el.shadowRoot!.querySelector('.summary')),
      'not every chart rendered',
      WAIT,
    );
    for (const el of all) expect(el.shadowRoot!.querySelector('.summary')!.textContent).to.match(/\d/);
    // Off-screen charts reserve room for their plot.
    expect((all[59].shadowRoot!.querySelector('.plot') as HTMLElement).offsetHeight).to.be.greaterThan(200);
    // Scrolling through the page draws each chart as it comes near.
    for (let y = 0; y < page.doc.documentElement.scrollHeight; y += 600) {
      page.win.scrollTo(0, y);
      await frames(page.win, 2);
    }
    page.win.scrollTo(0, page.doc.documentElement.scrollHeight);
    await waitUntil(
      () => all.every(drawn),
      `${all.filter((c) => !drawn(c)).length} charts not drawn after scrolling`,
      WAIT,
    );
    expect(page.log.errors).to.deep.equal([]);
  });

  for (const width of [360, 1000]) {
    it(`does not move the article while charts appear (${width}px)`, async () => {
      const body = `<h1>Onderzoek 2017</h1>${TEXT}<adoption-chart platform="instagram"><p>Fallback</p></adoption-chart>${TEXT}<platform-growth organisation="ocmw"></platform-growth>${TEXT}<adoption-chart platform="whatsapp" year="2017"></adoption-chart>${TEXT}`;
      page = await openPage({ head: `<script src="${EMBED}"></script>`, body, width, height: 700 });
      const [first, second, third] = charts(page.doc);
      await waitUntil(() => drawn(first), 'the first chart did not draw', WAIT);
      // The charts below have rendered their title, summary and reserved plot room (they may take turns, a task
      // or two later than the first): that is the height the article lays out with until they are drawn.
      await waitUntil(
        () => [second, third].every((el) => el.shadowRoot?.querySelector('.summary')),
        'the charts below did not render',
        WAIT,
      );
      const before = [second, third].map((el) => el.getBoundingClientRect().height);
      // Scroll down slowly, as a reader does: the charts below draw before they come into view.
      for (let y = 0; y < page.doc.documentElement.scrollHeight; y += 150) {
        page.win.scrollTo(0, y);
        await frames(page.win, 2);
      }
      await waitUntil(() => drawn(second) && drawn(third), 'the charts below did not draw', WAIT);
      const after = [second, third].map((el) => el.getBoundingClientRect().height);
      // The room reserved before drawing is close to the drawn height.
      before.forEach((h, i) =>
        expect(Math.abs(after[i] - h), `chart ${i + 2}: ${h} → ${after[i]}`).to.be.below(0.35 * after[i]),
      );
      await frames(page.win, 2);
      // Cumulative layout shift as the browser measures it ("good" is below 0.1).
      expect(page.log.cls).to.be.below(0.02);
      expect(page.log.errors).to.deep.equal([]);
    });
  }
});
