import { scalePoint } from 'd3-scale';
import { linearScale, rowBands } from './scale.js';
import type { Finding } from '../data/schema.js';
import type { OrganisationKey, Platform, Year } from '../data/keys.js';
import { compactLabel, percent, positionOf } from './format.js';
import { dodge } from './dodge.js';
import { truncate, type Measure, scaleOf } from './measure.js';
import { NARROW, type ChartMark, type Layout, type PointMark } from './types.js';
import { SPACE, linkOf, noFigureMark, pointMark, type Link, type NoFigureMark } from './builders.js';
import type { Strings } from '../i18n/index.js';

export interface SlopeSeriesInput {
  platform: Platform;
  label: string;
  /** 2016 then 2017; `finding` null where the article says nothing. */
  cells: { year: Year; finding: Finding | null }[];
}

export interface SlopeInput {
  organisation: OrganisationKey;
  series: SlopeSeriesInput[];
  width: number;
  strings: Strings;
  measure: Measure;
  quote: (f: Finding) => string;
}

export interface SlopeSeries {
  key: string;
  line: Link | null;
  points: PointMark[];
  /** The platform's name, beside its last point. */
  name: { key: string; x: number; y: number; text: string; lines: string[] };
}

/** A platform with no share in either year: a line of text under the plot, itself a focusable mark. */
export type SlopeNote = NoFigureMark;

export interface SlopeLayout extends Layout {
  xs: [number, number];
  years: Year[];
  top: number;
  bottom: number;
  series: SlopeSeries[];
  notes: SlopeNote[];
  baseline: { key: string; y: number; label: string };
}

const { edge: PAD, label: GAP } = SPACE;
/** The years a slope runs between: its left and right ends. */
const YEARS: Year[] = [2016, 2017];

/** A slope chart: each platform from its 2016 share (left) to its 2017 share (right), labels dodged apart. */
export function layoutSlope({ organisation, series, width, strings, measure, quote }: SlopeInput): SlopeLayout {
  const narrow = width < NARROW;
  // Line heights and gaps grow with the text drawn.
  const k = scaleOf(measure);
  const lineHeight = 16 * k;
  const placed = series.map((s) => ({
    ...s,
    cells: s.cells.map((c) => ({ ...c, pos: positionOf(c.finding), text: compactLabel(c.finding, strings) })),
  }));
  const plotted = placed.filter((s) => s.cells.some((c) => c.pos !== null));
  const silent = placed.filter((s) => s.cells.every((c) => c.pos === null));

  const leftWidth = Math.max(0, ...plotted.map((s) => (s.cells[0].pos !== null ? measure(s.cells[0].text) : 0)));
  // Right of the 2017 points: "Instagram ≈ 1 op 3" on one line, or name over value on a narrow screen.
  const rightText = (s: (typeof plotted)[number]) => {
    const last = s.cells[1].pos !== null ? s.cells[1] : null;
    return narrow || !last ? [s.label, last?.text ?? ''] : [`${s.label} ${last.text}`];
  };
  const rightWidth = Math.max(0, ...plotted.map((s) => Math.max(...rightText(s).map(measure))));
  const top = 28 * k;
  const plotHeight = Math.max(narrow ? 220 : 240, plotted.length * (narrow ? 2 * lineHeight + 4 : lineHeight + 3));
  const bottom = top + plotHeight;
  const x = scalePoint<Year>()
    .domain(YEARS)
    .range([PAD + leftWidth + GAP + 6, Math.max(PAD + leftWidth + 80, width - PAD - rightWidth - GAP - 6)]);
  const xs: [number, number] = [x(2016)!, x(2017)!];
  // From 0% up to the highest share (at least 50%), rounded up to a tick of about five.
  const max = Math.max(0.5, ...plotted.flatMap((s) => s.cells.map((c) => c.pos ?? 0)));
  const y = linearScale()
    .domain([0, max])
    .range([bottom, top + 8])
    .nice(5);

  const built = plotted.map((s) => {
    const points: PointMark[] = s.cells.flatMap((c, i) =>
      c.pos === null
        ? []
        : [
            pointMark(
              `${s.platform}-${c.year}`,
              {
                organisation,
                platform: s.platform,
                topic: 'presence',
                year: c.year,
                finding: c.finding!,
                related: s.cells.flatMap((o) => (o.pos === null && o.finding ? [o.finding] : [])),
              },
              { x: x(c.year)!, y: y(c.pos) },
              {
                text: c.text,
                labelX: i === 0 ? xs[0] - GAP - 3 : xs[1] + GAP + 3,
                labelY: y(c.pos),
                anchor: i === 0 ? 'end' : 'start',
              },
            ),
          ],
    );
    return { s, points };
  });

  // Dodge the right-hand names (with the 2017 value) and the left-hand values apart.
  const rightLines = built.map(({ s }) => rightText(s).filter(Boolean));
  const rightWish = built.map(({ points }) => points[points.length - 1].y);
  const rightGap = narrow ? 2 * lineHeight + 4 : lineHeight + 3;
  // Clear of the year above: a name over its value reaches half a line higher than its centre.
  const rightPos = dodge(
    rightWish,
    rightGap,
    top + 8 * k + (narrow ? ((k - 1) * lineHeight) / 2 : 0),
    bottom + (narrow ? 8 : 0),
  );
  const leftIdx = built.flatMap((b, i) => (b.points[0]?.year === 2016 && b.s.cells[0].pos !== null ? [i] : []));
  const leftPos = dodge(
    leftIdx.map((i) => built[i].points[0].y),
    lineHeight + 3,
    top + 8 * k,
    bottom,
  );

  const out: SlopeSeries[] = built.map(({ s, points }, i) => {
    const lines = rightLines[i];
    const lastPoint = points[points.length - 1];
    // The label stands right of the 2017 column even when the series has only a 2016 point.
    const nameY = rightPos[i] - ((lines.length - 1) * lineHeight) / 2;
    if (lastPoint.year === 2017) lastPoint.labelY = nameY;
    const li = leftIdx.indexOf(i);
    if (li >= 0) points[0].labelY = leftPos[li];
    return {
      key: s.platform,
      line: linkOf(`${s.platform}-line`, points),
      points,
      name: { key: `${s.platform}-name`, x: xs[1] + GAP + 3, y: nameY, text: lines.join(' '), lines },
    };
  });

  const noteTop = bottom + (narrow ? 44 : 36) * k;
  const noteHeight = 24 * Math.max(1, k * 0.8);
  const noteY = rowBands(
    silent.map((s) => s.platform),
    noteTop,
    noteHeight,
  );
  const notes: SlopeNote[] = silent.map((s) => {
    const said = s.cells.find((c) => c.finding)?.finding ?? null;
    const lead = `${s.label}: ${said ? compactLabel(said, strings) + ' — ' : strings.notAsked}`;
    const text = said ? truncate(lead + quote(said), width - 2 * PAD, measure) : lead;
    const data = {
      organisation,
      platform: s.platform,
      topic: 'presence' as const,
      year: said?.year ?? 2017,
      finding: said,
    };
    return noFigureMark(
      `${s.platform}-note`,
      data,
      text,
      { textX: PAD, y: noteY(s.platform)!, h: noteHeight },
      measure,
    );
  });

  const marks: ChartMark[] = [...out.flatMap((s) => s.points), ...notes];
  return {
    width,
    height: noteTop + notes.length * noteHeight - (notes.length ? 4 : 24 * k),
    narrow,
    marks,
    xs,
    years: x.domain(),
    top,
    bottom,
    series: out,
    notes,
    baseline: { key: 'baseline', y: y(0), label: percent(0, strings) },
  };
}
