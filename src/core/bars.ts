import { rowBands, shareScale, shareTicks } from './scale.js';
import type { Finding } from '../data/schema.js';
import type { OrganisationKey, Platform, Topic, Year } from '../data/keys.js';
import { compactLabel, longLabel, percent, positionOf } from './format.js';
import { truncate, type Measure, scaleOf } from './measure.js';
import { wrap } from './wrap.js';
import { SPACE, pointMark } from './builders.js';
import { NARROW, type ChartMark, type Layout, type PointMark, type Tick } from './types.js';
import type { Strings } from '../i18n/index.js';

/** One bar or note: a finding, or null where the survey is silent, with the name it is shown under. */
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
  /** Told in words under the bars, each led by its name ("Video: geen cijfer — “…”"); skipped when silent. */
  notes: BarRowInput[];
  /**
   * Legend texts `[share, rest]`: when given, every bar spans 0-100% and is split into the share and the
   * rest (the complement, derived, as approximate as the share), both labelled under the bar.
   */
  rest?: readonly [string, string];
  /** How the tooltip, the table and a screen reader say the rest, labelled as derived ("de rest (afgeleid) …"). */
  restSaid?: (value: string) => string;
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
  bar?: Span;
  /** Where an approximate share fades out: around it (about), beyond it (more than) or before it (less than). */
  soft?: Span;
  /** The whole 0-100% bar behind the share: the rest. */
  track?: Span;
  /** The dot at the share, with its label; its shape tells the precision. */
  point?: PointMark;
  /** The label of the rest, "≈ 2 op 3", under the rest of the bar. */
  rest?: Pick<PointMark, 'text' | 'labelX' | 'labelY' | 'anchor'>;
  /** A row without a share: the article's words or "not in the article", at the start of the scale. */
  empty?: { text: string; x: number; textX: number; y: number };
}

/** A finding told in words: a focusable mark of one or more lines. */
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
  /** Swatch and text per legend entry (split bars only). */
  legend: { key: string; x: number; y: number; text: string; rest: boolean }[];
}

const { edge: PAD, label: GAP } = SPACE;
/** Half the width of the soft end of an approximate bar, in px: a visual cue, not a confidence interval. */
const SOFT = 14;

const FLIP = { 'more-than': 'less-than', 'less-than': 'more-than' } as const;

/** The rest of a share (1 - share), as exact as the share and with the bound turned round: > 1 op 2 leaves < 1 op 2. */
export function restOf({
  share,
  fraction,
  precision: p,
}: Finding): Pick<Finding, 'share' | 'fraction' | 'precision'> | null {
  if (p === 'none') return null;
  if (p === 'negligible') return { share: 1, fraction: null, precision: 'less-than' };
  return {
    share: 1 - share!,
    fraction: fraction ? [fraction[1] - fraction[0], fraction[1]] : null,
    precision: p === 'more-than' || p === 'less-than' ? FLIP[p] : p,
  };
}

/**
 * Horizontal bars of shares on a 0-100% scale, one row a finding, each ending in a dot whose shape tells how
 * exact the share is; an approximate bar fades out around its end instead of stopping sharp. With `rest`, each
 * bar is a whole (0-100%) split into the share and the rest. Findings follow in words as notes.
 * Every row and note is one focusable mark, its box over the bar and its labels.
 */
export function layoutBars({ rows, notes, rest, restSaid, width, strings, measure, quote }: BarsInput): BarsLayout {
  const narrow = width < NARROW;
  // Line heights, row heights and gaps grow with the text drawn.
  const k = scaleOf(measure);
  const line = 17 * k;
  const label = (f: Parameters<typeof compactLabel>[0]) => compactLabel(f, strings);
  const valueWidth = rest
    ? 0
    : Math.max(0, ...rows.map((r) => (positionOf(r.finding) === null ? 0 : measure(label(r.finding)))));
  // Names are drawn bold: a tenth wider than measured.
  const x0 = (narrow ? 0 : Math.max(...rows.map((r) => measure(r.label))) * 1.1 + 2 * PAD) + PAD + 6;
  // Split bars end at 100%: room for half its tick label, so it stays inside at any text size.
  const x1 = Math.max(
    x0 + 40,
    width - PAD - (rest ? Math.max(6, measure(percent(1, strings)) / 2 - PAD) : valueWidth + GAP + 14),
  );
  const x = shareScale(x0, x1);
  // The legend of split bars: share and rest side by side, or stacked when narrow.
  const legend = (rest ?? []).map((text, i) => ({
    key: `legend-${i}`,
    x: i && !narrow ? 2 * PAD + 36 + measure(rest![0]) : PAD,
    y: (i && narrow ? 28 : 10) * k,
    text,
    rest: i > 0,
  }));
  const top = ((rest ? (narrow ? 40 : 22) : 0) + 22) * k;
  const rowHeight = (rest ? (narrow ? 64 : 50) : narrow ? 48 : 36) * k;
  const rowTop = rowBands(
    rows.map((r) => r.key),
    top,
    rowHeight,
  );
  const marks: ChartMark[] = [];

  const out = rows.map(({ key, label: name, ...meta }): BarRow => {
    const y0 = rowTop(key)!;
    const y = y0 + (narrow ? 30 : rest ? 12 : 18) * k;
    const f = meta.finding;
    const pos = positionOf(f);
    const text = label(f);
    const row: BarRow = { key, label: name, labelX: PAD, labelY: narrow ? y0 + 10 * k : y, y };
    let right = x1 + 6;
    if (pos === null || !f) {
      // No share: the article's words (or its silence) where the bar would be.
      row.empty = { text: f ? truncate(`${text}: ${quote(f)}`, width - PAD - x0, measure) : text, x: x0, textX: x0, y };
      right = x0 + measure(row.empty.text) + 4;
    } else {
      const px = x(pos);
      const p = f.precision;
      // The soft end: where the true share may lie, as the words say.
      const a = Math.max(x0, p === 'about' ? px - SOFT : p === 'less-than' ? px - 2 * SOFT : px);
      const b = Math.min(x1, p === 'about' ? px + SOFT : p === 'more-than' ? px + 2 * SOFT : px);
      row.bar = { x: x0, w: a - x0 };
      if (b > a) row.soft = { x: a, w: b - a };
      const w = measure(text);
      let labelX = px + GAP + (p === 'more-than' ? 12 : 3);
      let labelY = y;
      if (rest) {
        // Under the bar: the share's label ends left of the split, the rest's begins right of it.
        row.track = { x: x0, w: x1 - x0 };
        labelY = y + 20 * k;
        labelX = Math.max(x0 - 6, px - GAP - w);
        const other = restOf(f);
        if (other) {
          const restText = label(other);
          row.rest = {
            text: restText,
            labelX: Math.min(Math.max(px + GAP, labelX + w + 2 * GAP), width - PAD - measure(restText)),
            labelY,
            anchor: 'start',
          };
        }
      } else right = labelX + w + 4;
      row.point = pointMark(
        `${key}-point`,
        { ...meta, finding: f },
        { x: px, y },
        { text, labelX, labelY, anchor: 'start' },
      );
    }
    const other = rest && f ? restOf(f) : null;
    marks.push({
      ...meta,
      // The rest, worked out here: said as derived in the tooltip, the table and to screen readers.
      ...(other && restSaid ? { derived: restSaid(longLabel(other, strings)) } : {}),
      key,
      x: (x0 - 8 + right) / 2,
      y: rest && row.point ? y + 9 * k : y,
      w: right - x0 + 8,
      h: (rest ? 42 : 26) * k,
    });
    return row;
  });

  const bottom = rowTop.range()[1] - (rest ? 4 : 0);
  let noteY = bottom + 14 * k;
  const noted = notes.flatMap(({ key, label: lead, ...meta }): BarNote[] => {
    const f = meta.finding;
    if (!f) return [];
    const lines = wrap(`${lead}: ${label(f)} — ${quote(f)}`, width - 2 * PAD - 8, measure);
    const w = Math.max(...lines.map(measure)) + 8;
    // The box: 3.5 px above and below the lines, so one line is a 24 px target.
    const h = lines.length * line + 7;
    const y = noteY;
    noteY += h + 1;
    return [
      {
        ...meta,
        key,
        x: PAD - 4 + w / 2,
        y: y + h / 2 - 3.5,
        w,
        h,
        textX: PAD,
        lines: lines.map((text, j) => ({ key: `${key}-${j}`, y: y + line / 2 + j * line, text })),
      },
    ];
  });

  return {
    width,
    height: (noted.length ? noteY - 4 : bottom) + PAD,
    narrow,
    marks: [...marks, ...noted],
    x0,
    x1,
    top,
    bottom,
    barHeight: 14,
    ticks: shareTicks(x, narrow || !!rest).map((t) => ({ key: String(t), x: x(t), label: percent(t, strings) })),
    rows: out,
    notes: noted,
    legend,
  };
}
