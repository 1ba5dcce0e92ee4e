import type { PropertyDeclaration, ReactiveController, ReactiveControllerHost } from 'lit';
import { problemOf } from '../parts/index.js';
import { attributeOf } from '../base/attributes.js';
import { emit, errorCode, type ChartErrorDetail } from '../base/events.js';
import type { Tag } from '../tags.js';

type Host = ReactiveControllerHost & HTMLElement;

/** What the controller asks its chart. */
interface StatusOptions {
  /** The plot's marks are drawn. */
  drawn: () => boolean;
  /** The message of a part that could not be fetched, which has had its console warning for the page already. */
  partFailure: () => string;
  /** The chart's language. */
  language: () => string;
}

/**
 * What a chart tells the page about itself: one console warning and one `chart-error` per message shown instead of
 * the plot, and `chart-ready` when the plot is first drawn, and again when it is drawn after a message. The
 * events are dispatched after the update, when the page can see what they say.
 */
export class StatusController implements ReactiveController {
  /** The message (or data error) warned about, and fired, last; '' once the chart shows no message. */
  #said = '';
  #ready = false;
  #error: ChartErrorDetail | null = null;

  constructor(
    private readonly host: Host,
    private readonly o: StatusOptions,
  ) {
    host.addController(this);
  }

  /**
   * Called in `willUpdate` with the message shown (or null), whether the chart waits for something, and the data
   * error behind the message. A data error is the same in every language (the reader's words are made from it): a
   * language change says it again neither in the console nor as an event.
   */
  report(problem: string | null, loading?: boolean, error?: string) {
    if (!problem) {
      if (!loading) this.#said = '';
      return;
    }
    this.#ready = false;
    const key = error ?? problem;
    if (key === this.#said) return;
    this.#said = key;
    // A part that could not be fetched has had its own warning for the page (parts/lazy.ts).
    if (error !== this.o.partFailure()) console.warn(`<${this.host.localName}>: ${problem}`);
    const attribute = attributeOf(key);
    this.#error = attribute
      ? { code: 'unknown-value', message: problem, attribute }
      : { code: errorCode(problemOf(key)), message: problem };
  }

  hostUpdated() {
    const error = this.#error;
    if (error) {
      this.#error = null;
      emit(this.host, 'chart-error', error);
    } else if (!this.#ready && this.o.drawn()) {
      this.#ready = true;
      emit(this.host, 'chart-ready', { tag: this.host.localName as Tag, options: this.#options() });
    }
  }

  /** The attributes the chart holds a value for, by name, and its language. */
  #options() {
    const host = this.host as unknown as Record<PropertyKey, unknown>;
    const props = (this.host.constructor as unknown as { elementProperties: Map<PropertyKey, PropertyDeclaration> })
      .elementProperties;
    const options: Record<string, string | number> = {};
    for (const [key, p] of props) {
      const value = host[key];
      if (p.attribute === false || p.state || value == null || value === '') continue;
      options[typeof p.attribute == 'string' ? p.attribute : String(key)] = value as string | number;
    }
    options.lang = this.o.language();
    return options;
  }
}
