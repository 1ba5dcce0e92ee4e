import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

const hosts = new Set<PageController>();
let io: IntersectionObserver | undefined;
let mo: MutationObserver | undefined;
/** How far outside the viewport a chart starts to lay out and draw, in px. */
const MARGIN = 400;
/** Bumped when web fonts finish loading: text must be measured again. */
export let fonts = 0;

const each = (f: (c: PageController) => void) => hosts.forEach(f);
const update = () => each((c) => c.host.requestUpdate());
const onFonts = () => (fonts++, update());
const onPrint = () => each((c) => c.reveal());

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

  constructor(readonly host: Host) {
    host.addController(this);
  }

  /** True when the host is near the viewport. Checked synchronously once the host has a width, so charts on
   * screen draw before the first paint; later the IntersectionObserver reports. */
  isNear(): boolean {
    if (!this.near) {
      const r = this.host.getBoundingClientRect();
      if (r.bottom > -MARGIN && r.top < innerHeight + MARGIN) this.reveal();
    }
    return this.near;
  }

  reveal() {
    if (this.near) return;
    this.near = true;
    io?.unobserve(this.host);
    this.host.requestUpdate();
  }

  get scheme(): string {
    const r = document.documentElement;
    const m =
      /(?:^|\s)(dark|light)(?:\s|$)/.exec(`${r.dataset.theme} ${r.className}`) ??
      /^(?:only )?(dark|light)$/.exec(getComputedStyle(this.host.parentElement ?? r).colorScheme);
    return m ? m[1] : '';
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
    if (document.readyState == 'loading') document.addEventListener('DOMContentLoaded', () => this.host.requestUpdate(), { once: true });
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
