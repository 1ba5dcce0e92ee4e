import {
  LitElement,
  html,
  nothing,
  svg,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { chartStyles } from './styles.js';
import { ResizeController } from '../controllers/resize.js';
import { LocaleController } from '../controllers/locale.js';
import { PageController, fonts, turn } from '../controllers/page.js';
import { survey } from '../data/survey.js';
import type { Dataset, Finding } from '../data/schema.js';
import { need, peek } from '../parts/index.js';
import { longLabel } from '../core/format.js';
import { canvasMeasure, type Measure } from '../core/measure.js';
import { tween } from '../core/tween.js';
import { easeCubicInOut } from 'd3-ease';
import type { ChartMark, Layout } from '../core/types.js';
import type { Strings } from '../i18n/index.js';
import type { OrganisationKey, Platform, Precision, Topic, Year } from '../data/keys.js';

/** `detail` of the `chart-select` event: the finding a reader selected with Enter, Space, click or tap. */
export interface ChartSelectDetail {
  organisation: OrganisationKey;
  platform: Platform | null;
  topic: Topic;
  year: Year;
  /** Proportion 0..1, or null where the article gives no number. */
  share: number | null;
  precision: Precision | null;
  /** The Dutch words of the article, or null where the article says nothing. */
  words: string | null;
  id: string | null;
}

declare global {
  interface HTMLElementEventMap {
    'chart-select': CustomEvent<ChartSelectDetail>;
  }
}

/** The data an update shows, or why it shows none yet. */
type Shown = { dataset?: Dataset; error?: string; loading?: boolean };

/** What a chart says about itself: its visible title, accessible name and one-sentence summary. */
export interface ChartText {
  title: string;
  label: string;
  summary: string;
}

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

let uid = 0;

/** The download formats a chart can offer (the `download` attribute). */
const FORMATS = ['csv', 'png', 'svg'] as const;

/**
 * What every chart shares: language, theme, data loading and validation, error and loading states, the
 * responsive size, keyboard navigation and tooltips over the marks, the accessible table, the source line,
 * animated transitions and the `chart-select` event. A chart supplies its layout and its marks.
 *
 * @attribute {'nl' | 'en' | 'fr'} [lang='nl'] - Language of the chart, set on the element or any ancestor (`fr-BE` is French); Dutch by default.
 * @cssproperty --chart-plot-height - Room kept for the plot until it is drawn (off screen, or while `src` loads), so the article does not jump (default 280px).
 * @csspart download - Each download button (`download` attribute).
 */
export abstract class ChartElement<L extends Layout = Layout> extends LitElement {
  static override styles = chartStyles;
  /**
   * Reactive properties, declared here rather than with decorators: the decorators and their helper cost the
   * embed script ~0.45 kB gzipped. The fields below keep their types and docs.
   */
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    src: {},
    data: { attribute: false },
    download: {},
    active: { state: true },
    tip: { state: true },
    tableOpen: { state: true },
    focused: { state: true },
    fetched: { state: true },
  };

  /**
   * Colour theme. `auto` follows the page when it declares a theme (`data-theme="dark"|"light"` or a `dark`/`light`
   * class on `<html>`, or a `color-scheme` of `dark` or `light`), else the reader's system setting.
   */
  theme: 'auto' | 'light' | 'dark' = 'auto';

  /** URL of editor data in the dataset's format, JSON or CSV. Without it the bundled survey is shown. */
  src?: string;

  /** Data in the dataset's format (`{ findings: [...] }` or a list of findings); overrides `src`. */
  data?: unknown;

  /** Download buttons under the chart: `csv` (the data), `png`, `svg` (the image), space-separated; the attribute alone offers all three. */
  download?: string;

  private active = 0;
  private tip: number | null = null;
  private tableOpen = false;
  private focused = false;
  private fetched: { src: string; dataset?: Dataset; error?: string } | null = null;

  protected readonly size = new ResizeController(this);
  protected readonly locale = new LocaleController(this);
  /** Near the viewport (lazy drawing), the page's theme, web fonts loaded. */
  protected readonly page = new PageController(this);
  protected readonly uid = `chart-${++uid}`;

  /** The layout for the current data, attributes and width (the target of any running transition). */
  protected layout: L | null = null;
  /** What is drawn now: the layout, or a frame of the transition towards it. */
  protected drawn: L | null = null;
  #layoutInputs = '';
  #animation = 0;
  #warned = '';
  #focusPending = false;
  /** The live region's text, and the last title and summary drawn. */
  #said = '';
  #heard = '';
  #measureCache: { font: string; measure: Measure } | null = null;
  /** What this update shows: the data (or why not) and the message for the reader, worked out once in willUpdate. */
  #shown: Shown & { problem: string | null; text?: ChartText } = { loading: true, problem: null };
  /** Where the tooltip goes; set through CSSOM in updated(), since a style attribute breaks a strict CSP. */
  #tipStyle: Partial<CSSStyleDeclaration> = {};
  /** Why editor data cannot be read: its part of dist/embed.js could not be fetched. */
  #dataFailed = '';

  /** The language's strings. */
  protected get strings(): Strings {
    return this.locale.strings;
  }

  /** The dataset shown: the `data` property, an inline JSON script child, `src`, or the bundled survey. */
  protected shownData(): Dataset | null {
    return this.#shown.dataset ?? null;
  }

  /** Checks the chart's own attributes; returns a message for the reader when one is wrong. */
  protected abstract checkAttributes(s: Strings): string | null;
  /** Geometry for the dataset at a width. Pure: the same inputs give the same layout. */
  protected abstract computeLayout(dataset: Dataset, width: number, s: Strings, measure: Measure): L;
  /** The SVG marks of a (possibly mid-transition) layout. */
  protected abstract renderMarks(layout: L, s: Strings): TemplateResult;
  /** Title, accessible name and summary for the dataset. */
  protected abstract describe(dataset: Dataset, s: Strings): ChartText;
  /** A string that changes whenever the chart's own attributes change the layout. */
  protected abstract layoutKey(): string;
  /**
   * A small chart (a figure in a paragraph's margin): the summary only for screen readers, no note, a short
   * source line (the full one in its title) and the table for screen readers only, without its toggle.
   */
  protected compact = false;
  /** Controls shown between the caption and the plot (e.g. a year switch); none by default. */
  protected renderControls(_s: Strings): unknown {
    return nothing;
  }

  #resolved(): Shown {
    // The strings of English or French may still be on their way.
    if (this.locale.pending) return { loading: true };
    const inline = this.data === undefined && this.querySelector(':scope > script[type="application/json"]');
    if (this.data !== undefined || inline) {
      const read = peek('data');
      if (!read) {
        // Once the part has failed, do not ask again: each rejection would request another update, endlessly.
        if (this.#dataFailed) return { error: this.#dataFailed };
        need('data').then(
          () => this.requestUpdate(),
          (e: Error) => {
            this.#dataFailed = e.message;
            this.requestUpdate();
          },
        );
        return { loading: true };
      }
      try {
        return { dataset: inline ? read.inlineDataset(inline.textContent || '') : read.validateDataset(this.data) };
      } catch (e) {
        return { error: (e as Error).message };
      }
    }
    // The script ran before the parser reached the element's children (an inline JSON script may follow):
    // wait for them rather than flash the bundled survey. PageController updates the chart at DOMContentLoaded.
    if (document.readyState == 'loading' && !this.nextSibling) return { loading: true };
    if (this.src) {
      if (this.fetched?.src !== this.src) return { loading: true };
      return this.fetched;
    }
    return { dataset: survey };
  }

  /** Charts take turns: after 8 ms of chart updates in a task, the next update waits for a new task (see `turn`). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const t = turn();
    return t ? t.then(() => this.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues) {
    if (changed.has('src') && this.src && this.fetched?.src !== this.src) void this.#load(this.src);
    const s = this.strings;
    // Set before checkAttributes, which may read shownData().
    this.#shown = { ...this.#resolved(), problem: null };
    const { dataset } = this.#shown;
    // Bad data first, then bad attributes.
    const problem = (this.#shown.problem = this.#shown.error ?? this.checkAttributes(s));
    const width = this.size.width;
    // The page's own theme, when `theme` is auto and the page declares one (see PageController).
    const scheme = this.theme == 'auto' ? this.page.scheme : '';
    if (this.style.colorScheme != scheme) this.style.colorScheme = scheme;
    // Title and summary, shown (and announced) even before the plot is drawn.
    const t = dataset && !problem ? (this.#shown.text = this.describe(dataset, s)) : null;
    // Off-screen charts wait: they lay out and draw when they come near the viewport.
    if (!t || !width || !this.page.isNear()) {
      this.layout = this.drawn = null;
      this.#layoutInputs = '';
      return;
    }
    // A polite announcement when what is shown changes (an attribute, the data, the language), not on first drawing.
    const said = `${t.title}. ${t.summary}`;
    if (this.#heard && said != this.#heard) this.#said = said;
    this.#heard = said;
    const measure = this.#measure();
    const inputs = `${this.layoutKey()}|${this.locale.language}|${this.data === undefined ? (this.src ?? '') : 'data'}`;
    const next = this.computeLayout(dataset!, width, s, measure);
    const animate = this.drawn && this.#layoutInputs && inputs !== this.#layoutInputs && !reducedMotion();
    this.layout = next;
    this.#layoutInputs = inputs;
    if (this.active >= next.marks.length) this.active = Math.max(0, next.marks.length - 1);
    if (this.tip !== null && this.tip >= next.marks.length) this.tip = null;
    if (animate) this.#transition(this.drawn!, next);
    else if (!this.#animation) this.drawn = next;
  }

  #transition(from: L, to: L) {
    cancelAnimationFrame(this.#animation);
    const start = performance.now();
    const frame = (now: number) => {
      const t = Math.min(1, (now - start) / 450);
      this.drawn = t < 1 ? tween(from, this.layout ?? to, easeCubicInOut(t)) : this.layout;
      this.#animation = t < 1 ? requestAnimationFrame(frame) : 0;
      this.requestUpdate();
    };
    this.drawn = from;
    this.#animation = requestAnimationFrame(frame);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    cancelAnimationFrame(this.#animation);
    this.#animation = 0;
    document.removeEventListener('pointerdown', this.#onDocumentPointer);
  }

  override connectedCallback() {
    super.connectedCallback();
    document.addEventListener('pointerdown', this.#onDocumentPointer);
  }

  #measure(): Measure {
    const cs = getComputedStyle(this);
    // `fonts` changes when web fonts finish loading: the same font name then measures differently.
    // The size as drawn (px): --chart-font-size, or 13px grown with the reader's default font size.
    const font = `${cs.fontSize} ${cs.fontFamily}`;
    if (this.#measureCache?.font !== font + fonts)
      this.#measureCache = { font: font + fonts, measure: canvasMeasure(font, parseFloat(font) || 13) };
    return this.#measureCache.measure;
  }

  async #load(src: string) {
    let result: { src: string; dataset?: Dataset; error?: string };
    try {
      const read = await need('data').catch((e: Error) => {
        this.#dataFailed = e.message;
        throw e;
      });
      result = { src, dataset: await read.fetchDataset(src) };
    } catch (e) {
      result = { src, error: (e as Error).message };
    }
    if (this.src === src) this.fetched = result;
  }

  #warnOnce(message: string) {
    if (message === this.#warned) return;
    this.#warned = message;
    console.warn(`<${this.localName}>: ${message}`);
  }

  protected override render() {
    return html`<div class="sizer"></div><div class="visually-hidden" role="status">${this.#said}</div>${this.#renderContent()}`;
  }

  #renderContent() {
    const s = this.strings;
    const { dataset, loading, problem } = this.#shown;
    if (problem) {
      // A part that could not be fetched has had its one console warning for the page (parts/lazy.ts).
      if (problem !== this.#dataFailed) this.#warnOnce(problem);
      return html`<div class="message" role="alert" part="error"><strong>${s.errorTitle}</strong>${problem}</div>`;
    }
    // A problem that comes back after a wait (its language, its data) is not warned about again.
    if (loading || !dataset)
      return html`<div class="loading" role="status" part="loading">${this.locale.loading}</div>`;
    this.#warned = '';
    const text = this.#shown.text!;
    const layout = this.drawn;
    const source = dataset === survey ? s.source : dataset.source || s.source;
    const compact = this.compact;
    return html`<figure part="figure" lang=${this.locale.language}>
      <figcaption>
        <p class="title" part="title">${text.title}</p>
        <p class="summary ${compact ? 'visually-hidden' : ''}" part="summary" id="${this.uid}-summary">${text.summary}</p>
      </figcaption>
      ${this.renderControls(s)}
      <div class="plot" part="plot" @pointerleave=${this.#onLeave}
        @keydown=${this.#onKey} @focusin=${this.#onFocus} @focusout=${this.#onBlur}>${layout ? this.#renderPlot(layout, text, s) : nothing}</div>
      <p class=${this.focused ? 'note' : 'visually-hidden'} id="${this.uid}-keys">${s.keys}</p>
      ${compact ? nothing : html`<p class="note" part="note">${s.legendNote}</p>`}
      <footer role="none">
        <span class="source" part="source" title=${source}>${compact ? source.split(',')[0] : source}</span>
        ${
          compact
            ? nothing
            : html`<button part="table-toggle" aria-expanded=${this.tableOpen} aria-controls="${this.uid}-table"
          @click=${() => (this.tableOpen = !this.tableOpen)}>${this.tableOpen ? s.hideTable : s.showTable}</button>`
        }
        ${
          this.download == null || !layout
            ? nothing
            : html`<span class="downloads">${FORMATS.filter(
                (f) => !this.download!.trim() || this.download!.includes(f),
              ).map(
                (f) =>
                  html`<button part="download" @click=${() => this.#saveAs(f, text, source)}>${f == 'csv' ? s.downloadData : s.downloadImage} (${f.toUpperCase()})</button>`,
              )}</span>`
        }
      </footer>
      <div id="${this.uid}-table" class=${this.tableOpen ? '' : 'visually-hidden'}
        tabindex=${this.tableOpen ? 0 : -1} role=${this.tableOpen ? 'region' : 'none'} aria-label=${this.tableOpen ? text.label : nothing}
        >${this.#renderTable(s, text)}</div>
    </figure>`;
  }

  /** Offers the shown findings as CSV, or the plot as SVG or PNG, with the title and the source. */
  async #saveAs(format: (typeof FORMATS)[number], text: ChartText, source: string) {
    try {
      await (
        await need('downloads')
      ).saveChart(
        format,
        `${this.localName}-${this.layoutKey().replace(/\W+/g, '-')}`.replace(/-+$/, ''),
        this.layout?.marks ?? [],
        this.renderRoot.querySelector('.plot svg')!,
        text.title,
        source,
      );
    } catch (e) {
      // Said in the live region (and once in the console): the button did nothing.
      this.#said = (e as Error).message;
      this.requestUpdate();
    }
  }

  #renderPlot(layout: L, text: ChartText, s: Strings) {
    const target = this.layout ?? layout;
    const marks = target.marks;
    const active = marks[this.active];
    return html`<svg role="group" aria-label=${text.label} aria-describedby="${this.uid}-summary ${this.uid}-keys"
        viewBox="0 0 ${layout.width} ${layout.height}" width=${layout.width} height=${layout.height}>
        <g aria-hidden="true">${this.renderMarks(layout, s)}</g>
        <g class="hits">${marks.map((m, i) => this.#renderHit(m, i, s, spread(marks, i)))}</g>
        ${active && this.focused ? this.#renderRing(active) : nothing}
      </svg>${this.tip !== null && marks[this.tip] ? this.#renderTooltip(marks[this.tip], target, s) : nothing}`;
  }

  /**
   * A mark's target, in its reader's words: at least 24 x 24 px (WCAG 2.5.8), a disc round a point, a box round a
   * text or a cell; `dx` moves it aside when other points share its spot.
   */
  #renderHit(m: ChartMark, i: number, s: Strings, dx: number) {
    const w = Math.max(24, m.w ?? 0);
    const h = Math.max(24, m.h ?? 0);
    // Hover is for the mouse; a touch also fires pointerenter, and its tap toggles the tooltip.
    return svg`<rect class="hit" role="button" tabindex=${i === this.active ? 0 : -1} aria-label=${this.describeMark(m, s)}
      data-key=${m.key} x=${m.x + dx - w / 2} y=${m.y - h / 2} width=${w} height=${h} rx=${m.w ? 0 : 12}
      @pointerenter=${(e: PointerEvent) => e.pointerType == 'mouse' && (this.tip = i)}
      @pointerdown=${(e: PointerEvent) => {
        if (e.pointerType !== 'mouse') {
          // Tap: toggle the tooltip; a tap elsewhere closes it.
          e.preventDefault();
          this.active = i;
          this.tip = this.tip === i ? null : i;
        }
      }}
      @click=${() => {
        this.active = i;
        this.#select(m);
      }}></rect>`;
  }

  #renderRing(m: ChartMark) {
    return m.w
      ? svg`<rect class="ring" x=${m.x - m.w / 2 - 2} y=${m.y - (m.h ?? 24) / 2 - 2} width=${m.w + 4} height=${(m.h ?? 24) + 4} rx="4"></rect>`
      : svg`<circle class="ring" cx=${m.x} cy=${m.y} r="11"></circle>`;
  }

  #renderTooltip(m: ChartMark, layout: L, s: Strings) {
    const f = m.finding;
    const above = m.y > 90;
    // Its centre at least half its widest (280px, or 90% of a narrow chart) from either side: never cut off.
    const half = Math.min(140, layout.width * 0.45);
    const left = Math.min(Math.max(m.x, half), layout.width - half);
    this.#tipStyle = {
      left: `${(left / layout.width) * 100}%`,
      // Clear of the mark: a dot, or the whole box of a text mark or cell.
      top: `${m.y + (above ? -1 : 1) * (16 + (m.h ?? 0) / 2)}px`,
      transform: `translate(-50%, ${above ? '-100%' : '0'})`,
    };
    const translation = this.locale.language !== 'nl' ? f?.wordsEn : null;
    // ARIA 1.2 names a tooltip from its contents; lit-a11y's rule predates that.
    // eslint-disable-next-line lit-a11y/accessible-name
    return html`<div class="tooltip" part="tooltip" role="tooltip" id="${this.uid}-tip" @pointerleave=${this.#onLeave} @pointermove=${this.#onTipMove}>
      <strong>${this.markTitle(m, s)}</strong>
      <span class="value">${longLabel(f, s)}</span>
      ${
        f
          ? html`<span class="precision"> · ${s.precision[f.precision]}</span>
        <q lang="nl">${f.words}</q>${translation ? html`<span class="translation" lang="en">${translation}</span>` : nothing}`
          : nothing
      }
      ${(m.related ?? []).map((r) => html`<q lang="nl">${r.year}: ${r.words}</q>`)}
    </div>`;
  }

  /** What a mark is about, in the title and the table's platform column: the platform, or the topic. */
  protected subject(m: Pick<ChartMark, 'platform' | 'topic'>, s: Strings): string {
    return m.platform && m.topic === 'presence' ? s.platform[m.platform] : s.topic[m.topic];
  }

  /** "OCMW’s · Instagram · 2017" */
  protected markTitle(m: ChartMark, s: Strings): string {
    return `${s.organisation[m.organisation]} · ${this.subject(m, s)} · ${m.year}`;
  }

  /**
   * The words a screen reader says for a mark: "OCMW’s, Instagram, 2017: ongeveer 1 op 3 (≈ 33%). In het artikel:
   * “…”". The long label says the precision in words (ongeveer, bijna, meer dan, verwaarloosbaar, geen cijfer);
   * where it is not exact the article's words follow, in English where the dataset has them.
   */
  protected describeMark(m: ChartMark, s: Strings): string {
    const f = m.finding;
    const base = `${this.markTitle(m, s).replace(/ · /g, ', ')}: ${longLabel(f, s)}`;
    return f && f.precision !== 'exact' ? `${base}. ${s.sourceWords}: ${quoteOf(this.locale.language)(f)}` : base;
  }

  #renderTable(s: Strings, text: ChartText) {
    const rows = this.layout?.marks ?? [];
    const h = s.tableHeaders;
    const seen = new Set<string>();
    const lines = rows.flatMap((m) =>
      [m.finding, ...(m.related ?? [])]
        .filter((f, i) => i === 0 || f)
        .flatMap((f) => {
          const key = f?.id ?? m.key;
          if (seen.has(key)) return [];
          seen.add(key);
          return [{ m, f }];
        }),
    );
    return html`<table part="table">
      <caption class="visually-hidden">${text.label}</caption>
      <thead><tr><th scope="col">${h.organisation}</th><th scope="col">${h.platform}</th><th scope="col">${h.year}</th>
        <th scope="col">${h.value}</th><th scope="col">${h.precision}</th><th scope="col">${h.words}</th></tr></thead>
      <tbody>${lines.map(
        ({ m, f }) => html`<tr data-key=${f?.id ?? m.key}>
          <th scope="row">${s.organisation[m.organisation]}</th>
          <td>${this.subject(m, s)}</td>
          <td>${f?.year ?? m.year}</td>
          <td>${longLabel(f ?? null, s)}</td>
          <td>${f ? s.precision[f.precision] : s.notAsked}</td>
          <td>${f ? html`<span lang="nl">${f.words}</span>` : '—'}</td>
        </tr>`,
      )}</tbody>
    </table>`;
  }

  #onFocus = (e: FocusEvent) => {
    const key = (e.target as Element).getAttribute?.('data-key');
    const i = this.layout?.marks.findIndex((m) => m.key === key) ?? -1;
    if (i >= 0) {
      this.active = i;
      this.tip = i;
      this.focused = true;
    }
  };

  /** The mouse left the tooltip or the plot: the tooltip closes (it stays while the mouse is on it, WCAG 1.4.13). */
  #onLeave = (e: PointerEvent) => e.pointerType == 'mouse' && !this.focused && (this.tip = null);

  /** Over the tooltip, a mark it covers still answers the mouse (elsewhere on it, the tooltip stays). */
  #onTipMove = (e: PointerEvent) => {
    const key = (this.renderRoot as ShadowRoot)
      .elementsFromPoint(e.clientX, e.clientY)
      .find((h) => h.classList.contains('hit'))
      ?.getAttribute('data-key');
    const i = this.layout?.marks.findIndex((m) => m.key === key) ?? -1;
    if (i >= 0 && e.pointerType == 'mouse') this.tip = i;
  };

  #onBlur = (e: FocusEvent) => {
    const next = e.relatedTarget as Element | null;
    if (!next || !next.classList?.contains('hit')) {
      this.tip = null;
      this.focused = false;
    }
  };

  #onDocumentPointer = (e: PointerEvent) => {
    if (this.tip !== null && !e.composedPath().includes(this)) this.tip = null;
  };

  #onKey = (e: KeyboardEvent) => {
    const last = (this.layout?.marks.length ?? 0) - 1;
    if (last < 0) return;
    // Arrows move by one mark, in a grid (`columns` on the layout) Up/Down by a row; Home and End go to the ends.
    const row = this.layout?.columns ?? 1;
    const step = (
      { ArrowRight: 1, ArrowDown: row, ArrowLeft: -1, ArrowUp: -row, Home: -last, End: last } as Record<string, number>
    )[e.key];
    if (e.key == 'Enter' || e.key == ' ') {
      e.preventDefault();
      this.#select(this.layout!.marks[this.active]);
    } else if (e.key == 'Escape') this.tip = null;
    else if (step != null) {
      e.preventDefault();
      this.active = this.tip = Math.min(last, Math.max(0, this.active + step));
      this.#focusPending = true;
    }
  };

  protected override updated() {
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (tip) Object.assign(tip.style, this.#tipStyle);
    if (this.#focusPending) {
      this.#focusPending = false;
      (this.renderRoot.querySelector(`.hit[tabindex="0"]`) as SVGElement | null)?.focus();
    }
  }

  #select(m: ChartMark) {
    const f = m.finding;
    this.emit('chart-select', {
      organisation: m.organisation,
      platform: m.platform,
      topic: m.topic,
      year: m.year,
      share: f?.share ?? null,
      precision: f?.precision ?? null,
      words: f?.words ?? null,
      id: f?.id ?? null,
    });
  }

  /** Dispatches a bubbling, composed event that crosses shadow roots. */
  protected emit<K extends keyof HTMLElementEventMap>(
    name: K,
    detail: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never,
  ) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
}

/**
 * Points drawn on the same spot (two equal figures) would hide each other's target: side by side, 24 px apart,
 * each can be tapped. The offset of the i-th mark.
 */
function spread(marks: ChartMark[], i: number): number {
  if (marks[i].w) return 0;
  const at = (m: ChartMark) => !m.w && Math.abs(m.x - marks[i].x) < 1 && Math.abs(m.y - marks[i].y) < 1;
  return (marks.slice(0, i).filter(at).length - (marks.filter(at).length - 1) / 2) * 24;
}

/** Findings quoted for a row or series that has no number: the article's words in the chart's language. */
export const quoteOf = (lang: string) => (f: Finding) => `“${lang == 'en' && f.wordsEn ? f.wordsEn : f.words}”`;
