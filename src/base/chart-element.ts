export type { ChartSelectDetail } from './events.js';
export { quoteOf } from './mark-words.js';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ResizeController } from '../controllers/resize.js';
import { LocaleController } from '../controllers/locale.js';
import { PageController, turn } from '../controllers/page.js';
import { DataController, held, type Shown } from '../controllers/data.js';
import { InteractionController } from '../controllers/interaction.js';
import { TransitionController } from '../controllers/transition.js';
import { StatusController } from '../controllers/status.js';
import { WordsElement } from './words-element.js';
import { captionOf, downloadWords, sourceText } from '../templates/words.js';
import { survey } from '../data/survey.js';
import type { Dataset } from '../data/schema.js';
import { need, problemWords } from '../parts/index.js';
import { longLabel } from '../core/format.js';
import type { Measure } from '../core/measure.js';
import { measureIn } from './font.js';
import { same } from './same.js';
import type { ChartMark, Layout } from '../core/types.js';
import type { Strings } from '../i18n/index.js';
import { emit, selectDetail, type EventDetail } from './events.js';
import { markDescription, markTitle, translationOf } from './mark-words.js';
import { frame, formatsOf, loadingBox, message, room, type Format } from '../templates/frame.js';
import { hits, plot } from '../templates/plot.js';
import { dataTable, tableRows } from '../templates/table.js';
import { tooltip } from '../templates/tooltip.js';

/** What a chart says about itself: title, accessible name, summary, and the note under its plot (and in downloads). */
export interface ChartText {
  title: string;
  label: string;
  summary: string;
  note?: string;
}

let uid = 0;

/**
 * What every chart shares: language, theme, the data (DataController), the size, the reader's way through the
 * marks (InteractionController), transitions (TransitionController), the table, the editor's words (WordsElement),
 * the source line, warnings and events (StatusController). A chart supplies its attributes' check, layout and marks.
 * The title, summary and layout are worked out in `willUpdate`, again only when what they depend on changes:
 * a hover, a key press or an animation frame re-renders without laying out.
 *
 * @attribute {'nl' | 'en' | 'fr'} [lang='nl'] - Language of the chart, set on the element or any ancestor (`fr-BE` is French); Dutch by default.
 * @cssproperty --chart-plot-height - Room kept for the plot until it is drawn (off screen, or while `src` loads), so the article does not jump (default 280px).
 * @fires chart-ready - The chart was drawn: first, and again after a message; `detail` holds tag and options (the attributes that hold a value, and lang).
 * @fires chart-error - The chart shows a message instead of its plot; `detail` holds a stable code (unknown-value, invalid-data, src-not-found, src-unreachable, too-large, timeout, part-unavailable), the message, and for unknown-value the attribute.
 * @csspart download - Each download button (`download` attribute).
 * @csspart editor-note - The editor's note (`note` attribute), above the chart's own note.
 * @csspart byline - The byline (`byline` attribute), before the source line.
 */
export abstract class ChartElement<L extends Layout = Layout> extends WordsElement {
  /** Reactive properties, declared without decorators; the fields below keep their types and docs. */
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    src: {},
    data: { attribute: false },
    download: {},
    tableOpen: { state: true },
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

  private tableOpen = false;

  protected readonly size = new ResizeController(this);
  protected readonly locale = new LocaleController(this);
  /** Near the viewport (lazy drawing), the page's theme, web fonts loaded. */
  protected readonly page = new PageController(this);
  protected readonly loader = new DataController(this);
  protected readonly interaction = new InteractionController(this, {
    marks: () => this.layout?.marks ?? [],
    columns: () => this.layout?.columns ?? 1,
    select: (m) => this.emit('chart-select', selectDetail(m)),
    width: () => this.layout?.width ?? 0,
  });
  protected readonly transition = new TransitionController<L>(this);
  readonly #status = new StatusController(this, {
    drawn: () => !this.#shown.provisional && !!(this.layout && this.transition.drawn && this.page.near),
    partFailure: () => this.loader.partFailure,
    language: () => this.locale.language,
  });
  protected readonly uid = `chart-${++uid}`;

  /** The layout for the current data, attributes and width (the target of any running transition). */
  protected layout: L | null = null;
  /** What this update shows: the data (or why not), the reader's message, and the chart's words. */
  #shown: Shown & { problem: string | null; text?: ChartText } = { loading: true, problem: null };
  /** The chart's words, and what they were worked out from. */
  #text: ChartText | null = null;
  #textInputs: unknown[] = [];
  /** What the layout was computed from: with the width and the font, and without (a change there animates). */
  #layoutInputs: unknown[] = [];
  /** The layout is held (laid out hidden while the chart waits, see `Shown.provisional`). */
  #held = false;
  /** The live region's text, and the last title and summary drawn. */
  #said = '';
  #heard = '';

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
  /** A string that changes whenever the chart's own attributes change the layout or the words. */
  protected abstract layoutKey(): string;
  /** A figure in a paragraph's margin: summary and table (no toggle) for screen readers only, no legend of the marks. */
  protected compact = false;
  /** Controls shown between the caption and the plot (e.g. a year switch); none by default. */
  protected renderControls(_s: Strings): unknown {
    return nothing;
  }

  /** Charts take turns: after 8 ms of chart updates in a task, the next update waits for a new task (see `turn`). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const t = turn(this.page);
    return t ? t.then(() => this.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    const s = this.strings;
    // The strings of English or French may still be on their way.
    const resolved = this.loader.resolve();
    // Waiting for them, the chart is laid out in Dutch, hidden, to hold about the room it will have.
    const shown: Shown = this.locale.pending ? held(resolved) : resolved;
    // Set before checkAttributes, which may read shownData(). Bad data first, then bad attributes.
    this.#shown = { ...shown, problem: null };
    const problem = (this.#shown.problem = shown.error ? problemWords(shown.error, s) : this.checkAttributes(s));
    this.#status.report(problem, shown.loading, shown.error);
    // The page's own theme, when `theme` is auto and the page declares one (see PageController).
    const scheme = this.theme == 'auto' ? this.page.scheme : '';
    if (this.style.colorScheme != scheme) this.style.colorScheme = scheme;
    const { dataset } = shown;
    if (!dataset || problem) return this.#clear();
    // Title and summary, shown (and announced) even before the plot is drawn.
    const content = [dataset, this.layoutKey(), s];
    if (!this.#text || !same(content, this.#textInputs)) {
      this.#textInputs = content;
      this.#text = this.describe(dataset, s);
    }
    const text = (this.#shown.text = this.#text);
    const width = this.size.width;
    if (!width) return this.#clear();
    const measure = measureIn(this);
    const inputs = [...content, width, measure];
    if (!same(inputs, this.#layoutInputs)) {
      // A change animates from what was drawn; a layout that was only held (never shown) is not a start.
      const animate =
        !this.#held && this.#layoutInputs.length > 0 && !same(content, this.#layoutInputs.slice(0, content.length));
      this.#layoutInputs = inputs;
      this.layout = this.computeLayout(dataset, width, s, measure);
      this.interaction.clamp(this.layout.marks.length);
      this.transition.show(this.layout, animate);
    }
    this.#held = !!shown.provisional;
    // Laid out also off screen, where the plot keeps its room (see #plot); the marks are drawn near the viewport.
    if (!this.page.isNear() || shown.provisional) return;
    // A polite announcement when what is shown changes (an attribute, the data, the language), not on first drawing.
    const said = `${text.title}. ${text.summary}`;
    if (this.#heard && said != this.#heard) this.#said = said;
    this.#heard = said;
  }

  /** Nothing drawn: no layout, and the next one drawn at once. */
  #clear() {
    this.layout = null;
    this.#layoutInputs = [];
    this.transition.show(null, false);
  }

  protected override render() {
    return html`<div class="sizer"></div><div class="visually-hidden" role="status">${this.#said}</div>${this.#content()}`;
  }

  #content() {
    const s = this.strings;
    const { dataset, loading, problem, text } = this.#shown;
    if (problem) return message(s.errorTitle, problem);
    if (!dataset || !text) return loadingBox(this.locale.loading);
    const source = dataset === survey ? s.source : dataset.source || s.noSource;
    const words = this.words;
    const marks = this.layout?.marks ?? [];
    const ia = this.interaction;
    const figure = frame(
      {
        uid: this.uid,
        language: this.locale.language,
        ...text,
        compact: this.compact,
        controls: this.renderControls(s),
        plot: this.#plot(text, s),
        focused: ia.focused,
        source,
        words,
        tableOpen: this.tableOpen,
        toggleTable: () => (this.tableOpen = !this.tableOpen),
        table: dataTable(tableRows(marks), s, {
          caption: captionOf(text.label, words, sourceText(source, words, s)),
          subject: (m) => this.subject(m, s),
          value: (f) => longLabel(f, s),
        }),
        downloads: this.download == null || !this.layout ? [] : formatsOf(String(this.download)),
        save: (f) => void this.#saveAs(f, downloadWords(text, words, sourceText(source, words, s))),
        plotEvents: { leave: ia.onLeave, key: ia.onKey, focusIn: ia.onFocusIn, focusOut: ia.onFocusOut },
      },
      s,
    );
    return this.#shown.provisional
      ? html`<div class="held"><div class="provisional" aria-hidden="true" .inert=${true}>${figure}</div>${
          loading ? loadingBox(this.locale.loading) : nothing
        }</div>`
      : figure;
  }

  #plot(text: ChartText, s: Strings) {
    const drawn = this.transition.drawn;
    if (!drawn || !this.layout || !this.page.near || this.#shown.provisional)
      return this.layout ? room(this.layout) : nothing;
    const marks = this.layout.marks;
    const ia = this.interaction;
    const tip = ia.tip === null ? undefined : marks[ia.tip];
    return plot({
      drawn,
      marks,
      label: text.label,
      describedBy: `${this.uid}-summary ${this.uid}-keys`,
      content: this.renderMarks(drawn, s),
      hits: hits(marks, {
        active: ia.active,
        label: (m) => markDescription(m, s, (x) => this.subject(x, s)),
        enter: ia.enter,
        press: ia.press,
        click: ia.click,
      }),
      ring: ia.focused ? (marks[ia.active] ?? null) : null,
      tooltip: tip ? this.#tooltip(tip, s) : nothing,
    });
  }

  #tooltip(m: ChartMark, s: Strings) {
    const f = m.finding;
    return tooltip(m, {
      id: `${this.uid}-tip`,
      title: markTitle(m, s, (x) => this.subject(x, s)),
      value: longLabel(f, s),
      precision: f ? s.precision[f.precision] : null,
      translation: f && translationOf(f, s),
      onLeave: this.interaction.onLeave,
    });
  }

  /** Offers the shown findings as CSV, or the plot as SVG or PNG, with the title and the source. */
  async #saveAs(format: Format, text: ReturnType<typeof downloadWords>) {
    try {
      const { saveChart } = await need('downloads');
      await saveChart(
        format,
        `${this.localName}-${this.layoutKey().replace(/\W+/g, '-')}`.replace(/-+$/, ''),
        this.layout?.marks ?? [],
        this.renderRoot.querySelector('.plot svg')!,
        { ...text, strings: this.strings },
        this.locale.language,
      );
    } catch (e) {
      // Said in the live region (and once in the console): the button did nothing.
      this.#said = (e as Error).message;
      this.requestUpdate();
    }
  }

  /** What a mark is about, in the title and the table's platform column: the platform, or the topic. */
  protected subject(m: Pick<ChartMark, 'platform' | 'topic'>, s: Strings): string {
    return m.platform && m.topic === 'presence' ? s.platform[m.platform] : s.topic[m.topic];
  }

  /** Dispatches a bubbling, composed event that crosses shadow roots. */
  protected emit<K extends keyof HTMLElementEventMap>(name: K, detail: EventDetail<K>) {
    emit(this, name, detail);
  }
}
