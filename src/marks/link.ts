import { svg } from 'lit';
import type { Link } from '../core/builders.js';

/** The line between a series' two points, dashed when either share is approximate. */
export const linkLine = (l: Link | null) =>
  l ? svg`<line class="link ${l.dashed ? 'dashed' : ''}" x1=${l.x1} y1=${l.y1} x2=${l.x2} y2=${l.y2}></line>` : '';
