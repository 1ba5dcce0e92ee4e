/**
 * dist/frame-resize.js: a host page that loads it (once, anywhere on the page) gets every iframe of dist/frame.html
 * resized to its chart's height, whenever the chart's height changes: after it is drawn, when its language's part
 * arrives, when the page is resized. No dependencies. Loading it twice does no harm.
 */
import { ASK, HEIGHT, type HeightMessage } from './messages.js';

const KEY = '__lokaleBesturenChartsFrames';
const w = window as unknown as Record<string, boolean | undefined>;

const isHeight = (data: unknown): data is HeightMessage => {
  const d = data as Partial<HeightMessage> | null;
  return d?.type === HEIGHT && typeof d.height == 'number' && Number.isFinite(d.height) && d.height >= 0;
};

/** The iframe whose page sent a message: the one whose window it came from. */
const frameOf = (source: MessageEventSource | null) =>
  [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === source);

if (!w[KEY]) {
  w[KEY] = true;
  addEventListener('message', (e) => {
    if (!isHeight(e.data)) return;
    const frame = frameOf(e.source);
    if (frame) frame.style.height = `${Math.ceil(e.data.height)}px`;
  });
  // Frames that loaded before this script did have posted their height already: ask them again.
  const ask = () => {
    for (const f of document.querySelectorAll('iframe')) f.contentWindow?.postMessage({ type: ASK }, '*');
  };
  ask();
  if (document.readyState == 'loading') addEventListener('DOMContentLoaded', ask);
}
