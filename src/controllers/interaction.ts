import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChartMark } from '../core/types.js';
import { tooltipPlacement } from '../templates/tooltip.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/** What the controller asks of its chart: the marks a reader moves through, and what selecting one does. */
export interface InteractionOptions {
  marks: () => readonly ChartMark[];
  /** Marks per row of a grid (Up and Down move by a row); 1 when the marks are a list. */
  columns: () => number;
  select: (mark: ChartMark) => void;
  /** The width of the plot in px, to keep the tooltip inside it. */
  width: () => number;
}

/** Arrow keys move by one mark (Up/Down by a row of a grid); Home and End go to the ends. */
const steps = (row: number, last: number): Record<string, number> => ({
  ArrowRight: 1,
  ArrowDown: row,
  ArrowLeft: -1,
  ArrowUp: -row,
  Home: -last,
  End: last,
});

/**
 * The reader's way through the marks: one tab stop on the active mark, arrow keys, Home and End between marks,
 * Enter or Space to select, Escape to close the tooltip; the mouse opens a tooltip on hover (it stays while the
 * mouse is on it, WCAG 1.4.13), a tap toggles it and a tap elsewhere closes it. Changing these re-renders the
 * chart; it never lays the chart out again.
 */
export class InteractionController implements ReactiveController {
  /** The mark with the tab stop. */
  active = 0;
  /** The mark whose tooltip is open, or null. */
  tip: number | null = null;
  /** A mark has keyboard focus. */
  focused = false;
  #focusPending = false;

  constructor(
    private readonly host: Host,
    private readonly options: InteractionOptions,
  ) {
    host.addController(this);
  }

  /** Keeps the active mark and the tooltip on marks that exist after a new layout. */
  clamp(count: number) {
    if (this.active >= count) this.active = Math.max(0, count - 1);
    if (this.tip !== null && this.tip >= count) this.tip = null;
  }

  #set(change: Partial<Pick<InteractionController, 'active' | 'tip' | 'focused'>>) {
    Object.assign(this, change);
    this.host.requestUpdate();
  }

  #indexOf(key: string | null | undefined) {
    return key == null ? -1 : this.options.marks().findIndex((m) => m.key === key);
  }

  /** The mouse entered a mark's target. Hover is for the mouse: a touch also fires pointerenter. */
  enter = (i: number, e: PointerEvent) => {
    if (e.pointerType == 'mouse') this.#set({ tip: i });
  };

  /** A tap on a mark toggles its tooltip. */
  press = (i: number, e: PointerEvent) => {
    if (e.pointerType === 'mouse') return;
    e.preventDefault();
    this.#set({ active: i, tip: this.tip === i ? null : i });
  };

  /** A click (or a tap, or Enter on the focused button) selects the mark. */
  click = (i: number) => {
    this.#set({ active: i });
    this.options.select(this.options.marks()[i]);
  };

  onFocusIn = (e: FocusEvent) => {
    const i = this.#indexOf((e.target as Element).getAttribute?.('data-key'));
    if (i >= 0) this.#set({ active: i, tip: i, focused: true });
  };

  onFocusOut = (e: FocusEvent) => {
    const next = e.relatedTarget as Element | null;
    if (!next || !next.classList?.contains('hit')) this.#set({ tip: null, focused: false });
  };

  /** The mouse left the tooltip or the plot: the tooltip closes, unless a mark has keyboard focus. */
  onLeave = (e: PointerEvent) => {
    if (e.pointerType == 'mouse' && !this.focused) this.#set({ tip: null });
  };

  onKey = (e: KeyboardEvent) => {
    const marks = this.options.marks();
    const last = marks.length - 1;
    if (last < 0) return;
    const step = steps(this.options.columns(), last)[e.key];
    if (e.key == 'Enter' || e.key == ' ') {
      e.preventDefault();
      this.options.select(marks[this.active]);
    } else if (e.key == 'Escape') this.#set({ tip: null });
    else if (step != null) {
      e.preventDefault();
      const i = Math.min(last, Math.max(0, this.active + step));
      this.#focusPending = true;
      this.#set({ active: i, tip: i });
    }
  };

  #onDocumentPointer = (e: PointerEvent) => {
    if (this.tip !== null && !e.composedPath().includes(this.host)) this.#set({ tip: null });
  };

  hostConnected() {
    document.addEventListener('pointerdown', this.#onDocumentPointer);
  }

  hostDisconnected() {
    document.removeEventListener('pointerdown', this.#onDocumentPointer);
  }

  /** After rendering: the tooltip goes to its mark (through CSSOM: a style attribute breaks a strict CSP), and
   * focus follows the arrow keys. */
  hostUpdated() {
    const tooltip = this.host.renderRoot.querySelector<HTMLElement>('.tooltip');
    const mark = this.tip === null ? undefined : this.options.marks()[this.tip];
    if (tooltip && mark) Object.assign(tooltip.style, tooltipPlacement(mark, this.options.width()));
    if (this.#focusPending) {
      this.#focusPending = false;
      this.host.renderRoot.querySelector<SVGElement>('.hit[tabindex="0"]')?.focus();
    }
  }
}
