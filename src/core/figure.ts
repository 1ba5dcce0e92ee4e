import type { Finding } from '../data/schema.js';
import { scalePoint } from 'd3-scale';
import { compactLabel, percent, positionOf } from './format.js';
import { scaleOf, type Measure } from './measure.js';
import { shareScale } from './scale.js';
import { wrap } from './wrap.js';
import type { ChartMark, Layout, PointMark } from './types.js';
import { linkOf, pointMark, type Link } from './builders.js';
import type { Strings } from '../i18n/index.js';

export interface FigureInput {
  /** The findings shown, in year order (one, or one a year). */
  findings: Finding[];
  width: number;
  strings: Strings;
  measure: Measure;
  quote: (f: Finding) => string;
}

/** The quoted words of a figure without any number, a focusable mark. */
export interface WordsMark extends ChartMark {
  w: number;
  h: number;
  lines: string[];
}

export interface FigureLayout extends Layout {
  /** The headline: "45% → 67%", in `size` em, on one or more lines. */
  big: { key: string; lines: string[]; size: number; y: number };
  /** Two shares: a tiny slope over a 0% baseline (`track`); one share: a dot on a 0–100% track; none: no graphic. */
  points: PointMark[];
  line: Link | null;
  track: { key: string; x1: number; x2: number; y: number } | null;
  /** Small texts under the graphic: the years of a slope, 0% and 100% of a track. */
  ticks: { key: string; x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end' }[];
  words: WordsMark | null;
}

const LINE = 16;
/** The article's words, when they are the headline, are a little larger than the text. */
export const QUOTE = 1.15;

/** A headline figure: the share(s) in large type with a tiny slope or track under it, or the article's words. */
export function layoutFigure({ findings, width, strings, measure, quote }: FigureInput): FigureLayout {
  const text = findings.map((f) => compactLabel(f, strings)).join(' → ');
  const valued = findings.filter((f) => positionOf(f) !== null);
  // Without any share the article's words are the headline, "geen cijfer" a plain line above them.
  const size = valued.length ? Math.min(2.2, Math.max(1.3, (width - 2) / measure(text))) : 1;
  const lines = wrap(text, width / size - 2, measure);
  let y = LINE * size * lines.length + 4;
  const big = { key: 'big', lines, size, y: LINE * size * 0.8 };
  const related = findings.filter((f) => positionOf(f) === null);
  const ticks: FigureLayout['ticks'] = [];
  let points: PointMark[] = [];
  let line: FigureLayout['line'] = null;
  let track: FigureLayout['track'] = null;
  let words: WordsMark | null = null;
  // The headline says the figures: the points carry no label of their own.
  const point = (f: Finding, x: number, py: number): PointMark =>
    pointMark(
      f.id,
      { organisation: f.organisation, platform: f.platform, topic: f.topic, year: f.year, finding: f, related },
      { x, y: py },
      { text: '', labelX: x, labelY: py, anchor: 'middle' },
    );
  if (valued.length === 2) {
    // A tiny slope on a 0–100% scale (not stretched: the change looks as large as it is), years under its ends.
    // Room for half a year under each end, more with larger text.
    const e = 16 * Math.max(1, scaleOf(measure));
    const sx = scalePoint<number>()
      .domain(valued.map((f) => f.year))
      .range([e, Math.min(width - e, 100)]);
    const sy = shareScale(y + 44, y + 8);
    points = valued.map((f) => point(f, sx(f.year)!, sy(positionOf(f)!)));
    line = linkOf('line', points);
    const [x1, x2] = sx.range();
    track = { key: 'track', x1: x1 - 8, x2: x2 + 8, y: y + 44 };
    valued.forEach((f, i) =>
      ticks.push({ key: `y${i}`, x: sx(f.year)!, y: y + 58, text: String(f.year), anchor: 'middle' }),
    );
    y += 62;
  } else if (valued.length === 1) {
    const x = shareScale(8, width - 8);
    track = { key: 'track', x1: x(0), x2: x(1), y: y + 14 };
    points = [point(valued[0], x(positionOf(valued[0])!), y + 14)];
    ticks.push(
      { key: 't0', x: x(0), y: y + 34, text: percent(0, strings), anchor: 'start' },
      { key: 't1', x: x(1), y: y + 34, text: percent(1, strings), anchor: 'end' },
    );
    y += 40;
  } else {
    const f = findings[findings.length - 1];
    const said = wrap(quote(f), (width - 4) / QUOTE, measure);
    const h = said.length * LINE * QUOTE + 4;
    words = {
      key: 'words',
      x: width / 2,
      y: y + h / 2,
      w: width,
      h,
      organisation: f.organisation,
      platform: f.platform,
      topic: f.topic,
      year: f.year,
      finding: f,
      related: related.slice(0, -1),
      lines: said,
    };
    y += h + 2;
  }
  return { width, height: y, narrow: true, marks: words ? [words] : points, big, points, line, track, ticks, words };
}
