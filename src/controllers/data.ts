import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { survey } from '../data/survey.js';
import type { Dataset } from '../data/schema.js';
import { need, peek } from '../parts/index.js';
import { same } from '../base/same.js';
import { settleAttributes } from '../base/attributes.js';
import type { Strings } from '../i18n/index.js';

/** The data an update shows, or why it shows none yet. */
export interface Shown {
  dataset?: Dataset;
  error?: string;
  loading?: boolean;
  /**
   * The bundled survey, laid out but not shown, while the chart waits: for the parser to reach its children, for its
   * editor data (`src`, or the part that reads inline data), or for its language's words. The chart holds the room it
   * will most likely have (editor data usually updates the survey's figures), so the page does not move when what it
   * waits for arrives. With `loading`, the loading box is shown over that room.
   */
  provisional?: boolean;
}

/**
 * Waiting for editor data or the language's words: the survey's room held, the loading box shown in it. A message
 * waits for the words too (it is said in the reader's language), in the loading box alone.
 */
export const held = (shown: Shown = { dataset: survey }): Shown =>
  shown.error ? { loading: true } : { dataset: shown.dataset ?? survey, loading: true, provisional: true };

/** What the controller reads from its chart: the `data` property, the `src` attribute and its children. */
type Host = ReactiveControllerHost & HTMLElement & { data?: unknown; src?: string; hasUpdated?: boolean };

type Fetched = { src: string; dataset?: Dataset; error?: string };

/** True when a node follows the element in the document: the parser has closed it, its children are all there. */
const followed = (el: Node) => {
  for (let n: Node | null = el; n; n = n.parentNode) if (n.nextSibling) return true;
  return false;
};

/**
 * Resolves the dataset a chart shows, once per change of its inputs: the `data` property, an inline
 * `<script type="application/json">` child, the `src` URL (fetched once per URL), or the bundled survey.
 * Editor data is validated by the `data` part, which is fetched on first use; an update that changes none of
 * the inputs (a hover, a key press, an animation frame) gets the same result, without validating again.
 */
export class DataController implements ReactiveController {
  /** Aborts the fetch under way (the chart was removed). */
  #abort?: AbortController;
  /** The answer for `src`, once it has come. */
  #fetched: Fetched | null = null;
  /** The URL being fetched now. */
  #fetching = '';
  /** Why editor data cannot be read: the `data` part could not be fetched. */
  #partFailed = '';
  #inputs: unknown[] = [];
  #shown: Shown = { loading: true };
  /** Watches the chart's children: an inline JSON child added, edited or removed after the first render counts. */
  #children?: MutationObserver;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected() {
    // Removed while its src was loading: it fetches again.
    if (!this.#inputs.length) this.host.requestUpdate();
    this.#children ??= new MutationObserver(() => this.host.requestUpdate());
    this.#children.observe(this.host, { childList: true, characterData: true, subtree: true });
  }

  hostDisconnected() {
    this.#children?.disconnect();
    // A removed chart stops its fetch; connected again, it fetches again (resolve no longer takes the memo).
    if (this.#fetching) {
      this.#abort!.abort();
      this.#fetching = '';
      this.#inputs = [];
    }
  }

  /** The message of a part that could not be fetched: it has had its one console warning for the page. */
  get partFailure(): string {
    return this.#partFailed;
  }

  /** The data shown now, or why none is. */
  resolve(): Shown {
    // A wrong theme or lang is said as a wrong attribute is (the chart's strings are in the reader's language).
    const theme = settleAttributes(this.host as Host & { strings: Strings });
    if (theme) return { error: theme };
    const { data, src } = this.host;
    const inline = data === undefined ? this.host.querySelector(':scope > script[type="application/json"]') : null;
    // The script ran before the parser reached the element's children (an inline JSON script may follow): wait
    // for them rather than flash the bundled survey, but hold its room (`provisional`). PageController updates the
    // chart when they are parsed. The parser has gone past them once any node follows the element (a sibling of it
    // or of an ancestor): a chart that is the last child of its container is not kept waiting until the whole
    // page is parsed.
    const waiting = document.readyState == 'loading' && !followed(this.host);
    const inputs = [data, inline?.textContent, src, this.#fetched, peek('data'), this.#partFailed, waiting];
    if (same(inputs, this.#inputs)) return this.#shown;
    this.#inputs = inputs;
    return (this.#shown = this.#read(data, inline, src, waiting));
  }

  #read(data: unknown, inline: Element | null, src: string | undefined, waiting: boolean): Shown {
    if (data !== undefined || inline) {
      const read = peek('data');
      if (!read) {
        // Once the part has failed, it is not asked for again.
        if (this.#partFailed) return { error: this.#partFailed };
        need('data').then(
          () => this.host.requestUpdate(),
          (e: Error) => {
            this.#partFailed = e.message;
            this.host.requestUpdate();
          },
        );
        return held();
      }
      try {
        return { dataset: inline ? read.inlineDataset(inline) : read.validateDataset(data) };
      } catch (e) {
        // The parser may still be reading the script's text (a slow network): it is whole when the parser has gone
        // past the chart, which updates then (its children are watched; PageController at DOMContentLoaded).
        return inline && waiting ? held() : { error: (e as Error).message };
      }
    }
    if (waiting && !src) return { dataset: survey, provisional: true };
    if (src) {
      if (this.#fetched?.src === src) return this.#fetched;
      if (this.#fetching !== src) void this.#load(src);
      return held();
    }
    return { dataset: survey };
  }

  async #load(src: string) {
    this.#fetching = src;
    const { signal } = (this.#abort = new AbortController());
    let result: Fetched;
    try {
      const read = await need('data').catch((e: Error) => {
        this.#partFailed = e.message;
        throw e;
      });
      result = { src, dataset: await read.fetchDataset(src, signal) };
    } catch (e) {
      result = { src, error: (e as Error).message };
    }
    // Aborted: the chart was removed, and fetches again when it comes back.
    if (signal.aborted) return;
    if (this.#fetching === src) this.#fetching = '';
    if (this.host.src === src) {
      this.#fetched = result;
      this.host.requestUpdate();
    }
  }
}
