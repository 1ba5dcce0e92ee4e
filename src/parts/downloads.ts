import { csvText, type Separator } from '../data/csv.js';
import type { Finding } from '../data/schema.js';
import type { ChartMark } from '../core/types.js';
import type { Language, Strings } from '../i18n/index.js';
import { sampleMark } from '../core/sample.js';
import type { Respondents } from '../data/schema.js';
import { quotesEn } from '../i18n/quotes-en.js';
import { quotesFr } from '../i18n/quotes-fr.js';

/** The columns of the dataset's CSV format: a downloaded file can be given back to a chart as `src`. */
const COLUMNS = [
  'id',
  'organisation',
  'platform',
  'topic',
  'year',
  'share',
  'precision',
  'words',
  'wordsEn',
  'wordsFr',
  'note',
] as const;

/**
 * How a reader's spreadsheet opens CSV: Excel in Belgium (nl-BE, fr-BE) splits on `;` and reads `0,57` as a
 * number; in English it splits on `,` and reads `0.57`.
 */
const CSV_STYLE: Record<Language, { sep: Separator; decimal: string }> = {
  nl: { sep: ';', decimal: ',' },
  fr: { sep: ';', decimal: ',' },
  en: { sep: ',', decimal: '.' },
};

/** What a download says about the chart besides its marks, in the chart's language. */
export interface SaveText {
  /** The chart's title, or the editor's `heading`. */
  title: string;
  /** The editor's `heading` (then also the `title`): the CSV's first line. */
  heading?: string;
  /** The editor's `description`, under the title. */
  description?: string;
  /** The source line, "Bron: …" (or "Bron onbekend"), with the URL of its link after it. */
  source: string;
  /** The editor's note, then whose shares they are, the small-sample marks and the derived values (the chart's note). */
  note?: string;
  /** The editor's `byline`, before the source. */
  byline?: string;
  /** The chart's strings: the small-sample mark of each finding, and the respondents' lines. */
  strings?: Strings;
}

/** A line of the CSV's header block: one cell, starting with "#", on one line. */
const commentLine = (text: string) => `# ${text.replace(/\s+/g, ' ').trim()}`;

/**
 * The findings as CSV in the dataset's format, separated and with the decimal mark for the reader's language;
 * a worded fraction stays a fraction ("1/3"). Cells that a spreadsheet would run as a formula are guarded
 * (`safeCell`); the reader takes the guard off again, so the file can be given back as `src`.
 *
 * With `text`, the file starts with a header block, one cell a line, each line starting with "#": the editor's
 * heading and description (where the editor wrote them), the source, the note (the editor's, then respondents, small
 * samples, derived values), the byline and who answered. A spreadsheet shows them as the first
 * rows of column A; a chart reading the file as `src` skips them (`withoutComments` in parts/data.ts). A column
 * `sample` gives each finding's small-sample mark ("n = 5", "hoogstens 20 brandweerzones"); the reader ignores it.
 */
export function findingsCsv(findings: readonly Finding[], lang: Language = 'nl', text?: SaveText): string {
  const { sep, decimal } = CSV_STYLE[lang] ?? CSV_STYLE.nl;
  const s = text?.strings;
  const columns = s ? [...COLUMNS, 'sample'] : COLUMNS;
  const cell = (f: Finding, column: string) => {
    // Plain spaces: a spreadsheet shows no-break spaces as they are, and searches them as other characters.
    if (column == 'sample') return sampleMark(f, s!, true).replace(/\u00A0/g, ' ');
    // The bundled survey's translations come with their language (src/i18n/quotes.ts): the file carries both.
    // (Own keys only: "valueOf" is no quote.)
    if (column == 'wordsEn') return f.wordsEn ?? (Object.hasOwn(quotesEn, f.words) ? quotesEn[f.words] : null);
    if (column == 'wordsFr') return f.wordsFr ?? (Object.hasOwn(quotesFr, f.words) ? quotesFr[f.words] : null);
    if (column != 'share') return f[column as (typeof COLUMNS)[number]];
    if (f.fraction) return f.fraction.join('/');
    return f.share == null ? '' : String(f.share).replace('.', decimal);
  };
  const respondents = [...new Set(findings.map((f) => f.respondents).filter((r): r is Respondents => !!r))];
  const head = text
    ? [
        text.heading ?? '',
        text.description ?? '',
        text.source,
        text.note ?? '',
        text.byline ?? '',
        ...(s
          ? respondents.map((r) =>
              s.respondentsLine(
                s.organisations[r.organisation],
                r.year,
                r.answered,
                r.population,
                r.populationPrecision == 'about',
              ),
            )
          : []),
      ]
        .filter(Boolean)
        .map((line) => [commentLine(line)])
    : [];
  return csvText([...head, columns, ...findings.map((f) => columns.map((column) => cell(f, column)))], sep);
}

/** Presentation attributes copied from the computed style, so the file looks the same without the stylesheet. */
const PROPS = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  // A halo round text over hatching is a stroke painted under the fill.
  'paint-order',
  'stroke-linejoin',
  // The colours of a gradient (the soft end of an approximate bar).
  'stop-color',
  'stop-opacity',
];
const NS = 'http://www.w3.org/2000/svg';

/** A text cut into lines of at most `max` characters, at spaces. */
function lines(text: string, max: number): string[] {
  const out: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = out.length - 1;
    if (last >= 0 && out[last].length + word.length + 1 <= max) out[last] += ` ${word}`;
    else out.push(word);
  }
  return out;
}

/**
 * A standalone SVG file of the chart's plot, with its title (and the editor's description) above and the note, the
 * byline and the source line below. Styles are inlined as presentation attributes (not `style`, which a strict CSP
 * blocks), only where they differ from the parent's; the invisible hit targets and the focus ring are left out.
 * Text is set as text, never parsed.
 */
export function svgFile(
  plot: SVGSVGElement,
  { title, description = '', note = '', byline = '', source }: SaveText,
): { text: string; width: number; height: number } {
  const copy = plot.cloneNode(true) as SVGSVGElement;
  const from = plot.querySelectorAll('*');
  const cs = getComputedStyle(plot);
  const css = (el: Element | null, p: string) => getComputedStyle(el ?? plot).getPropertyValue(p);
  copy.querySelectorAll('*').forEach((el, i) => {
    for (const p of PROPS) if (css(from[i], p) != css(from[i].parentElement, p)) el.setAttribute(p, css(from[i], p));
  });
  copy.querySelectorAll('.hits, .ring').forEach((el) => el.remove());
  const width = plot.width.baseVal.value;
  // The title in bold 15 px type, about 8.5 px a character, on as many lines as a narrow chart needs.
  const heading = lines(title, Math.max(20, Math.floor(width / 8.5)));
  // The editor's description in 13 px type, about 6.5 px a character, 17 px a line.
  const intro = lines(description, Math.max(25, Math.floor(width / 6.8)));
  const top = (heading.length - 1) * 20 + intro.length * 17;
  // The note, the byline and the source in 11 px type: about 5.5 px a character on average.
  const small = (text: string) => lines(text, Math.max(30, Math.floor(width / 5.8)));
  const below = [...small(note), ...small(byline), ...small(source)];
  const height = plot.height.baseVal.value + 42 + top + below.length * 14;
  const make = (tag: string, attrs: Record<string, string | number>, text?: string) => {
    const el = document.createElementNS(NS, tag);
    for (const k in attrs) el.setAttribute(k, `${attrs[k]}`);
    if (text) el.textContent = text;
    return el;
  };
  const font = { 'font-family': cs.fontFamily, 'font-size': cs.fontSize, fill: cs.color };
  // The description, note, byline and source in the muted colour the chart gives them (its summary's).
  const summary = (plot.getRootNode() as ParentNode).querySelector?.('.summary');
  const muted = { ...font, fill: summary ? getComputedStyle(summary).color : cs.color };
  const out = make('svg', { xmlns: NS, width, height, viewBox: `0 0 ${width} ${height}` });
  const g = make('g', { transform: `translate(0 ${32 + top})` });
  for (const p of PROPS) g.setAttribute(p, css(plot, p));
  g.append(...copy.childNodes);
  // A dark chart (light text) gets a dark background.
  const light =
    cs.color
      .match(/\d+/g)!
      .slice(0, 3)
      .reduce((a, b) => a + +b, 0) > 382;
  out.append(
    make('rect', { width, height, fill: light ? '#161b22' : '#fff' }),
    ...heading.map((line, i) => make('text', { ...font, x: 0, y: 18 + i * 20, 'font-weight': 700 }, line)),
    ...intro.map((line, i) =>
      make('text', { ...muted, x: 0, y: heading.length * 20 + 14 + i * 17, 'font-size': '13px' }, line),
    ),
    g,
    ...below.map((line, i) =>
      make('text', { ...muted, x: 0, y: height - 6 - (below.length - 1 - i) * 14, 'font-size': '11px' }, line),
    ),
  );
  // Without Lit's comment markers.
  return { text: new XMLSerializer().serializeToString(out).replace(/<!--[^]*?-->/g, ''), width, height };
}

/** The SVG drawn on a canvas at twice its size, as a PNG. */
export async function pngOf({ text, width, height }: ReturnType<typeof svgFile>): Promise<Blob> {
  const img = new Image();
  img.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * 2;
  canvas.height = height * 2;
  canvas.getContext('2d')!.drawImage(img, 0, 0, width * 2, height * 2);
  URL.revokeObjectURL(img.src);
  return new Promise((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
}

/** Offers a file to the reader as a download. */
export function save(data: Blob | string, name: string, type = 'text/csv;charset=utf-8') {
  const a = document.createElement('a');
  // A byte-order mark so that Excel reads the CSV as UTF-8 (the words have ’ and ≈).
  a.href = URL.createObjectURL(typeof data == 'string' ? new Blob(['\uFEFF', data], { type }) : data);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 6e4);
}

/**
 * A chart's download: its shown findings as CSV (each once, related ones too) headed by the source and the note,
 * or its plot as SVG or PNG with the title, the note and the source. `name` is the file's name without extension;
 * `lang`, the chart's language, sets the CSV's separator and decimal mark (see `findingsCsv`).
 */
export async function saveChart(
  format: 'csv' | 'png' | 'svg',
  name: string,
  marks: readonly ChartMark[],
  plot: SVGSVGElement,
  text: SaveText,
  lang: Language = 'nl',
) {
  if (format == 'csv') {
    const seen = new Set<Finding>();
    for (const m of marks) for (const f of [m.finding, ...(m.related ?? [])]) if (f) seen.add(f);
    return save(findingsCsv([...seen], lang, text), `${name}.csv`);
  }
  const file = svgFile(plot, text);
  save(format == 'svg' ? new Blob([file.text], { type: 'image/svg+xml' }) : await pngOf(file), `${name}.${format}`);
}
