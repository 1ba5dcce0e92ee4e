import { svg } from 'lit';

/** A line of text standing for a finding without a number, drawn as a mark of its own. */
export const noteText = (n: { x: number; y: number; textX: number; text: string }) =>
  svg`<text class="note-text" x=${n.textX} y=${n.y} dy="0.35em">${n.text}</text>`;
