import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { easeCubicInOut } from 'd3-ease';
import { tween } from '../core/tween.js';

/** How long a transition between two layouts takes, in ms. */
const DURATION = 450;

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * What a chart draws: its layout, or a frame of the transition towards it. A change of what is shown (an
 * attribute, the data, the language) moves the marks from where they were, eased with d3's cubic in-out; the
 * first drawing, a new width and readers who ask for reduced motion get the layout at once.
 */
export class TransitionController<L> implements ReactiveController {
  /** The layout to draw in this update. */
  drawn: L | null = null;
  #target: L | null = null;
  #frame = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Draws `target`: moving towards it from what is drawn when `animate`, else at once (or where a running
   * transition is heading, which then ends on it). */
  show(target: L | null, animate: boolean) {
    this.#target = target;
    if (!target || !this.drawn) {
      this.#stop();
      this.drawn = target;
    } else if (animate && !reducedMotion()) this.#start(this.drawn);
    else if (!this.#frame) this.drawn = target;
  }

  #start(from: L) {
    cancelAnimationFrame(this.#frame);
    const start = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / DURATION);
      this.drawn = t < 1 ? tween(from, this.#target!, easeCubicInOut(t)) : this.#target;
      this.#frame = t < 1 ? requestAnimationFrame(step) : 0;
      this.host.requestUpdate();
    };
    this.#frame = requestAnimationFrame(step);
  }

  #stop() {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  hostDisconnected() {
    this.#stop();
    this.drawn = this.#target;
  }
}
