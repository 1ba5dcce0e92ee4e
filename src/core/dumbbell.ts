import { rowBands, shareScale, shareTicks } from './scale.js';
import type { Finding } from '../data/schema.js';
import type { OrganisationKey, Platform, Year } from '../data/keys.js';
import { compactLabel, percent, positionOf } from './format.js';
import { truncate, type Measure, scaleOf } from './measure.js';
import { NARROW, type ChartMark, type Layout, type PointMark, type Tick } from './types.js';
import { SPACE, linkOf, noFigureMark, pointMark, type Link, type NoFigureMark } from './builders.js';
import type { Strings } from '../i18n/index.js';

export interface DumbbellRowInput {
  organisation: OrganisationKey;
  label: string;
  /** One entry per shown year, in year order; `finding` null where the article says nothing. */
  cells: { year: Year; finding: Finding | null }[];
}

export interface DumbbellInput {
  platform: Platform;
  rows: DumbbellRowInput[];
  width: number;
  strings: Strings;
  measure: Measure;
  /** Words shown for the survey's silence in a row: quoted source words of a qualitative finding. */
  quote: (f: Finding) => string;
}

export interface DumbbellRow {
  key: string;
  label: string;
  labelX: number;
  labelY: number;
  y: number;
  /** The change between the two years, when both have a position. */
  line: Link | null;
  points: PointMark[];
  /** A row without any share: text saying so, itself a focusable mark. */
  empty: NoFigureMark | null;
}

export interface DumbbellLayout extends Layout {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  ticks: Tick[];
  rows: DumbbellRow[];
  legend: { key: string; year: Year; x: number; y: number }[];
}

const { edge: PAD, label: GAP } = SPACE;

/** Dumbbell (or single-dot) rows: one organisation a row, its shares per year on a 0-100% scale. */
export function layoutDumbbell({ platform, rows, width, strings, measure, quote }: DumbbellInput): DumbbellLayout {
  const narrow = width < NARROW;
  // Row heights and gaps grow with the text drawn.
  const k = scaleOf(measure);
  const labels = rows.map((r) => r.cells.map((c) => compactLabel(c.finding, strings)));
  const widthOf = (i: number) =>
    Math.max(
      0,
      ...rows.flatMap((r, ri) =>
        r.cells
          .map((c, ci) => (positionOf(c.finding) === null ? 0 : measure(labels[ri][ci])))
          .filter((_, ci) => ci === i),
      ),
    );
  const twoYears = rows[0]?.cells.length === 2;
  const leftLabel = twoYears ? widthOf(0) : 0;
  const rightLabel = widthOf(twoYears ? 1 : 0);
  const nameColumn = narrow ? 0 : Math.max(...rows.map((r) => measure(r.label))) + 2 * PAD;
  const x0 = nameColumn + PAD + (leftLabel ? leftLabel + GAP + 6 : 6);
  const x1 = Math.max(x0 + 40, width - PAD - rightLabel - GAP - 6);
  const x = shareScale(x0, x1);
  const legendHeight = twoYears ? 22 : 0;
  const axisHeight = 20;
  const top = (legendHeight + axisHeight) * k;
  const rowHeight = (narrow ? 48 : 36) * k;
  const dotOffset = narrow ? 30 * k : rowHeight / 2;
  const rowTop = rowBands(
    rows.map((r) => r.organisation),
    top,
    rowHeight,
  );

  const out: DumbbellRow[] = rows.map((row, ri) => {
    const y0 = rowTop(row.organisation)!;
    const y = y0 + dotOffset;
    const placed = row.cells.map((c) => ({ ...c, pos: positionOf(c.finding) }));
    const valued = placed.filter((c) => c.pos !== null);
    const points: PointMark[] = placed.flatMap((c, ci) => {
      if (c.pos === null) return [];
      const px = x(c.pos);
      const other = valued.find((o) => o.year !== c.year);
      // In a pair, the lower share's label goes left of its dot and the higher one's right; alone, right.
      const left = other ? c.pos < other.pos! || (c.pos === other.pos && c.year < other.year) : false;
      const data = {
        organisation: row.organisation,
        platform,
        topic: 'presence' as const,
        year: c.year,
        finding: c.finding!,
        related: placed.flatMap((o) => (o.pos === null && o.finding ? [o.finding] : [])),
      };
      const label = {
        text: labels[ri][ci],
        labelX: left ? px - GAP - 3 : px + GAP + 3,
        labelY: y,
        anchor: left ? ('end' as const) : ('start' as const),
      };
      return [pointMark(`${row.organisation}-${c.year}`, data, { x: px, y }, label)];
    });
    let empty: DumbbellRow['empty'] = null;
    const silent = placed.filter((c) => c.pos === null);
    if (!valued.length) {
      // Nothing to place on the scale: say so, quoting the article where it has words.
      const said = silent.find((c) => c.finding)?.finding ?? null;
      const lead = said ? `${compactLabel(said, strings)}: ` : strings.notAsked;
      const text = said ? truncate(lead + quote(said), x1 - x0 + rightLabel, measure) : lead;
      const data = {
        organisation: row.organisation,
        platform,
        topic: 'presence' as const,
        year: said?.year ?? row.cells[row.cells.length - 1].year,
        finding: said,
      };
      empty = noFigureMark(`${row.organisation}-none`, data, text, { textX: x0, y, h: 24 }, measure);
    }
    const line = linkOf(`${row.organisation}-line`, points);
    return {
      key: row.organisation,
      label: row.label,
      labelX: PAD,
      labelY: narrow ? y0 + 12 * k : y,
      y,
      line,
      points,
      empty,
    };
  });

  const ticks: Tick[] = shareTicks(x, narrow).map((t) => ({ key: String(t), x: x(t), label: percent(t, strings) }));
  const years = rows[0]?.cells.map((c) => c.year) ?? [];
  // Over the plot, unless a wide left label (a small-sample mark, larger text) would push it out of the chart.
  const legendX = Math.max(PAD, Math.min(x0, width - PAD - 2 * 64 * k));
  const legend = twoYears
    ? years.map((year, i) => ({ key: String(year), year, x: legendX + i * 64 * k, y: 10 * k }))
    : [];
  const marks = out.flatMap((r): ChartMark[] => (r.empty ? [r.empty] : r.points));
  return {
    width,
    height: rowTop.range()[1] + PAD,
    narrow,
    marks,
    x0,
    x1,
    top,
    bottom: rowTop.range()[1],
    ticks,
    rows: out,
    legend,
  };
}
