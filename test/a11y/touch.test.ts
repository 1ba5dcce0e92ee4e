import { expect, waitUntil } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import { $, $$ } from '../helpers.js';
import { renderTag, tap, tapOn, TAGS } from './util.js';

const settle = () => new Promise((r) => setTimeout(r, 50));
const tipOpen = (el: HTMLElement) => !!$(el, '[role="tooltip"]');

/** Touch and pointer, for every element of src/elements.ts: tooltips by tap, dismissible; targets of 24 x 24 px. */
describe('touch and pointer: every element', () => {
  before(() => setViewport({ width: 1000, height: 900 }));

  for (const tag of TAGS)
    describe(`<${tag}>`, () => {
      it('opens a tooltip with a tap, closes it with a second tap or a tap elsewhere', async () => {
        const el = await renderTag(tag, { width: 360 });
        el.scrollIntoView({ block: 'center' });
        const hit = $$(el, '.hit').at(-1)!;
        await tapOn(hit);
        await settle();
        expect(tipOpen(el), 'tap opens').to.equal(true);
        await tapOn(hit);
        await settle();
        expect(tipOpen(el), 'second tap closes').to.equal(false);
        await tapOn(hit);
        await settle();
        expect(tipOpen(el)).to.equal(true);
        await tap(980, 890); // the page outside the chart
        await settle();
        expect(tipOpen(el), 'a tap elsewhere closes').to.equal(false);
      });

      for (const width of [320, 1000])
        it(`has targets of at least 24 x 24 CSS px that no other target covers, at ${width} px`, async () => {
          const el = await renderTag(tag, { width });
          el.scrollIntoView({ block: 'start' });
          for (const hit of $$(el, '.hit')) {
            const r = hit.getBoundingClientRect();
            const key = hit.dataset.key;
            expect(r.width, `${key} width`).to.be.at.least(23.9);
            expect(r.height, `${key} height`).to.be.at.least(23.9);
            hit.scrollIntoView({ block: 'center' });
            const c = hit.getBoundingClientRect();
            const top = el.shadowRoot!.elementFromPoint(c.x + c.width / 2, c.y + c.height / 2);
            expect(top, `${key}: its centre reaches it`).to.equal(hit);
          }
        });

      for (const width of [320, 1000])
        it(`shows every mark's tooltip inside the chart's width at ${width} px (nothing cut off)`, async () => {
          const el = await renderTag(tag, { width, lang: 'en' });
          const box = el.getBoundingClientRect();
          for (const hit of $$(el, '.hit')) {
            hit.focus();
            await el.updateComplete;
            const t = $(el, '[role="tooltip"]')!.getBoundingClientRect();
            expect([Math.round(t.left), Math.round(t.right)], hit.dataset.key).to.satisfy(
              ([l, r]: number[]) => l >= box.left - 1 && r <= box.right + 1,
            );
          }
        });

      it('keeps the tooltip while the mouse moves onto it (WCAG 1.4.13) and closes it when the mouse leaves the chart', async () => {
        const el = await renderTag(tag, { width: 1000 });
        el.scrollIntoView({ block: 'center' });
        const hit = $$(el, '.hit')[0];
        const r = hit.getBoundingClientRect();
        await sendMouse({ type: 'move', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
        await waitUntil(() => tipOpen(el), 'hover opens');
        const t = $(el, '[role="tooltip"]')!.getBoundingClientRect();
        // Over the tooltip's middle, then its far corner: it stays (unless another mark lies under the pointer).
        for (const [x, y] of [
          [t.x + t.width / 2, t.y + t.height / 2],
          [t.right - 3, t.bottom - 3],
        ]) {
          await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
          await settle();
          const under = el.shadowRoot!.elementFromPoint(x, y);
          if (!under?.classList.contains('hit')) expect(tipOpen(el), `still open at ${x},${y}`).to.equal(true);
        }
        await sendMouse({ type: 'move', position: [999, 899] });
        await settle();
        expect(tipOpen(el), 'leaving the chart closes').to.equal(false);
      });
    });
});
