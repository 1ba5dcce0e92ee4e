/**
 * dist/builder.js, the script of builder.html: choose an element, its options, language and theme, see the chart,
 * and copy three snippets: script and element (with a fallback picture and sentence), iframe (dist/frame.html), and
 * static image (dist/static, written by `npm run images`). Runs after dist/embed.js, which registers the elements.
 *
 * The elements' own attributes and their values come from the manifest (custom-elements.json), read when this
 * script is built (vite.config.ts, mode `builder`).
 */
import { TAGS, type Tag } from '../tags.js';
import { PRESETS, optionsSlug, type Options } from './presets.js';
import { chosenOptions, option, showOptionControls, showWordControls } from './controls.js';

type Language = 'nl' | 'en' | 'fr';
type Snippet = 'script' | 'iframe' | 'image';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = {
  tag: $<HTMLSelectElement>('tag'),
  preset: $<HTMLSelectElement>('preset'),
  options: $<HTMLFieldSetElement>('options'),
  words: $<HTMLFieldSetElement>('words'),
  lang: $<HTMLSelectElement>('lang'),
  theme: $<HTMLSelectElement>('theme'),
  base: $<HTMLInputElement>('base'),
};
const preview = $<HTMLDivElement>('preview');
const status = $<HTMLParagraphElement>('status');

/** Text as HTML: for attribute values and sentences in the snippets. */
const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A readable name of a preset: `platform: instagram, year: 2017`, or "defaults". */
const presetLabel = (options: Options) =>
  Object.entries(options)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ') || 'defaults';

function showPresets(tag: Tag) {
  form.preset.replaceChildren(
    ...PRESETS[tag].map((o) => option(optionsSlug(o), presetLabel(o))),
    option('', 'my own options'),
  );
}

function applyPreset(tag: Tag) {
  const preset = PRESETS[tag].find((o) => optionsSlug(o) == form.preset.value);
  if (!preset) return;
  for (const el of form.options.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-attribute]'))
    el.value = preset[el.dataset.attribute!] ?? '';
}

/** The preset the options are, if they are one: it has static images. */
const presetOf = (tag: Tag, options: Options) =>
  PRESETS[tag].find((p) => optionsSlug(p) == optionsSlug(options)) ?? null;

/**
 * The element as the snippets write it: its options, the editor's words, its language (always: without it, a chart
 * takes the language of the page it is pasted into), and its theme where it is not the default.
 */
function attributesOf(options: Options, words: Options, lang: Language, theme: string) {
  const all: [string, string][] = [...Object.entries(options), ...Object.entries(words), ['lang', lang]];
  if (theme != 'auto') all.push(['theme', theme]);
  return all;
}

/** A static image's size in CSS px, from its PNG (drawn at twice the size); null when there is none. */
function imageSize(url: string): Promise<{ width: number; height: number } | null> {
  return new Promise((resolve) => {
    const img = new Image();
    img.onload = () => resolve({ width: Math.round(img.naturalWidth / 2), height: Math.round(img.naturalHeight / 2) });
    img.onerror = () => resolve(null);
    img.src = url;
  });
}

/** The `<picture>` of a chart's static images (narrow below 720 px, wide above), or '' when there are none. */
async function pictureOf(base: string, tag: Tag, options: Options, lang: Language, alt: string, indent: string) {
  if (!presetOf(tag, options)) return '';
  const file = (layout: string) => `${base}static/${tag}-${optionsSlug(options)}-${lang}-${layout}.png`;
  const [narrow, wide] = await Promise.all([imageSize(file('narrow')), imageSize(file('wide'))]);
  if (!narrow || !wide) return '';
  return [
    `${indent}<picture>`,
    `${indent}  <source media="(min-width: 720px)" srcset="${file('wide')}" width="${wide.width}" height="${wide.height}">`,
    `${indent}  <img src="${file('narrow')}" width="${narrow.width}" height="${narrow.height}" style="max-width: 100%; height: auto"`,
    `${indent}    alt="${escape(alt)}">`,
    `${indent}</picture>`,
  ].join('\n');
}

/**
 * The hashes of integrity.json in a dist/ folder (`npm run release` and `npm pack` write it), by file name; null
 * where there is none, or it cannot be read from here (another host without CORS).
 */
const integrity = new Map<string, Promise<Record<string, string> | null>>();
function integrityOf(base: string) {
  if (!integrity.has(base))
    integrity.set(
      base,
      fetch(`${base}integrity.json`)
        .then((r) => (r.ok ? r.json() : null))
        .catch(() => null),
    );
  return integrity.get(base)!;
}

/** A script tag for a file of dist/: pinned by its hash (and fetched with CORS, as a hash needs) where it is known. */
function scriptTag(base: string, file: string, hashes: Record<string, string> | null, extra = '') {
  const pin = hashes?.[file] ? ` integrity="${hashes[file]}" crossorigin="anonymous"` : '';
  return `<script src="${base}${file}"${pin}${extra}></script>`;
}

let drawing = 0;

/** Draws the chart as chosen, then writes the three snippets from it (its title, summary and height). */
async function update() {
  const run = ++drawing;
  const tag = form.tag.value as Tag;
  const options = chosenOptions(form.options);
  const words = chosenOptions(form.words);
  const lang = form.lang.value as Language;
  const theme = form.theme.value;
  const base = form.base.value.replace(/\/?$/, '/');
  const attributes = attributesOf(options, words, lang, theme);

  const chart = document.createElement(tag);
  for (const [k, v] of attributes) chart.setAttribute(k, v);
  preview.replaceChildren(chart);
  const part = (name: string) => chart.shadowRoot?.querySelector(`[part~="${name}"]`)?.textContent?.trim() ?? '';
  // The words come with the chart's language part; the height once it is drawn.
  for (let t = 0; t < 100 && !(chart.shadowRoot?.querySelector('svg .hit') || part('error')); t++)
    await new Promise((r) => setTimeout(r, 50));
  if (run != drawing) return;
  const title = part('title') || tag;
  const summary = part('summary') || part('error');
  const height = Math.ceil(chart.getBoundingClientRect().height);

  const open = `<${tag}${attributes.map(([k, v]) => ` ${k}="${escape(v)}"`).join('')}>`;
  const fallback = await pictureOf(base, tag, options, lang, title, '  ');
  const hashes = await integrityOf(base);
  if (run != drawing) return;
  write('script', [
    scriptTag(base, 'embed.js', hashes),
    open,
    ...(fallback ? [fallback] : []),
    `  <p>${escape(summary)}</p>`,
    `</${tag}>`,
  ]);

  const query = new URLSearchParams([['chart', tag], ...attributes]);
  // A source link opens in a new tab (frame.html's <base target="_blank">), which the sandbox must allow.
  const popups = words['source-url'] ? ' allow-popups allow-popups-to-escape-sandbox' : '';
  const sandbox = `allow-scripts allow-same-origin${popups}`;
  write('iframe', [
    `<iframe src="${base}frame.html?${escape(query.toString())}"`,
    `  title="${escape(title)}" width="100%" height="${height}" style="border: 0"`,
    `  sandbox="${sandbox}" loading="lazy"></iframe>`,
    scriptTag(base, 'frame-resize.js', hashes, ' async'),
  ]);

  const image = await pictureOf(base, tag, options, lang, summary, '');
  if (run != drawing) return;
  // The static images are drawn with the chart's own words.
  const ownWords = Object.keys(words).length
    ? [
        `<!-- The images show the chart's own title and source, not the words above: draw yours with`,
        `     node scripts/images.mjs --attr ${Object.entries(words)
          .map(([k, v]) => `${k}=${JSON.stringify(v).replace(/--/g, '- -')}`)
          .join(' --attr ')} --out <folder> -->`,
      ]
    : [];
  write(
    'image',
    image
      ? [image, ...ownWords]
      : [
          `<!-- No static image for ${presetLabel(options)} in ${lang}: images exist for the presets only`,
          `     (choose one above), after \`npm run images\`. -->`,
        ],
  );
  document.body.dataset.ready = optionsSlug({ tag, ...options, ...words, lang, theme });
}

function write(snippet: Snippet, lines: string[]) {
  $<HTMLTextAreaElement>(snippet).value = lines.join('\n');
}

/** Copies a snippet: through the clipboard API, or by selecting it where that is not allowed (an iframe, http). */
async function copy(snippet: Snippet, button: HTMLButtonElement) {
  const area = $<HTMLTextAreaElement>(snippet);
  let copied = false;
  try {
    await navigator.clipboard.writeText(area.value);
    copied = true;
  } catch {
    area.select();
    copied = document.execCommand('copy');
  }
  status.textContent = copied
    ? `${button.textContent!.replace(/^Copy the /, '')}: copied.`
    : 'Could not copy: the snippet is selected, press Ctrl+C (⌘C).';
  if (!copied) area.focus();
}

/**
 * The builder's few styles, as a constructed stylesheet (no inline style): a readable column, the form as a grid
 * of labels and controls, a visible focus ring.
 */
function addStyles() {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`
    body { margin: 0; font: 16px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1f2328; }
    main { max-width: 760px; margin: 0 auto; padding: 1rem; }
    .controls { display: grid; grid-template-columns: max-content 1fr; gap: 0.5rem 1rem; align-items: center; }
    .controls fieldset { grid-column: 1 / -1; display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem;
      align-items: center; border: 1px solid #d0d7de; border-radius: 6px; }
    .controls fieldset small { grid-column: 2; color: #57606a; margin-bottom: 0.5rem; }
    select, input, textarea, button { font: inherit; }
    textarea { width: 100%; box-sizing: border-box; font-family: ui-monospace, monospace; font-size: 0.85rem; }
    button { margin-top: 0.25rem; padding: 0.3rem 0.8rem; }
    :focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
    .preview { border: 1px solid #d0d7de; border-radius: 6px; padding: 0.5rem; }
    #status { min-height: 1.5em; font-weight: 600; }
  `);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

function start() {
  addStyles();
  showWordControls(form.words);
  form.tag.append(...TAGS.map((t) => option(t, `<${t}>`)));
  // The dist/ folder this page loads embed.js from: where the snippets point, until the editor types another.
  const embed = document.querySelector<HTMLScriptElement>('script[src$="embed.js"]');
  form.base.value = new URL('.', embed?.src ?? new URL('dist/', location.href)).href;
  const chooseTag = () => {
    const tag = form.tag.value as Tag;
    showOptionControls(form.options, tag);
    showPresets(tag);
    applyPreset(tag);
  };
  form.tag.addEventListener('change', () => {
    chooseTag();
    void update();
  });
  form.preset.addEventListener('change', () => {
    applyPreset(form.tag.value as Tag);
    void update();
  });
  form.options.addEventListener('change', () => {
    form.preset.value = presetOf(form.tag.value as Tag, chosenOptions(form.options))
      ? optionsSlug(chosenOptions(form.options))
      : '';
    void update();
  });
  for (const el of [form.words, form.lang, form.theme, form.base]) el.addEventListener('change', () => void update());
  $('choose').addEventListener('submit', (e) => e.preventDefault());
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]'))
    button.addEventListener('click', () => void copy(button.dataset.copy as Snippet, button));
  chooseTag();
  void update();
}

start();
