/**
 * A chart in another document (issue 16): moved into a same-origin iframe (an editor's preview, a CMS whose
 * canvas is an iframe), or first connected there. A constructed style sheet can only be adopted in the document
 * it was made for: the chart must bring its styles into the iframe's document, and never throw.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../preload.js';
import '../../src/define.js';

const errors: string[] = [];
let step = 'start';
/** Where the test was when an error came. */
const onError = (e: ErrorEvent) => errors.push(`${step}: ${e.message}`);

/** An empty same-origin iframe on screen, with its document ready. */
async function frame(): Promise<HTMLIFrameElement> {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  const f = document.createElement('iframe');
  // Fixed: a frame that made the page scroll would change the width of the charts beside it.
  f.style.cssText = 'position:fixed;left:0;top:0;width:700px;height:500px;border:0';
  f.srcdoc = '<!doctype html><html lang="nl"><body style="margin:0"></body></html>';
  const loaded = new Promise((r) => f.addEventListener('load', r, { once: true }));
  box.append(f);
  await loaded;
  return f;
}

/** True when the chart's own styles apply: its host is a block (custom elements are inline by default). */
const styled = (el: HTMLElement) => el.ownerDocument.defaultView!.getComputedStyle(el).display == 'block';
const drawn = (el: HTMLElement) => !!el.shadowRoot?.querySelector('svg .hit');

describe('a chart in an iframe', () => {
  beforeEach(() => {
    errors.length = 0;
    step = 'start';
    window.addEventListener('error', onError);
  });
  afterEach(() => window.removeEventListener('error', onError));

  it('first connected inside an iframe: no error, styled, drawn', async () => {
    const f = await frame();
    const el = document.createElement('adoption-chart');
    f.contentDocument!.body.append(el);
    await waitUntil(() => drawn(el), 'not drawn', { timeout: 4000 }).catch(() => undefined);
    expect(errors).to.deep.equal([]);
    expect(styled(el)).to.equal(true);
    expect(drawn(el)).to.equal(true);
    // Out before its frame goes: a chart left in a removed frame's document keeps a ResizeObserver of this page
    // busy ("ResizeObserver loop completed with undelivered notifications"), which would fail the next test.
    el.remove();
  });

  it('moved into an iframe and back: keeps its styles in each document', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width:700px"><adoption-chart></adoption-chart></div>`);
    const el = box.firstElementChild as HTMLElement;
    await waitUntil(() => drawn(el), 'not drawn at first', { timeout: 4000 });
    expect(styled(el)).to.equal(true);
    step = 'frame';
    const f = await frame();
    step = 'moving in';
    f.contentDocument!.body.append(el);
    await new Promise((r) => setTimeout(r, 50));
    step = 'moved in';
    expect(errors).to.deep.equal([]);
    expect(styled(el), 'in the iframe').to.equal(true);
    step = 'moving back';
    box.append(el);
    await new Promise((r) => setTimeout(r, 50));
    step = 'moved back';
    expect(styled(el), 'back in the page').to.equal(true);
    expect(errors).to.deep.equal([]);
  });
});
