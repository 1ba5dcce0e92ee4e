import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/index.js';
import { byline, editorNote, sourceLine, summaryOf, type EditorWords } from './words.js';

/** The download formats a chart can offer (the `download` attribute). */
export const FORMATS = ['csv', 'png', 'svg'] as const;
export type Format = (typeof FORMATS)[number];

/** The formats a `download` attribute asks for: all three for the attribute alone, else those it names. */
export const formatsOf = (download: string): Format[] =>
  FORMATS.filter((f) => !download.trim() || download.split(/[\s,]+/).includes(f));

/** Everything around the plot, and the plot itself, as the element has worked it out. */
export interface FrameOptions {
  uid: string;
  language: string;
  title: string;
  summary: string;
  /** The accessible name of the plot and its table. */
  label: string;
  /** Whose shares they are and the chart's caveats (small samples, derived values), under the plot. */
  note?: string;
  /** A figure in a paragraph's margin: summary and table for screen readers only, no legend of the marks. */
  compact: boolean;
  controls: unknown;
  plot: TemplateResult | typeof nothing;
  /** A mark has keyboard focus: the keys are explained under the plot. */
  focused: boolean;
  /** The chart's own source line, which the editor's `source` replaces. */
  source: string;
  /** The editor's words: heading, description, note, byline, source and its link. */
  words: EditorWords;
  tableOpen: boolean;
  toggleTable: () => void;
  table: TemplateResult;
  /** The download buttons' formats (none without the attribute, or before the plot is drawn). */
  downloads: Format[];
  save: (format: Format) => void;
  plotEvents: {
    leave: (e: PointerEvent) => void;
    key: (e: KeyboardEvent) => void;
    focusIn: (e: FocusEvent) => void;
    focusOut: (e: FocusEvent) => void;
  };
}

/** The message shown instead of a chart when an attribute or the data is wrong. */
export const message = (title: string, text: string) =>
  html`<div class="message" role="alert" part="error"><strong>${title}</strong>${text}</div>`;

/** A plot not drawn yet (off screen): an empty SVG of the layout's size, which takes the drawn plot's box at any
 * width, so that nothing moves when the marks are drawn. */
export const room = ({ width, height }: { width: number; height: number }) =>
  html`<svg aria-hidden="true" viewBox="0 0 ${width} ${height}" width=${width} height=${height}></svg>`;

/** The box shown while the data or the language's strings are on their way. */
export const loadingBox = (text: string) => html`<div class="loading" role="status" part="loading">${text}</div>`;

/**
 * A chart: title and summary, controls, the plot, the notes, the byline and source line with its buttons, and the
 * table. The editor's heading and description replace the title and the visible summary; the summary stays for
 * screen readers, after the description.
 */
export function frame(o: FrameOptions, s: Strings) {
  const { uid, compact, words, plotEvents: ev } = o;
  return html`<figure part="figure" lang=${o.language}>
      <figcaption>
        <p class="title" part="title">${words.heading ?? o.title}</p>
        <p class="summary ${compact && !words.description ? 'visually-hidden' : ''}" part="summary"
          id="${uid}-summary">${summaryOf(o.summary, words)}</p>
      </figcaption>
      ${o.controls}
      <div class="plot" part="plot" @pointerleave=${ev.leave}
        @keydown=${ev.key} @focusin=${ev.focusIn} @focusout=${ev.focusOut}>${o.plot}</div>
      <p class=${o.focused ? 'note' : 'visually-hidden'} id="${uid}-keys">${s.keys}</p>
      ${editorNote(words)}
      ${
        compact
          ? o.note && html`<p class="note" part="note">${o.note}</p>`
          : html`<p class="note" part="note">${s.legendNote}${o.note ? ` ${o.note}` : nothing}</p>`
      }
      <footer role="none">
        <span class="credits">${byline(words)}<span class="source" part="source">${sourceLine(o.source, words, s)}</span></span>
        ${
          compact
            ? nothing
            : html`<button part="table-toggle" aria-expanded=${o.tableOpen} aria-controls="${uid}-table"
          @click=${o.toggleTable}>${o.tableOpen ? s.hideTable : s.showTable}</button>`
        }
        ${
          o.downloads.length
            ? html`<span class="downloads">${o.downloads.map(
                (f) =>
                  html`<button part="download" @click=${() => o.save(f)}>${f == 'csv' ? s.downloadData : s.downloadImage} (${f.toUpperCase()})</button>`,
              )}</span>`
            : nothing
        }
      </footer>
      <div id="${uid}-table" class=${o.tableOpen ? '' : 'visually-hidden'}
        tabindex=${o.tableOpen ? 0 : -1} role=${o.tableOpen ? 'region' : 'none'} aria-label=${o.tableOpen ? o.label : nothing}
        >${o.table}</div>
    </figure>`;
}
