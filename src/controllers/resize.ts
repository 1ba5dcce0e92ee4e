import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps `width` equal to the host's content width and asks the host to update when it changes.
 * It watches a zero-height sentinel in the host's shadow root (`.sizer`) rather than the host itself, so
 * that the chart's own height change after a re-layout never re-triggers the observer in the same frame
 * ("ResizeObserver loop completed with undelivered notifications").
 */
export class ResizeController implements ReactiveController {
  #width = 0;
  /** The host's width has been read once, before the observer's first report. */
  #read = false;
  #observer?: ResizeObserver;
  #target?: Element;

  /**
   * The content width. Before the observer has reported (it reports after the first layout, a frame late), it is
   * read from the host once, so that the first render lays the chart out at its width and holds its final height:
   * a chart that first rendered without a width and then grew would move the article below it.
   */
  get width(): number {
    if (!this.#width && !this.#read && this.host.isConnected) {
      this.#read = true;
      const cs = getComputedStyle(this.host);
      const edges = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'] as const;
      const inner =
        this.host.getBoundingClientRect().width - edges.reduce((sum, k) => sum + (parseFloat(cs[k]) || 0), 0);
      this.#width = Math.max(0, Math.floor(inner));
    }
    return this.#width;
  }

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot?: ParentNode }) {
    host.addController(this);
  }

  hostConnected() {
    this.#observer ??= new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1].contentRect.width);
      // Laid out again in this frame, before it is painted: when the page's scroll bar comes as charts grow, the
      // charts take the narrower width at once and the article does not move (laid out a frame later, the 60-chart
      // page moved by up to 0.09 in Chromium).
      if (width !== this.#width) {
        this.#width = width;
        this.host.requestUpdate();
      }
    });
    if (this.#target) this.#observer.observe(this.#target);
  }

  hostUpdated() {
    const sizer = this.host.renderRoot?.querySelector('.sizer') ?? undefined;
    if (sizer && sizer !== this.#target) {
      if (this.#target) this.#observer?.unobserve(this.#target);
      this.#target = sizer;
      this.#observer?.observe(sizer);
    }
  }

  hostDisconnected() {
    this.#read = false;
    this.#observer?.disconnect();
  }
}
