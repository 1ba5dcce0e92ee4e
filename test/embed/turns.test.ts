import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { TAGS } from '../../src/tags.js';
import { EMBED, charts, drawn, frames, openPage, type Page } from './page.js';

type Win = Page['win'] & { customElements: CustomElementRegistry; MessageChannel: typeof MessageChannel };

/**
 * Charts take turns on the main thread (PageController's `turn`): after 8 ms of chart updates in a task, the next
 * chart waits for a new task, so a page with 60 charts never runs them all in one long task. No timings here: the
 * page's clock is replaced by one that moves 1 ms each time it is read, so the budget is spent after a fixed
 * number of updates, whatever the machine.
 */
describe('60 charts share the main thread', () => {
  let page: Page | undefined;
  before(() => setViewport({ width: 1000, height: 800 }));
  afterEach(() => page?.close());

  /** A page with the embed script; counts the chart updates of each task (a microtask after the first ends it). */
  async function open() {
    page = await openPage({ head: `<script src="${EMBED}"></script>`, height: 700 });
    const win = page.win as Win;
    let clock = 0;
    win.performance.now = () => ++clock;
    const perTask: number[] = [];
    let inTask = false;
    const proto = win.customElements.get('adoption-chart')!.prototype as { updated(...a: unknown[]): void };
    const updated = proto.updated;
    proto.updated = function (...a: unknown[]) {
      if (!inTask) {
        inTask = true;
        perTask.push(0);
        win.queueMicrotask(() => (inTask = false));
      }
      perTask[perTask.length - 1]++;
      updated.apply(this, a);
    };
    return perTask;
  }

  const add = (n: number) =>
    page!.doc.body.insertAdjacentHTML(
      'beforeend',
      // Charts between paragraphs, as in an article: a chart in the first screen renders before the first paint,
      // without waiting for its turn (PageController's turn), so only the first two or three go first.
      `${'<p>Tekst van het artikel, een alinea lang.</p>'.repeat(6)}<adoption-chart platform="instagram"></adoption-chart>`.repeat(
        n,
      ),
    );
  const settled = async (all: HTMLElement[]) => {
    await Promise.all(all.map((el) => (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete));
    await frames(page!.win, 3);
    await Promise.all(all.map((el) => (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete));
  };

  it('updates 60 charts added in one task over several tasks, at most 9 (8 ms) per task', async () => {
    const perTask = await open();
    add(60);
    const all = charts(page!.doc);
    await waitUntil(() => all.every((el) => el.shadowRoot?.querySelector('.summary')), 'not every chart rendered');
    await settled(all);
    expect(perTask.reduce((a, b) => a + b)).to.be.at.least(60);
    // The first task also renders the one or two charts of the first screen, which never wait.
    expect(perTask[0], perTask.join(' ')).to.be.at.most(11);
    expect(Math.max(...perTask.slice(1)), perTask.join(' ')).to.be.at.most(9);
    // Charts on screen drew; every chart has its title and summary; none is left waiting.
    expect(drawn(all[0])).to.equal(true);
    expect(all.filter(drawn).length).to.be.below(10);
    expect(page!.log.errors).to.deep.equal([]);
  });

  it('a single chart updates in the task that asked for it', async () => {
    const perTask = await open();
    add(1);
    const [el] = charts(page!.doc);
    await waitUntil(() => drawn(el), 'the chart did not draw');
    await settled([el]);
    perTask.length = 0;
    el.setAttribute('platform', 'facebook');
    // Microtasks only: no new task between the change and the update.
    let newTask = false;
    const c = new (page!.win as Win).MessageChannel();
    c.port1.onmessage = () => (newTask = true);
    c.port2.postMessage(0);
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(newTask).to.equal(false);
    expect(perTask).to.deep.equal([1]);
  });

  it('printing draws every chart before a new task (the printout is taken after beforeprint)', async () => {
    await open();
    add(60);
    const all = charts(page!.doc);
    await waitUntil(() => all.every((el) => el.shadowRoot?.querySelector('.summary')), 'not every chart rendered');
    await settled(all);
    expect(all.filter(drawn).length, 'off screen charts wait').to.be.below(10);
    // A message posted now arrives in the next task, before any the charts post.
    let newTask = false;
    const c = new (page!.win as Win).MessageChannel();
    c.port1.onmessage = () => (newTask = true);
    c.port2.postMessage(0);
    page!.win.dispatchEvent(new Event('beforeprint'));
    await Promise.all(all.map((el) => (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete));
    expect(newTask, 'a chart waited for a new task').to.equal(false);
    expect(all.filter((el) => !drawn(el)).length).to.equal(0);
  });
  it('charts below the first screen take their turns in document order, not one kind of element after the other', async () => {
    // The script at the end of the article defines the six elements one after the other, and each definition upgrades
    // its charts: before, every <adoption-chart> of the page rendered before the <interaction-gap> right below the
    // first screen, which a reader scrolling down then met without its room (the 60-chart shift test, 0.08-0.32).
    const body = Array.from({ length: 30 }, (_, i) => `<p>Tekst.</p><${TAGS[i % 6]}></${TAGS[i % 6]}>`).join('');
    // Between tasks, which charts have rendered, as 1 and 0 in document order; the page's clock moves 1 ms a read.
    const head = `<script>{
      let clock = 0;
      performance.now = () => ++clock;
      window.__seen = [];
      const { port1, port2 } = new MessageChannel();
      port1.onmessage = () => {
        const all = [...document.querySelectorAll('${TAGS.join(',')}')];
        __seen.push(all.map((c) => (c.shadowRoot?.childElementCount ? 1 : 0)).join(''));
        if (!__seen.at(-1).includes('0') || __seen.length > 500) return;
        port2.postMessage(0);
      };
      port2.postMessage(0);
    }</script>`;
    page = await openPage({ head, body: `${body}<script src="${EMBED}"></script>`, height: 700 });
    const all = charts(page.doc, TAGS.join(','));
    await waitUntil(() => all.every((el) => el.shadowRoot?.childElementCount), 'not every chart rendered', {
      timeout: 5000,
    });
    const seen = (page.win as Win & { __seen: string[] }).__seen.filter((s) => s.includes('1'));
    // Several tasks, and in each the charts rendered so far are the first ones of the page.
    expect(new Set(seen).size, seen.join(' ')).to.be.above(2);
    for (const s of seen) expect(s, seen.join(' ')).to.match(/^1+0*$/);
    expect(page.log.errors).to.deep.equal([]);
  });
});
