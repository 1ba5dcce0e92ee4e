import type { Finding } from '../data/schema.js';
import type { OrganisationKey, Platform, Precision, Topic, Year } from '../data/keys.js';

/** A mark a reader can focus, hover and select: one finding (or the survey's silence) at a place. */
export interface ChartMark {
  key: string;
  /** Centre of the mark in px: where the focus ring and the tooltip go. */
  x: number;
  y: number;
  /** Size of the hit box for text marks; point marks get a 24 px circle. */
  w?: number;
  h?: number;
  organisation: OrganisationKey;
  platform: Platform | null;
  topic: Topic;
  year: Year;
  finding: Finding | null;
  /** A value the chart works out from the finding, labelled as derived: "de rest (afgeleid): zendt vooral — …". */
  derived?: string;
  /** Qualitative findings of the same series (no number), told in the tooltip beside this one. */
  related?: Finding[];
}

/** A labelled point of a share: the shape follows the precision. */
export interface PointMark extends ChartMark {
  kind: Precision;
  text: string;
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end' | 'middle';
}

export interface Tick {
  key: string;
  x: number;
  label: string;
}

/** What every layout gives the element. */
export interface Layout {
  width: number;
  height: number;
  narrow: boolean;
  marks: ChartMark[];
  /** Marks per row of a grid: Up/Down then move by a row. Without it every arrow key moves by one mark. */
  columns?: number;
}

/** Below this width (px) charts use their narrow layout. */
export const NARROW = 480;
