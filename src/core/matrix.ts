import { scaleBand } from 'd3-scale';
import type { Finding } from '../data/schema.js';
import type { OrganisationKey, Platform, Precision, Year } from '../data/keys.js';
import { compactLabel } from './format.js';
import { scaleOf, type Measure } from './measure.js';
import { rowBands } from './scale.js';
import { wrap } from './wrap.js';
import { NARROW, type ChartMark, type Layout, type PointMark } from './types.js';
import type { Strings } from '../i18n/index.js';
import { SPACE } from './builders.js';

export interface MatrixRowInput {
  organisation: OrganisationKey;
  label: string;
  /** One cell per column, in column order; `finding` null where the article says nothing. */
  cells: { platform: Platform; finding: Finding | null }[];
}

export interface MatrixInput {
  year: Year;
  rows: MatrixRowInput[];
  /** Column heads: the full name, and a short one for narrow columns. */
  columns: { platform: Platform; label: string; short: string }[];
  width: number;
  strings: Strings;
  measure: Measure;
}

/** One organisation x platform cell: a box with the figure (or the survey's silence) in words. */
export interface CellMark extends ChartMark {
  w: number;
  h: number;
  /** `silent`: the article says nothing about this pair. */
  kind: Precision | 'silent';
  /** Fill opacity: grows with the share, 0 without one. */
  tint: number;
  /** The precision dot, where the cell has a figure. */
  dot: Pick<PointMark, 'x' | 'y' | 'kind' | 'year'> | null;
  lines: string[];
  tx: number;
  ty: number;
  anchor: 'start' | 'middle';
}

export interface MatrixLayout extends Layout {
  columns: number;
  heads: { key: string; x: number; y: number; lines: string[]; title: string }[];
  names: { key: string; x: number; y: number; text: string }[];
  marks: CellMark[];
}

const GAP = SPACE.cell;
/** Names and heads are bold: a little wider than the regular text `measure` measures. */
const BOLD = 1.1;

/** One cell: its box from `left`, `top`, `w`, `h`; the dot and text beside each other (`stacked`: dot above text). */
function cellMark(
  organisation: OrganisationKey,
  platform: Platform,
  f: Finding | null,
  year: Year,
  box: { left: number; top: number; w: number; h: number },
  lines: string[],
  stacked: boolean,
  k: number,
  line: number,
): CellMark {
  const { left, top, w, h } = box;
  const cy = top + h / 2;
  const n = lines.length;
  const kind = f?.precision ?? 'silent';
  const valued = f?.share != null;
  return {
    key: `${organisation}-${platform}`,
    x: left + w / 2,
    y: cy,
    w,
    h,
    organisation,
    platform,
    topic: 'presence',
    year,
    finding: f,
    kind,
    tint: valued ? 0.08 + 0.45 * f.share! : 0,
    dot:
      valued || kind === 'negligible'
        ? { kind: kind as Precision, year, x: stacked ? left + w / 2 : left + 15, y: stacked ? top + 13 * k : cy }
        : null,
    lines,
    tx: stacked ? left + w / 2 : left + 30,
    ty: stacked ? top + 26 * k + (h - 26 * k - n * line) / 2 + line / 2 : cy - ((n - 1) * line) / 2,
    anchor: stacked ? 'middle' : 'start',
  };
}

/**
 * A grid of organisations (rows) x platforms (columns) for one year. Wide: names left of the rows, a dot left
 * of the text in each cell. Narrow: each name above its row, the dot above the text, short column heads. Too
 * narrow for the text even so (large text in a phone's column): a list, each organisation's name above one full
 * row per platform that names it ("Instagram: ≈ 1 op 3"), Up and Down then move by one.
 */
export function layoutMatrix({ year, rows, columns, width, strings, measure }: MatrixInput): MatrixLayout {
  const narrow = width < NARROW;
  // Line heights and gaps grow with the text drawn.
  const k = scaleOf(measure);
  const line = 16 * k;
  const nameW = narrow ? 0 : Math.max(...rows.map((r) => measure(r.label))) * BOLD + 12;
  // Columns of equal width right of the names, a cell a column: GAP between cells, half a GAP at either end.
  const colW = (width - nameW) / columns.length;
  const column = scaleBand<Platform>()
    .domain(columns.map((c) => c.platform))
    .range([nameW, width])
    .paddingInner(GAP / colW)
    .paddingOuter(GAP / 2 / colW);
  const cellW = column.bandwidth();
  // Text room inside a cell: beside the dot when wide, under it when narrow.
  const room = narrow ? cellW - 6 : cellW - 34;
  // Short heads for all columns as soon as one full name does not fit.
  const short = columns.some((c) => wrap(c.label, cellW / BOLD, measure).some((l) => measure(l) * BOLD > cellW));
  const heads = columns.map((c) => ({
    key: c.platform,
    x: column(c.platform)! + cellW / 2,
    y: 12 * k,
    lines: wrap(short ? c.short : c.label, cellW / BOLD, measure),
    title: c.label,
  }));
  const text = (f: Finding | null) => (f ? compactLabel(f, strings) : strings.notAsked);
  const texts = rows.map((r) => r.cells.map(({ finding: f }) => wrap(text(f), room, measure)));
  const names: MatrixLayout['names'] = [];
  if (
    narrow &&
    (texts.flat(2).some((l) => measure(l) > colW) || heads.some((h) => h.lines.some((l) => measure(l) * BOLD > colW)))
  ) {
    let y = 0;
    const marks = rows.flatMap((r) => {
      y += 20 * k;
      names.push({ key: r.organisation, x: 0, y: y - 10 * k, text: r.label });
      return r.cells.map(({ platform, finding: f }, j) => {
        const lines = wrap(`${columns[j].label}: ${text(f)}`, width - GAP - 34, measure);
        const h = Math.max(36 * k, lines.length * line + 12 * k);
        const box = { left: GAP / 2, top: y, w: width - GAP, h };
        y += h + GAP;
        return cellMark(r.organisation, platform, f, year, box, lines, false, k, line);
      });
    });
    return { width, height: y, narrow, columns: 1, heads: [], names, marks };
  }
  const headH = Math.max(...heads.map((h) => h.lines.length)) * line + 4;
  const most = Math.max(...texts.flat().map((t) => t.length));
  const cellH = Math.max(36 * k, most * line + (narrow ? 30 : 12) * k);
  // A row: the name above the cells when narrow, the cells, a GAP.
  const rowTop = rowBands(
    rows.map((r) => r.organisation),
    headH,
    cellH + GAP + (narrow ? 20 * k : 0),
  );
  const marks = rows.flatMap((r, i) => {
    const top = rowTop(r.organisation)! + (narrow ? 20 * k : 0);
    names.push({ key: r.organisation, x: 0, y: narrow ? top - 10 * k : top + cellH / 2, text: r.label });
    return r.cells.map(({ platform, finding: f }, j) =>
      cellMark(
        r.organisation,
        platform,
        f,
        year,
        { left: column(platform)!, top, w: cellW, h: cellH },
        texts[i][j],
        narrow,
        k,
        line,
      ),
    );
  });
  return { width, height: rowTop.range()[1], narrow, columns: columns.length, heads, names, marks };
}
