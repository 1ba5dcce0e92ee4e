import { html, nothing } from 'lit';
import type { Strings } from '../i18n/index.js';

/**
 * The editor's words on a chart (`heading`, `description`, `note`, `byline`, `source`, `source-url`), trimmed, the
 * empty ones left out. Always text: Lit sets them as text, the downloads as text nodes or CSV cells.
 */
export interface EditorWords {
  heading?: string;
  description?: string;
  note?: string;
  byline?: string;
  source?: string;
  /** The `source-url`, when it is an absolute http: or https: URL; else null and the source is not linked. */
  link: string | null;
}

/** The URL a source may link to: an absolute http: or https: URL, as the browser writes it; null for anything else. */
export function linkOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol == 'http:' || u.protocol == 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The source line as it is shown: the editor's source ("Bron: …") or the chart's own line, linked where it may be. */
export function sourceLine(own: string, w: EditorWords, s: Strings) {
  const name = w.source ?? own;
  const shown = w.link ? html`<a href=${w.link}>${name}</a>` : name;
  return w.source ? html`${s.sourcePrefix}${shown}` : shown;
}

/** The source line as text, for the downloads and the table: with the link's URL written out after it. */
export const sourceText = (own: string, w: EditorWords, s: Strings) =>
  `${w.source ? s.sourcePrefix + w.source : own}${w.link ? ` (${w.link})` : ''}`;

/** Texts as sentences: each ends with a full stop unless it ends with punctuation already. */
const sentences = (texts: (string | undefined)[]) =>
  texts
    .filter(Boolean)
    .map((t) => (/[.!?…:;]$/.test(t!) ? t : `${t}.`))
    .join(' ');

/**
 * The table's caption: the plot's accessible name alone, or, where the editor wrote words, the heading, that name,
 * the description, the note, the byline and the source line.
 */
export function captionOf(label: string, w: EditorWords, source: string): string {
  const { heading, description, note, byline } = w;
  const linked = w.source || w.link;
  if (!(heading || description || note || byline || linked)) return label;
  return sentences([heading, label, description, note, byline, linked ? source : '']);
}

/** The summary line: the editor's description, with the chart's summary after it for screen readers only. */
export const summaryOf = (summary: string, w: EditorWords) =>
  w.description ? html`${w.description}<span class="visually-hidden">${` ${summary}`}</span>` : summary;

/** The editor's note, above the chart's own notes. */
export const editorNote = (w: EditorWords) =>
  w.note ? html`<p class="note" part="note editor-note">${w.note}</p>` : nothing;

/** The byline, before the source line (the separator is a binding: the template minifier keeps its spaces). */
export const byline = (w: EditorWords) =>
  w.byline ? html`<span class="byline" part="byline">${w.byline}</span>${' · '}` : nothing;

/** What a download says besides its marks, with the editor's words: heading for title, their note before the chart's. */
export const downloadWords = (
  text: { title: string; note?: string },
  w: EditorWords,
  source: string,
): { title: string; heading?: string; description?: string; note: string; byline?: string; source: string } => ({
  title: w.heading ?? text.title,
  heading: w.heading,
  description: w.description,
  note: [w.note, text.note].filter(Boolean).join(' '),
  byline: w.byline,
  source,
});
