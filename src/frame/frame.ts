/**
 * dist/frame.js, the script of dist/frame.html: draws the one chart its query string names, with the element's own
 * attribute names (`?chart=adoption-chart&platform=instagram&year=2017&lang=en&theme=dark`), and posts the page's
 * height to the parent page whenever it changes (see messages.ts; dist/frame-resize.js or AMP resize the iframe).
 *
 * It runs after dist/embed.js, which registers the elements. A chart name that does not exist gets a message in the
 * page; a value the element does not know gets the element's own message, as on any page.
 */
import { TAGS, type Tag } from '../tags.js';
import { ASK, HEIGHT, type AmpEmbedSize, type HeightMessage } from './messages.js';

type Language = 'nl' | 'en' | 'fr';

/** The page's own words, for what happens before there is a chart to speak. */
const WORDS: Record<Language, { noChart: string; unknownChart: (name: string) => string; noScript: string }> = {
  nl: {
    noChart: `Geen grafiek gekozen. Geef er een met chart= in het adres: ${TAGS.join(', ')}.`,
    unknownChart: (name) => `Onbekende grafiek "${name}" voor chart. Geldige waarden: ${TAGS.join(', ')}.`,
    noScript: 'De grafiek kon niet worden geladen: embed.js ontbreekt naast frame.html.',
  },
  en: {
    noChart: `No chart chosen. Name one with chart= in the address: ${TAGS.join(', ')}.`,
    unknownChart: (name) => `Unknown chart "${name}" for chart. Valid values: ${TAGS.join(', ')}.`,
    noScript: 'The chart could not be loaded: embed.js is missing beside frame.html.',
  },
  fr: {
    noChart: `Aucun graphique choisi. Indiquez-en un avec chart= dans l’adresse : ${TAGS.join(', ')}.`,
    unknownChart: (name) => `Graphique inconnu « ${name} » pour chart. Valeurs valides : ${TAGS.join(', ')}.`,
    noScript: 'Le graphique n’a pas pu être chargé : embed.js manque à côté de frame.html.',
  },
};

/** The language of a `lang` value as the elements read it: `fr-BE` is French, anything unknown Dutch. */
const languageOf = (lang: string | null): Language => {
  const base = (lang ?? '').toLowerCase().split('-')[0];
  return base == 'en' || base == 'fr' ? base : 'nl';
};

const isTag = (name: string): name is Tag => (TAGS as readonly string[]).includes(name);

/**
 * The page's few styles, as a constructed stylesheet (a strict CSP allows it, as it allows the charts' own): no
 * margin, so that the page is exactly as tall as the chart; a sans-serif font for the chart, which takes the page's
 * font family (the article's font does not reach into a frame); and a plain box for the page's own message.
 *
 * The chart is clipped at its own top and bottom (and is the box its absolutely placed content is placed in): its data table, kept for screen readers while it is closed, is a
 * 1 px box that sits just below the chart and would otherwise give the page a few pixels to scroll, and the frame
 * a scrollbar.
 */
function addStyles() {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`
    html, body { margin: 0; padding: 0; background: transparent; }
    body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
    body > .chart { position: relative; overflow-y: clip; }
    .frame-message { margin: 0; padding: 0.75em 1em; border: 1px solid currentColor; border-radius: 4px;
      font: 14px/1.4 system-ui, sans-serif; }
  `);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** The page's own message, instead of a chart. */
function showMessage(text: string) {
  const p = document.createElement('p');
  p.className = 'frame-message';
  p.setAttribute('role', 'alert');
  p.textContent = text;
  document.body.append(p);
  console.warn(`lokale-besturen-charts frame.html: ${text}`);
}

/**
 * The chart the query names, its attributes set from the other parameters. Only the element's own attributes are
 * set (its observed attributes, and `lang` on the page): any other name is left out with one console warning, so
 * that a query can never add an event handler or a style. Returns the tag, or '' when there is no chart.
 */
function addChart(query: URLSearchParams, words: (typeof WORDS)[Language]): Tag | '' {
  const name = query.get('chart');
  if (!name) {
    showMessage(words.noChart);
    return '';
  }
  if (!isTag(name)) {
    showMessage(words.unknownChart(name));
    return '';
  }
  const ctor = customElements.get(name) as (CustomElementConstructor & { observedAttributes?: string[] }) | undefined;
  if (!ctor) {
    showMessage(words.noScript);
    return '';
  }
  const allowed = new Set(ctor.observedAttributes ?? []);
  const chart = document.createElement(name);
  chart.className = 'chart';
  const ignored: string[] = [];
  for (const [key, value] of query) {
    if (key == 'chart' || key == 'lang') continue;
    if (allowed.has(key)) chart.setAttribute(key, value);
    else ignored.push(key);
  }
  if (ignored.length)
    console.warn(
      `lokale-besturen-charts frame.html: ${ignored.join(', ')} left out; <${name}> takes ${[...allowed, 'lang'].join(', ')}.`,
    );
  document.body.append(chart);
  return name;
}

/**
 * Posts the page's height to the parent whenever it changes, and again when the parent asks (frame-resize.js does
 * when it starts, for frames that spoke before it was there).
 */
function postHeights(chart: Tag | '') {
  if (window.parent === window) return;
  let posted = -1;
  const post = (always = false) => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height == posted && !always) return;
    posted = height;
    const ours: HeightMessage = { type: HEIGHT, height, chart };
    const amp: AmpEmbedSize = { sentinel: 'amp', type: 'embed-size', height };
    window.parent.postMessage(ours, '*');
    window.parent.postMessage(amp, '*');
  };
  new ResizeObserver(() => post()).observe(document.documentElement);
  addEventListener('load', () => post());
  addEventListener('message', (e) => {
    if (e.source === window.parent && (e.data as { type?: unknown } | null)?.type === ASK) post(true);
  });
  post();
}

/** The frame's title follows the chart's visible title, for screen readers that announce the frame's page. */
function followTitle(chart: Tag | '') {
  if (!chart) return;
  const el = document.querySelector(chart)!;
  const update = () => {
    const title = el.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim();
    if (title && document.title != title) document.title = title;
  };
  new ResizeObserver(update).observe(el);
}

const query = new URLSearchParams(location.search);
const lang = query.get('lang');
if (lang) document.documentElement.lang = lang;
addStyles();
const chart = addChart(query, WORDS[languageOf(document.documentElement.lang)]);
followTitle(chart);
postHeights(chart);
