import type { PropertyDeclarations, PropertyValues } from 'lit';
import { StyledElement } from './styled-element.js';
import { linkOf, type EditorWords } from '../templates/words.js';

/**
 * The editor's own words, which every chart takes: its heading, description, note, byline and source. Text only:
 * markup in them is shown as text, never parsed. ChartElement builds on it; it draws nothing itself.
 */
export abstract class WordsElement extends StyledElement {
  static override properties: PropertyDeclarations = {
    heading: {},
    description: {},
    note: {},
    byline: {},
    source: {},
    sourceUrl: { attribute: 'source-url' },
  };

  /** The editor's title, shown instead of the chart's own; the plot's accessible name still describes the data. */
  heading?: string;

  /** The editor's line under the title, shown instead of the chart's summary; screen readers hear the summary after it. */
  description?: string;

  /** The editor's note under the chart, before the chart's own notes on precision and samples. */
  note?: string;

  /** Who made the chart, beside the source line, e.g. "Grafiek: redactie". */
  byline?: string;

  /** The name of the source, shown as "Bron: …" instead of the chart's own source line. */
  source?: string;

  /** Where the source is: an absolute `http:` or `https:` URL links the source line; any other is not linked (with a console warning). */
  sourceUrl?: string;

  #warnedUrl = '';

  /** The editor's words as the chart shows them: trimmed, empty ones left out, the source's URL only when it is a link. */
  protected get words(): EditorWords {
    const text = (value: unknown) => (value == null ? undefined : String(value).trim() || undefined);
    return {
      heading: text(this.heading),
      description: text(this.description),
      note: text(this.note),
      byline: text(this.byline),
      source: text(this.source),
      link: linkOf(text(this.sourceUrl)),
    };
  }

  /** One console warning for a `source-url` that is not linked: not an absolute http: or https: URL. */
  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    const url = String(this.sourceUrl ?? '').trim();
    if (url && !linkOf(url) && url !== this.#warnedUrl)
      console.warn(`<${this.localName}>: source-url "${url}" is not linked: only http: and https: URLs are.`);
    this.#warnedUrl = url;
  }
}
