import { csvText, type Separator } from '../data/csv.js';
import type { Finding } from '../data/schema.js';
import type { ChartMark } from '../core/types.js';
import type { Language } from '../i18n/index.js';

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

/**
 * The findings as CSV in the dataset's format, separated and with the decimal mark for the reader's language;
 * a worded fraction stays a fraction ("1/3"). Cells that a spreadsheet would run as a formula are guarded
 * (`safeCell`); the reader takes the guard off again, so the file can be given back as `src`.
 */
export function findingsCsv(findings: readonly Finding[], lang: Language = 'nl'): string {
  const { sep, decimal } = CSV_STYLE[lang] ?? CSV_STYLE.nl;
  const cell = (f: Finding, column: (typeof COLUMNS)[number]) => {
    if (column != 'share') return f[column];
    if (f.fraction) return f.fraction.join('/');
    return f.share == null ? '' : String(f.share).replace('.', decimal);
  };
  return csvText([COLUMNS, ...findings.map((f) => COLUMNS.map((column) => cell(f, column)))], sep);
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
];
const NS = 'http://www.w3.org/2000/svg';

/**
 * A standalone SVG file of the chart's plot, with its title above and the source line below. Styles are
 * inlined as presentation attributes (not `style`, which a strict CSP blocks), only where they differ from the
 * parent's; the invisible hit targets and the focus ring are left out. Text is set as text, never parsed.
 */
export function svgFile(
  plot: SVGSVGElement,
  title: string,
  source: string,
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
  const height = plot.height.baseVal.value + 56;
  const make = (tag: string, attrs: Record<string, string | number>, text?: string) => {
    const el = document.createElementNS(NS, tag);
    for (const k in attrs) el.setAttribute(k, `${attrs[k]}`);
    if (text) el.textContent = text;
    return el;
  };
  const font = { 'font-family': cs.fontFamily, 'font-size': cs.fontSize, fill: cs.color };
  const out = make('svg', { xmlns: NS, width, height, viewBox: `0 0 ${width} ${height}` });
  const g = make('g', { transform: 'translate(0 32)' });
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
    make('text', { ...font, x: 0, y: 18, 'font-weight': 700 }, title),
    g,
    make('text', { ...font, x: 0, y: height - 6, 'font-size': '11px' }, source),
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
 * A chart's download: its shown findings as CSV (each once, related ones too), or its plot as SVG or PNG with the
 * title and the source. `name` is the file's name without extension; `lang`, the chart's language, sets the CSV's
 * separator and decimal mark (see `findingsCsv`).
 */
export async function saveChart(
  format: 'csv' | 'png' | 'svg',
  name: string,
  marks: readonly ChartMark[],
  plot: SVGSVGElement,
  title: string,
  source: string,
  lang: Language = 'nl',
) {
  if (format == 'csv') {
    const seen = new Set<Finding>();
    for (const m of marks) for (const f of [m.finding, ...(m.related ?? [])]) if (f) seen.add(f);
    return save(findingsCsv([...seen], lang), `${name}.csv`);
  }
  const file = svgFile(plot, title, source);
  save(format == 'svg' ? new Blob([file.text], { type: 'image/svg+xml' }) : await pngOf(file), `${name}.${format}`);
}
