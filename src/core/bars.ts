import { linear } from './scale.js';
import type { Finding } from '../data/schema.js';
import type { OrganisationKey, Platform, Topic, Year } from '../data/keys.js';
import { compactLabel, percent, positionOf } from './format.js';
import { truncate, type Measure } from './measure.js';
import { NARROW, type ChartMark, type Layout, type PointMark, type Tick } from './types.js';
import type { Strings } from '../i18n/index.js';

/** One bar: a finding about an organisation, platform and topic in a year, or null where the survey is silent. */
export interface BarRowInput {
  key: string;
  label: string;
  organisation: OrganisationKey;
  platform: Platform | null;
  topic: Topic;
  year: Year;
  finding: Finding | null;
}

export interface BarsInput {
  rows: BarRowInput[];
  /** Findings told in words under the bars, each led by its label ("Video: geen cijfer — “…”"). */
  notes: { label: string; finding: Finding }[];
  /**
   * Legend texts `[share, rest]`: when given, every bar spans 0-100% and is split into the share and the
   * rest (the complement, derived, as approximate as the share), both labelled under the bar.
   */
  rest?: readonly [string, string];
  width: number;
  strings: Strings;
  measure: Measure;
  /** The article's words of a finding, quoted in the chart's language. */
  quote: (f: Finding) => string;
}

/** A horizontal extent in px. */
export interface Span {
  x: number;
  w: number;
}

export interface BarRow {
  key: string;
  label: string;
  labelX: number;
  labelY: number;
  y: number;
  /** The solid part of the bar, from 0%. */
  bar: Span | null;
  /** Where an approximate share fades out: around it (about), beyond it (more than) or before it (less than). */
  soft: Span | null;
  /** The whole 0-100% bar behind the share: the rest. */
  track: Span | null;
  /** The dot at the share, with its label; its shape tells the precision. */
  point: PointMark | null;
  /** The label of the rest, "≈ 2 op 3", under the rest of the bar. */
  rest: { text: string; x: number; y: number } | null;
  /** A row without a share: the article's words or "not in the article", at the start of the scale. */
  empty: { text: string; x: number; textX: number; y: number } | null;
}

/** A finding without a number (or any finding told in words), a focusable mark of one or more lines. */
export interface BarNote extends ChartMark {
  textX: number;
  lines: { key: string; y: number; text: string }[];
}

export interface BarsLayout extends Layout {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  barHeight: number;
  ticks: Tick[];
  rows: BarRow[];
  notes: BarNote[];
  /** Swatch and text per legend entry (rest mode only). */
  legend: { key: string; x: number; y: number; text: string; rest: boolean }[];
}

const PAD = 8;
const GAP = 7;
const LINE = 17;
/** Half the width of the soft end of an approximate bar, in px: a visual cue, not a confidence interval. */
const SOFT = 10;

/** Breaks a text into lines no wider than `width` at spaces; the last of `max` lines ends in an ellipsis. */
export function wrap(text: string, width: number, measure: Measure, max = 6): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  lines.push(line);
  if (lines.length > max) lines.splice(max - 1, lines.length, lines.slice(max - 1).join(' '));
  return lines.map((l) => truncate(l, width, measure));
}

const FLIP = { 'more-than': 'less-than', 'less-than': 'more-than' } as const;

/** The rest of a share (1 - share), as exact as the share and with the bound turned round: > 1 op 2 leaves < 1 op 2. */
export function restOf(f: Finding): Pick<Finding, 'share' | 'fraction' | 'precision'> | null {
  const p = f.precision;
  if (p === 'none') return null;
  if (p === 'negligible') return { share: 1, fraction: null, precision: 'less-than' };
  return {
    share: 1 - f.share!,
    fraction: f.fraction ? [f.fraction[1] - f.fraction[0], f.fraction[1]] : null,
    precision: p === 'more-than' || p === 'less-than' ? FLIP[p] : p,
  };
}

/**
 * Horizontal bars of shares on a 0-100% scale, one row a finding, each ending in a dot whose shape tells how
 * exact the share is; an approximate bar fades out around its end instead of stopping sharp. With `rest`, each
 * bar is a whole (0-100%) split into the share and the rest. Findings without a number follow as notes.
 */
export function layoutBars({ rows, notes, rest, width, strings, measure, quote }: BarsInput): BarsLayout {
  const narrow = width < NARROW;
  const labels = rows.map((r) => compactLabel(r.finding, strings));
  const placed = rows.map((r) => positionOf(r.finding));
  const valueWidth = Math.max(0, ...labels.map((t, i) => (placed[i] === null ? 0 : measure(t))));
  const nameColumn = narrow ? 0 : Math.max(...rows.map((r) => measure(r.label))) + 2 * PAD;
  const x0 = nameColumn + PAD + 6;
  const x1 = Math.max(x0 + 40, width - PAD - (rest ? 6 : valueWidth + GAP + 14));
  const x = linear([0, 1], [x0, x1]);

  // Legend (rest mode): two swatches, side by side or stacked when they do not fit.
  const legend: BarsLayout['legend'] = [];
  if (rest) {
    const first = 16 + measure(rest[0]);
    const stack = PAD + first + 20 + 16 + measure(rest[1]) > width - PAD;
    rest.forEach((text, i) =>
      legend.push({ key: `legend-${i}`, x: i && !stack ? PAD + first + 20 : PAD, y: i && stack ? 28 : 10, text, rest: i > 0 }),
    );
  }
  const top = (legend.length ? legend[legend.length - 1].y + 12 : 0) + 22;
  const barHeight = 14;
  const rowHeight = rest ? (narrow ? 64 : 50) : narrow ? 48 : 36;
  const barOffset = rest ? (narrow ? 30 : 12) : narrow ? 30 : 18;

  const out: BarRow[] = rows.map((r, i) => {
    const y0 = top + i * rowHeight;
    const y = y0 + barOffset;
    const row: BarRow = {
      key: r.key,
      label: r.label,
      labelX: PAD,
      labelY: narrow ? y0 + 10 : y,
      y,
      bar: null,
      soft: null,
      track: rest ? { x: x0, w: x1 - x0 } : null,
      point: null,
      rest: null,
      empty: null,
    };
    const pos = placed[i];
    const f = r.finding;
    if (pos === null || !f) {
      const lead = f ? `${labels[i]}: ` : strings.notAsked;
      row.empty = { text: f ? truncate(lead + quote(f), width - PAD - x0, measure) : lead, x: x0, textX: x0, y };
      row.track = null;
      return row;
    }
    const px = x(pos);
    const p = f.precision;
    // The soft end: where the true share may lie, as the words say.
    const [s0, s1] =
      p === 'about' ? [px - SOFT, px + SOFT] : p === 'more-than' ? [px, px + 2 * SOFT] : p === 'less-than' ? [px - 2 * SOFT, px] : [px, px];
    const a = Math.max(x0, s0);
    const b = Math.min(x1, s1);
    row.bar = { x: x0, w: a - x0 };
    row.soft = b > a ? { x: a, w: b - a } : null;
    const text = labels[i];
    const w = measure(text);
    let labelX = px + GAP + (p === 'more-than' ? 12 : 3);
    let labelY = y;
    if (rest) {
      // Under the bar: the share's label ends left of the split, the rest's begins right of it.
      labelY = y + 20;
      labelX = Math.max(x0 - 6, px - GAP - w);
      const other = restOf(f);
      if (other) {
        const restText = compactLabel(other, strings);
        const rw = measure(restText);
        row.rest = { text: restText, x: Math.min(Math.max(px + GAP, labelX + w + 2 * GAP), width - PAD - rw), y: labelY };
      }
    }
    row.point = {
      key: `${r.key}-point`,
      x: px,
      y,
      organisation: r.organisation,
      platform: r.platform,
      topic: r.topic,
      year: r.year,
      finding: f,
      kind: p,
      text,
      labelX,
      labelY,
      anchor: 'start',
    };
    return row;
  });

  // One focusable mark per row, over the bar and its labels.
  const marks: ChartMark[] = out.map((row, i) => {
    const r = rows[i];
    const right = row.empty
      ? x0 + measure(row.empty.text) + 4
      : rest
        ? x1 + 6
        : Math.max(row.point!.x + 8, row.point!.labelX + measure(row.point!.text) + 4);
    const left = x0 - 8;
    const h = rest ? 42 : 26;
    return {
      key: r.key,
      x: (left + right) / 2,
      y: row.empty ? row.empty.y : rest ? row.y + 9 : row.y,
      w: right - left,
      h,
      organisation: r.organisation,
      platform: r.platform,
      topic: r.topic,
      year: r.year,
      finding: r.finding,
    };
  });

  const bottom = top + rows.length * rowHeight - (rest ? 4 : 0);
  let noteY = bottom + 14;
  const noted: BarNote[] = notes.map(({ label, finding: f }) => {
    const text = `${label}: ${compactLabel(f, strings)} — ${quote(f)}`;
    const lines = wrap(text, width - 2 * PAD - 8, measure);
    const y = noteY;
    noteY += lines.length * LINE + 8;
    const w = Math.max(...lines.map(measure)) + 8;
    const h = lines.length * LINE + 4;
    return {
      key: f.id,
      x: PAD - 4 + w / 2,
      y: y + h / 2 - 2,
      w,
      h,
      organisation: f.organisation,
      platform: f.platform,
      topic: f.topic,
      year: f.year,
      finding: f,
      textX: PAD,
      lines: lines.map((t, j) => ({ key: `${f.id}-${j}`, y: y + LINE / 2 + j * LINE, text: t })),
    };
  });

  const ticks: Tick[] = (narrow || rest ? [0, 0.5, 1] : [0, 0.25, 0.5, 0.75, 1]).map((t) => ({
    key: String(t),
    x: x(t),
    label: percent(strings.locale, t),
  }));
  return {
    width,
    height: (noted.length ? noteY - 8 : bottom) + PAD,
    narrow,
    marks: [...marks, ...noted],
    x0,
    x1,
    top,
    bottom,
    barHeight,
    ticks,
    rows: out,
    notes: noted,
    legend,
  };
}

/** A label with a capital first letter, for a row name made of a topic ("maakt zelf video’s"). */
export const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
