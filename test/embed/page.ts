import { waitUntil } from '@open-wc/testing';

/** What the page's console and observers saw (recorded by pages/probe.js). */
export interface Log {
  errors: string[];
  warnings: string[];
  violations: string[];
  cls: number;
  /** Every layout shift from navigation start (not after recent input), with its time. */
  shifts: { time: number; value: number; sources: string[] }[];
  /**
   * Every layout shift from navigation start as the probe measures it in any engine (Firefox and WebKit have no
   * layout-shift entries): the page's blocks (children of <body>) that moved between painted frames.
   */
  frameShifts: { time: number; value: number }[];
  /** When the charts were defined (performance.now() of the page). */
  defined: number;
}

export interface Page {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis & { __log: Log };
  doc: Document;
  log: Log;
  close(): void;
}

export const EMBED = '/dist/embed.js';
const PROBE = '/test/embed/pages/probe.js';

/**
 * A fresh page for one situation, in a same-origin iframe the test can look into: `head` and `body` are the
 * CMS page's HTML (the probe script comes first), or `url` loads a static page. The frame sits on screen so
 * that the charts' IntersectionObserver sees it.
 */
export async function openPage(
  opts: { head?: string; body?: string; url?: string; lang?: string; width?: number; height?: number } = {},
): Promise<Page> {
  const { head = '', body = '', url, lang = 'nl', width = 800, height = 600 } = opts;
  const frame = document.createElement('iframe');
  frame.style.cssText = `position:fixed;left:0;top:0;width:${width}px;height:${height}px;border:0;background:#fff`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  if (url) frame.src = url;
  else
    frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><script src="${PROBE}"></script>${head}</head><body>${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Page['win'];
  return { frame, win, doc: frame.contentDocument!, log: win.__log, close: () => frame.remove() };
}

export const TAGS = 'adoption-chart, platform-growth';
export const charts = (doc: Document, sel = TAGS) => [...doc.querySelectorAll(sel)] as HTMLElement[];
export const drawn = (el: Element) => !!el.shadowRoot?.querySelector('svg .hit');

/**
 * Scrolls to a chart and waits until it has drawn its SVG; scrolls again when it has moved out of view meanwhile
 * (charts above it drew, or showed a message, while the page loads), as a reader would.
 */
export async function drawnInView(el: Element, timeout = 5000) {
  const inView = () => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < (el.ownerDocument.defaultView?.innerHeight ?? 0);
  };
  el.scrollIntoView();
  await waitUntil(
    () => {
      if (!drawn(el) && !inView()) el.scrollIntoView();
      return drawn(el);
    },
    `${el.localName}${el.id ? `#${el.id}` : ''} did not draw`,
    { timeout },
  );
}

/**
 * Waits until every chart of the page has drawn its SVG; charts draw near the viewport, so it scrolls to each, as a
 * reader does: again when the chart has moved out of view meanwhile (charts above it drew, while the page loads).
 */
export async function allDrawn(doc: Document, sel = TAGS, timeout = 5000) {
  for (const el of charts(doc, sel)) await drawnInView(el, timeout);
  await waitUntil(
    () => charts(doc, sel).every(drawn),
    `not every chart drew: ${charts(doc, sel)
      .map((c) => `${c.localName}:${drawn(c)}`)
      .join(' ')}`,
    { timeout },
  );
}

export const frames = (win: Window, n = 2) =>
  new Promise<void>((r) => {
    const step = () => (n-- <= 0 ? r() : win.requestAnimationFrame(step));
    step();
  });

/** Whether the engine reports layout-shift entries (Chromium); elsewhere only the probe's own measure exists. */
export const layoutShiftApi = () => PerformanceObserver.supportedEntryTypes?.includes('layout-shift') ?? false;

/** A sentence of the article, as the layout-shift pages put between their charts. */
export const ARTICLE_TEXT =
  '<p>Gemeenten, OCMW’s, politie- en brandweerzones zetten in 2017 nog meer in op sociale media dan het jaar voordien. De OCMW’s maken de grootste sprong.</p>';

/** When the page was first painted (0 where the engine reports no paint). */
export function firstPaintOf(page: Page): number {
  const paints = page.win.performance.getEntriesByType('paint').map((e) => e.startTime);
  return paints.length ? Math.min(...paints) : 0;
}

/**
 * The page's layout shifts from navigation start: the engine's own entries (`api`, Chromium) or the probe's
 * frame-by-frame measure (`frames`, every engine; test/embed/pages/probe.js), counted from the first painted frame
 * (a frame before it is never seen).
 */
export function shiftsOf(page: Page, measure: 'api' | 'frames' = layoutShiftApi() ? 'api' : 'frames') {
  const firstPaint = firstPaintOf(page);
  return measure == 'api' ? page.log.shifts : page.log.frameShifts.filter((e) => e.time > firstPaint);
}

/** The sum of the shifts' scores. */
export const scoreOf = (shifts: { value: number }[]) => shifts.reduce((a, e) => a + e.value, 0);

/**
 * Catches the page's downloads (a chart clicks a link to a blob URL) and returns a function that clicks a chart's
 * download button whose label matches and resolves with the file it saved.
 */
export function catchDownloads(page: Page) {
  const saved: { name: string; blob: Blob }[] = [];
  page.win.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const name = this.download;
    void fetch(this.href).then(async (r) => saved.push({ name, blob: await r.blob() }));
  };
  return async (id: string, label: RegExp) => {
    const n = saved.length;
    [...page.doc.getElementById(id)!.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part="download"]')]
      .find((b) => label.test(b.textContent!))!
      .click();
    await waitUntil(() => saved.length > n, 'nothing was downloaded', { timeout: 4000 });
    return saved[saved.length - 1];
  };
}
