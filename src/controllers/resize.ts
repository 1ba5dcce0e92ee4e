import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps `width` equal to the host's content width and asks the host to update when it changes.
 * It watches a zero-height sentinel in the host's shadow root (`.sizer`) rather than the host itself, so
 * that the chart's own height change after a re-layout never re-triggers the observer in the same frame
 * ("ResizeObserver loop completed with undelivered notifications").
 */
export class ResizeController implements ReactiveController {
  width = 0;
  #observer?: ResizeObserver;
  #target?: Element;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot?: ParentNode }) {
    host.addController(this);
  }

  hostConnected() {
    this.#observer ??= new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1].contentRect.width);
      if (width !== this.width) {
        this.width = width;
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
    this.#observer?.disconnect();
  }
}
