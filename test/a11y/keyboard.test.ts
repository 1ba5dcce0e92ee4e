import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { $, $$ } from '../helpers.js';
import { en } from '../../src/i18n/en.js';
import { nl } from '../../src/i18n/nl.js';
import { contrast, mediaFeatures, PAGES, renderTag, systemColor, TAGS, type Theme } from './util.js';

interface AXNode {
  role: string;
  name?: string;
  description?: string;
  children?: AXNode[];
}
const find = (n: AXNode, test: (n: AXNode) => boolean): AXNode | null =>
  test(n) ? n : (n.children ?? []).reduce<AXNode | null>((hit, c) => hit ?? find(c, test), null);

const focusedKey = (el: HTMLElement) => el.shadowRoot!.activeElement?.getAttribute('data-key') ?? null;
const press = async (el: HTMLElement & { updateComplete: Promise<boolean> }, key: string) => {
  await sendKeys({ press: key });
  await el.updateComplete;
};

/**
 * Keyboard and screen-reader roles, for every element of src/elements.ts: one tab stop, arrow keys through the marks
 * in the order a screen reader's browse mode reads them, Home/End, Enter/Space, Escape, no trap, a visible ring.
 */
describe('keyboard: every element', () => {
  before(() => setViewport({ width: 1100, height: 900 }));
  afterEach(() => mediaFeatures([]));

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      it('is one tab stop in the plot; Tab goes through the chart and out (no trap); Shift+Tab comes back to the last mark', async () => {
        const el = await renderTag(tag);
        const hits = $$(el, '.hit');
        expect(hits.length).to.be.greaterThan(0);
        expect($$(el, 'svg [tabindex="0"]')).to.have.length(1);
        expect(hits.filter((h) => h.getAttribute('tabindex') === '-1')).to.have.length(hits.length - 1);
        const before = document.createElement('button');
        before.textContent = 'before';
        const after = document.createElement('button');
        after.textContent = 'after';
        el.parentElement!.before(before);
        el.parentElement!.after(after);
        try {
          const stop = hits.find((h) => h.getAttribute('tabindex') === '0')!.dataset.key;
          before.focus();
          const inPlot: string[] = [];
          let moved: string | null = null;
          for (let i = 0; i < 12 && document.activeElement !== after; i++) {
            await press(el, 'Tab');
            const a = el.shadowRoot!.activeElement;
            if (a?.closest('svg')) {
              inPlot.push(a.getAttribute('data-key') ?? a.tagName);
              if (!moved) {
                await press(el, 'ArrowRight');
                moved = focusedKey(el);
              }
            }
          }
          expect(document.activeElement, 'Tab reaches the page after the chart').to.equal(after);
          expect(inPlot, 'one stop in the plot: the active mark').to.deep.equal([stop]);
          await sendKeys({ down: 'Shift' });
          for (let i = 0; i < 12 && !focusedKey(el); i++) await press(el, 'Tab');
          await sendKeys({ up: 'Shift' });
          expect(focusedKey(el), 'back on the mark last visited (roving tabindex)').to.equal(moved);
        } finally {
          before.remove();
          after.remove();
        }
      });

      it('arrow keys visit every mark in DOM order (the order browse mode reads them), Home/End go to the ends', async () => {
        const el = await renderTag(tag);
        const keys = $$(el, '.hit').map((h) => h.dataset.key);
        $$(el, '.hit[tabindex="0"]')[0].focus();
        await press(el, 'Home');
        const seen = [focusedKey(el)];
        for (let i = 1; i < keys.length; i++) {
          await press(el, 'ArrowRight');
          seen.push(focusedKey(el));
        }
        expect(seen).to.deep.equal(keys);
        await press(el, 'ArrowRight');
        expect(focusedKey(el), 'no wrap at the end').to.equal(keys.at(-1));
        await press(el, 'Home');
        expect(focusedKey(el)).to.equal(keys[0]);
        await press(el, 'ArrowLeft');
        expect(focusedKey(el), 'no wrap at the start').to.equal(keys[0]);
        await press(el, 'End');
        expect(focusedKey(el)).to.equal(keys.at(-1));
        await press(el, 'ArrowUp');
        expect(keys.indexOf(focusedKey(el)!)).to.be.below(keys.length - 1);
      });

      it('tells how to use it: in the plot’s description, and visibly under the plot while a mark has focus', async () => {
        for (const lang of ['nl', 'en'] as const) {
          const el = await renderTag(tag, { lang });
          const svg = $(el, 'svg')!;
          const keys = el.shadowRoot!.getElementById(svg.getAttribute('aria-describedby')!.split(' ')[1])!;
          expect(keys.textContent).to.equal((lang === 'nl' ? nl : en).keys);
          expect(keys.getBoundingClientRect().height, 'hidden until focus').to.be.at.most(1);
          $$(el, '.hit[tabindex="0"]')[0].focus();
          await el.updateComplete;
          expect(keys.getBoundingClientRect().height, 'shown on focus').to.be.greaterThan(10);
          (document.activeElement as HTMLElement).blur();
          await el.updateComplete;
        }
      });

      it('Enter and Space select (chart-select); Escape closes the tooltip and keeps focus', async () => {
        const el = await renderTag(tag);
        const hit = $$(el, '.hit[tabindex="0"]')[0];
        hit.focus();
        await el.updateComplete;
        expect($(el, '[role="tooltip"]'), 'focus shows the tooltip').to.exist;
        for (const key of ['Enter', ' ']) {
          const event = oneEvent(el, 'chart-select');
          await sendKeys({ press: key === ' ' ? 'Space' : key });
          expect((await event).detail).to.have.property('organisation');
        }
        await press(el, 'Escape');
        expect($(el, '[role="tooltip"]')).to.not.exist;
        expect(focusedKey(el)).to.equal(hit.dataset.key);
      });

      for (const theme of ['light', 'dark'] as Theme[])
        it(`draws a focus ring around the focused mark, 2px or more, with 4.5:1 contrast (Chartability; WCAG asks 3:1) on ${theme} pages`, async () => {
          const el = await renderTag(tag, { theme });
          const hit = $$(el, '.hit[tabindex="0"]')[0];
          expect($(el, '.ring')).to.not.exist;
          hit.focus();
          await el.updateComplete;
          const ring = $(el, '.ring')! as unknown as SVGGraphicsElement;
          expect(ring, 'ring').to.exist;
          const r = ring.getBoundingClientRect();
          const h = hit.getBoundingClientRect();
          const [cx, cy] = [h.x + h.width / 2, h.y + h.height / 2];
          expect(cx > r.left && cx < r.right && cy > r.top && cy < r.bottom, 'ring around the mark').to.equal(true);
          const cs = getComputedStyle(ring);
          expect(parseFloat(cs.strokeWidth)).to.be.at.least(2);
          for (const bg of PAGES[theme]) expect(contrast(cs.stroke, bg), `${cs.stroke} on ${bg}`).to.be.at.least(4.5);
        });

      it('draws the focus ring in the Highlight system colour under forced colors', async () => {
        await mediaFeatures([{ name: 'forced-colors', value: 'active' }]);
        const el = await renderTag(tag);
        $$(el, '.hit[tabindex="0"]')[0].focus();
        await el.updateComplete;
        expect(getComputedStyle($(el, '.ring')!).stroke).to.equal(systemColor('Highlight'));
      });

      it('exposes a named group with the summary as description, holding only the marks, as buttons with their words', async () => {
        const el = await renderTag(tag);
        const svg = $(el, 'svg[role="group"]')!;
        const label = svg.getAttribute('aria-label')!;
        const summary = el.shadowRoot!.getElementById(svg.getAttribute('aria-describedby')!.split(' ')[0])!;
        expect(label.length).to.be.greaterThan(10);
        expect(summary.textContent!.length).to.be.greaterThan(10);
        const tree = (await executeServerCommand('ax-tree')) as AXNode;
        const group = find(tree, (n) => n.role === 'group' && n.name === label);
        expect(group, `group "${label}" in the accessibility tree`).to.exist;
        // Described by the summary, then how to use the chart.
        const keys = el.shadowRoot!.getElementById(`${svg.getAttribute('aria-describedby')!.split(' ')[1]}`)!;
        expect(group!.description).to.equal(`${summary.textContent!.trim()} ${keys.textContent!.trim()}`);
        // Browse mode reads the marks once, in order: the drawing itself is hidden, its words are in the buttons.
        const exposed: AXNode[] = [];
        const walk = (n: AXNode) => {
          if (!['generic', 'none', 'presentation', 'StaticText', 'InlineTextBox'].includes(n.role) || n.name?.trim()) {
            if (n !== group) exposed.push(n);
            if (n.role === 'button') return;
          }
          (n.children ?? []).forEach(walk);
        };
        walk(group!);
        const names = $$(el, '.hit').map((h) => h.getAttribute('aria-label'));
        expect(exposed.map((c) => `${c.role}: ${c.name}`)).to.deep.equal(names.map((n) => `button: ${n}`));
      });
    });
  }
});
