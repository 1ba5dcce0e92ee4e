/**
 * The built Storybook (storybook-static/, `npm run build-storybook`): every element of custom-elements.json
 * has a docs page and stories, and every story renders a chart without errors and without accessibility
 * violations (the a11y addon's axe report, read from Storybook's `storyFinished` event).
 * Stories outside the States group must draw the chart; States stories may show the error or loading text.
 *
 * Skipped, with a message, when storybook-static/ is absent outside CI; in CI, `npm test` builds it first.
 */
import { expect } from '@open-wc/testing';
import manifest from '../../custom-elements.json';

interface Entry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
}
interface Finished {
  storyId: string;
  status: 'success' | 'error';
  reporters: {
    type: string;
    status: string;
    result?: { violations?: { id: string; help: string; nodes: { target: unknown }[] }[] };
  }[];
}

const base = '/storybook-static/';
const tags: string[] = (manifest.modules as { declarations?: { tagName?: string }[] }[]).flatMap((m) =>
  (m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : [])),
);
// Served as a file (scripts/wtr-storybook.mjs), not as a module like other .json files of the test server.
const res = await fetch(`${base}index.json`);
const index: Record<string, Entry> | null = res.ok ? (await res.json()).entries : null;
const entries = Object.values(index ?? {});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Channel {
  last(event: string): unknown[] | undefined;
  emit(event: string, ...args: unknown[]): void;
}
type StoryWindow = Window & { __storyErrors?: string[]; __STORYBOOK_ADDONS_CHANNEL__?: Channel };

async function until<T>(what: string, check: () => T | null | undefined, ms = 15000): Promise<T> {
  const started = performance.now();
  for (;;) {
    const v = check();
    if (v) return v;
    if (performance.now() - started > ms) throw new Error(`${what}: not within ${ms / 1000} s`);
    await sleep(30);
  }
}

/**
 * One preview iframe for every story: the first story loads it, the next ones are switched to through
 * Storybook's channel (what the manager does when you click a story), so the preview loads once.
 */
let frame: HTMLIFrameElement | null = null;
async function renderStory(id: string) {
  const finishedOf = (win: StoryWindow) => {
    const f = win.__STORYBOOK_ADDONS_CHANNEL__?.last('storyFinished')?.[0] as Finished | undefined;
    return f?.storyId === id ? f : null;
  };
  if (!frame) {
    frame = document.createElement('iframe');
    frame.style.cssText = 'width:1000px;height:900px;border:0';
    frame.src = `${base}iframe.html?id=${id}&viewMode=story`;
    document.body.append(frame);
  } else {
    const win = frame.contentWindow as StoryWindow;
    win.__storyErrors = [];
    win.__STORYBOOK_ADDONS_CHANNEL__!.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
  }
  const finished = await until(
    `${id}: Storybook finishing the story`,
    () => frame!.contentWindow && finishedOf(frame!.contentWindow as StoryWindow),
  );
  const win = frame.contentWindow as StoryWindow;
  const root = frame.contentDocument!.querySelector(`.story-root :is(${tags.join(',')})`)?.shadowRoot;
  return {
    finished,
    // The browser reports a resize that re-lays out the page within the same frame as an `error` event;
    // it is benign (nothing is lost, the next frame delivers it) and not the story's fault.
    errors: (win.__storyErrors ?? []).filter((e) => !e.startsWith('ResizeObserver loop')),
    drawn: !!root?.querySelector('svg .hit'),
    state: root?.querySelector('[part="error"]') ? 'error' : root?.querySelector('[part="loading"]') ? 'loading' : null,
    errorDisplay: frame.contentDocument!.body.classList.contains('sb-show-errordisplay'),
  };
}

/** Shows a docs page in the same iframe and waits for Storybook's `docsRendered` and the charts on it. */
async function renderDocs(id: string) {
  if (!frame) await renderStory(entries.find((e) => e.type === 'story')!.id);
  const win = frame!.contentWindow as StoryWindow;
  win.__storyErrors = [];
  win.__STORYBOOK_ADDONS_CHANNEL__!.emit('setCurrentStory', { storyId: id, viewMode: 'docs' });
  await until(
    `${id}: Storybook rendering the docs page`,
    () => win.__STORYBOOK_ADDONS_CHANNEL__!.last('docsRendered')?.[0] === id,
  );
  const drawn = () =>
    [...frame!.contentDocument!.querySelectorAll(tags.join(','))].filter((el) =>
      el.shadowRoot?.querySelector('svg .hit'),
    ).length;
  const charts = await until(`${id}: charts on the docs page`, drawn, 5000).catch(() => 0);
  return { errors: (win.__storyErrors ?? []).filter((e) => !e.startsWith('ResizeObserver loop')), charts };
}

describe('Storybook (storybook-static)', function () {
  after(() => frame?.remove());

  before(function () {
    if (!index) {
      console.warn(
        'storybook-static/ is absent: the Storybook tests are skipped. Run `npm run build-storybook` first (CI always does).',
      );
      this.skip();
    }
  });

  for (const tag of tags) {
    it(`<${tag}> has a docs page that renders without errors`, async () => {
      const docs = entries.find((e) => e.type === 'docs' && e.title.startsWith(`Charts/${tag}/`));
      expect(docs, `no docs page for <${tag}>: add stories/${tag}/${tag}.mdx, rebuild Storybook`).to.exist;
      const r = await renderDocs(docs!.id);
      expect(r.errors, 'console errors').to.deep.equal([]);
      expect(r.charts, 'charts drawn on the docs page').to.be.greaterThan(0);
    });

    it(`<${tag}> has stories in every group`, () => {
      const own = entries.filter((e) => e.title.startsWith(`Charts/${tag}/`));
      for (const group of ['Playground', 'Options', 'States', 'Accessibility'])
        expect(
          own.some((e) => e.type === 'story' && e.title === `Charts/${tag}/${group}`),
          `no ${group} stories for <${tag}>`,
        ).to.be.true;
    });
  }

  // Built lazily: `entries` is empty when skipped.
  for (const entry of entries.filter((e) => e.type === 'story')) {
    it(`${entry.title} / ${entry.name} renders without errors or a11y violations`, async () => {
      const r = await renderStory(entry.id);
      expect(r.errorDisplay, 'Storybook shows an error').to.be.false;
      expect(r.errors, 'console errors').to.deep.equal([]);
      const a11y = r.finished.reporters.find((x) => x.type === 'a11y');
      const violations = (a11y?.result?.violations ?? []).map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`,
      );
      expect(violations, 'axe violations').to.deep.equal([]);
      expect(a11y, 'a11y report').to.exist;
      if (entry.title.endsWith('/States'))
        expect(r.drawn || r.state !== null, 'neither chart, error nor loading text').to.be.true;
      else expect(r.drawn, 'the chart did not draw its marks').to.be.true;
      expect(r.finished.status).to.equal('success');
    });
  }
});
