/**
 * The messages between dist/frame.html and the page that embeds it (documented in the README, "In an iframe").
 * No imports: the frame's script and dist/frame-resize.js each carry their own copy of these few names.
 */

/** The frame's height, posted to the parent page: `{ type: HEIGHT, height, chart }`, height in CSS pixels. */
export const HEIGHT = 'lokale-besturen-charts:height';

/** A host page asking a frame to post its height again (dist/frame-resize.js sends it when it starts). */
export const ASK = 'lokale-besturen-charts:ask-height';

/** What the frame posts: its own message, and AMP's, which `<amp-iframe resizable>` reads. */
export interface HeightMessage {
  type: typeof HEIGHT;
  /** The height of the frame's content, in CSS pixels, rounded up. */
  height: number;
  /** The chart's tag, or '' when the query named none that exists. */
  chart: string;
}
export interface AmpEmbedSize {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}
