import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { hasUpdated?: boolean };

const hosts = new Set<PageController>();
let io: IntersectionObserver | undefined;
let mo: MutationObserver | undefined;
/** How far outside the viewport a chart starts to lay out and draw, in px. */
const MARGIN = 400;
/** Bumped when web fonts finish loading: text must be measured again. */
export let fonts = 0;

const each = (f: (c: PageController) => void) => hosts.forEach(f);
/**
 * What the page says to each chart (near the viewport, colour scheme), read for every chart at once when a second
 * chart asks in a task: a read right after another chart wrote its DOM forces a style and layout pass, one per
 * chart when 60 update in a task. Forgotten in the next task, the next frame, and when the page's theme or fonts
 * change. (Reading all of them for a single chart, as each scroll step asks, made some frames slower.)
 */
let seen: Map<PageController, [near: boolean, scheme: string, onScreen: boolean]> | undefined;
const forget = () => {
  seen = undefined;
};
const update = () => {
  forget();
  each((c) => c.host.requestUpdate());
};
const onFonts = () => {
  fonts++;
  update();
};
/** Chart updates share the main thread: after 8 ms of them in a task (`end`), the next wait for a new task. */
let end = 0;
/** The charts waiting for a new task. */
let queue: { c?: PageController; go: () => void }[] = [];
/** Document order: the order in which a reader meets the charts (not the order their elements were defined in). */
const inOrder = (a: { c?: PageController }, b: { c?: PageController }) =>
  a.c && b.c ? (a.c.host.compareDocumentPosition(b.c.host) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1) : 0;
const { port1, port2 } = new MessageChannel();
/** A new task: the page is read again, and waiting charts update in turn, in document order. `until`: the end of
 * their time. */
const open = (until = 0) => {
  end = until;
  forget();
  const waiting = queue.sort(inOrder);
  queue = [];
  for (const w of waiting) {
    if (w.c) w.c.waited = true;
    w.go();
  }
};
/** A message to the next task. The port listens from the first one: a listening port imported in Node (server
 * rendering) would keep the process from exiting. */
const post = () => {
  port1.onmessage ??= () => open();
  port2.postMessage(0);
};
/** Printing draws every chart before the printout is taken: no waiting for a new task until the next one. */
const onPrint = () => {
  open(Infinity);
  post();
  each((c) => c.reveal());
};

/** Undefined when a chart may update now, else a promise of a new task, after which it asks again (a chart that
 * asks in a task of its own, e.g. after a key press, goes first). A chart's first update in the viewport never
 * waits: a paint between tasks would show it without its room, and the article would move when it renders. Its
 * first update off screen always waits for a new task: the waiting charts then go in document order, the order in
 * which a reader scrolls to them (the elements are upgraded one kind after the other, and a chart below the first
 * screen must not wait behind the charts of the same kind further down). */
export const turn = (c?: PageController) => {
  if (c && !c.host.hasUpdated && read(c)[2]) return;
  const now = performance.now();
  if (!end) {
    end = now + 8;
    post();
  }
  const first = c && !c.host.hasUpdated && !c.waited && end != Infinity;
  if (first || now > end) return new Promise<void>((go) => queue.push({ c, go }));
};

/** Reads only, no writes between them: one style and layout pass for all the charts of the page. Charts read in
 * an update, after `turn`, whose message forgets them in the next task. */
function read(c: PageController) {
  if (!seen?.has(c)) {
    // The first chart of a task reads alone (its own layout, as before); a second reads for all the others.
    const all = seen;
    if (!seen) {
      seen = new Map();
      requestAnimationFrame(forget);
    }
    const r = document.documentElement;
    const page = /(?:^|\s)(dark|light)(?:\s|$)/.exec(`${r.dataset.theme} ${r.className}`);
    for (const h of all ? [c, ...hosts] : [c]) {
      const b = h.host.getBoundingClientRect();
      const m = page ?? /^(?:only )?(dark|light)$/.exec(getComputedStyle(h.host.parentElement ?? r).colorScheme);
      seen.set(h, [
        b.bottom > -MARGIN && b.top < innerHeight + MARGIN,
        m ? m[1] : '',
        b.bottom >= 0 && b.top < innerHeight,
      ]);
    }
  }
  return seen.get(c)!;
}

/**
 * What a chart needs from the page it is pasted into, with one observer or listener per page, not per chart:
 * - `near`: the chart is within 400px of the viewport. A chart lays out and draws its SVG only then, so a page
 *   with 60 charts does the work of the few on screen (IntersectionObserver); printing draws every chart.
 * - `scheme`: the page's own colour theme, `dark` or `light` from `data-theme` or a `dark`/`light` class on
 *   `<html>`, or else from the `color-scheme` the chart inherits; empty when the page declares neither.
 * - `fonts` (module export): bumped when web fonts finish loading, so labels are measured again;
 * - an update at DOMContentLoaded, when the script ran before the element's children were parsed.
 */
export class PageController implements ReactiveController {
  near = typeof IntersectionObserver != 'function';
  /** The chart has waited for its turn once (see `turn`). */
  waited = false;

  constructor(readonly host: Host) {
    host.addController(this);
  }

  /** True when the host is near the viewport. Checked synchronously once the host has a width, so charts on
   * screen draw before the first paint; later the IntersectionObserver reports. */
  isNear(): boolean {
    if (!this.near && read(this)[0]) this.reveal();
    return this.near;
  }

  reveal() {
    if (this.near) return;
    this.near = true;
    io?.unobserve(this.host);
    this.host.requestUpdate();
  }

  get scheme(): string {
    return read(this)[1];
  }

  hostConnected() {
    if (!hosts.size) {
      document.fonts?.addEventListener('loadingdone', onFonts);
      addEventListener('beforeprint', onPrint);
      (mo = new MutationObserver(update)).observe(document.documentElement, {
        attributes: true,
        attributeFilter: ['class', 'data-theme', 'style'],
      });
    }
    hosts.add(this);
    // Still parsing: the element's children (an inline JSON script) may not be there yet.
    // Look again before the first paint too, so that a chart whose children are parsed by then never paints its
    // waiting state (which would move the article when the chart then appears).
    if (document.readyState == 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.host.requestUpdate(), { once: true });
      requestAnimationFrame(() => this.host.requestUpdate());
    }
    if (!this.near)
      (io ??= new IntersectionObserver(
        (entries) => each((c) => entries.some((e) => e.isIntersecting && e.target === c.host) && c.reveal()),
        { rootMargin: `${MARGIN}px 0px` },
      )).observe(this.host);
  }

  hostDisconnected() {
    hosts.delete(this);
    io?.unobserve(this.host);
    if (!hosts.size) {
      document.fonts?.removeEventListener('loadingdone', onFonts);
      removeEventListener('beforeprint', onPrint);
      mo?.disconnect();
    }
  }
}
