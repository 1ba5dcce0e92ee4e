import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { $, $$, clippedLabels, overlappingLabels } from '../helpers.js';
import {
  alphaOf,
  contrast,
  deltaE,
  mediaFeatures,
  PAGES,
  parseColor,
  renderTag,
  simulate,
  systemColor,
  TAGS,
  type Deficiency,
  type RGB,
  type Theme,
} from './util.js';

const blend = (fg: RGB, alpha: number, bg: RGB): RGB =>
  fg.map((c, i) => Math.round(c * alpha + bg[i] * (1 - alpha))) as RGB;
const painted = (c: string) => c !== 'none' && !c.startsWith('url') && alphaOf(c) > 0;

/** The colour behind an SVG text: a tinted cell box it sits in (the matrix), or the page. */
function behind(t: Element, page: string): RGB {
  const box = t.closest('.cell')?.querySelector('.box');
  const bg = parseColor(page);
  if (!box) return bg;
  const cs = getComputedStyle(box);
  if (!painted(cs.fill)) return bg;
  return blend(parseColor(cs.fill), Number(cs.fillOpacity) * alphaOf(cs.fill), bg);
}

/** The background an HTML text sits on: its own or an ancestor's in the chart (a pressed button), or the page. */
function backgroundOf(e: Element, page: string): string {
  for (let n: Element | null = e; n && n.localName !== 'figure'; n = n.parentElement) {
    const bg = getComputedStyle(n).backgroundColor;
    if (alphaOf(bg) === 1) return bg;
  }
  return page;
}

/** Every text and mark of a chart against its page: [what, ratio, needed]. */
function contrasts(el: HTMLElement, page: string): [string, number, number][] {
  const out: [string, number, number][] = [];
  for (const t of $$(el, 'svg text')) {
    if (!t.textContent!.trim()) continue;
    const fill = getComputedStyle(t).fill;
    out.push([`text "${t.textContent!.trim()}" ${fill}`, contrast(parseColor(fill), behind(t, page)), 4.5]);
  }
  for (const e of $$(el, '.title, .summary:not(.visually-hidden), .note, .source, button, th, td, .message')) {
    if (!e.textContent!.trim() || e.closest('.visually-hidden')) continue;
    out.push([
      `${e.tagName} "${e.textContent!.trim().slice(0, 30)}"`,
      contrast(getComputedStyle(e).color, backgroundOf(e, page)),
      4.5,
    ]);
  }
  // Marks that carry a value: 3:1 for their outline (open dots, bounds, links) or their fill (bars, swatches).
  for (const m of $$(el, '.dot, .bound, .link, .bar, .swatch:not(.rest)')) {
    const cs = getComputedStyle(m);
    const colour = painted(cs.stroke) && parseFloat(cs.strokeWidth) > 0 ? cs.stroke : cs.fill;
    out.push([`${m.getAttribute('class')} ${colour}`, contrast(colour, page), 3]);
  }
  return out;
}

/**
 * Vision, for every element of src/elements.ts: contrast of the rendered colours on light and dark pages, the
 * palette under colour-vision deficiencies, meaning not by colour alone, reflow at 320 px and 200% text,
 * reduced motion, more contrast, forced colours.
 */
describe('vision: every element', () => {
  before(() => setViewport({ width: 1100, height: 900 }));
  afterEach(async () => {
    await mediaFeatures([]);
    await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
  });

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      for (const theme of ['light', 'dark'] as Theme[])
        for (const page of PAGES[theme])
          it(`text 4.5:1, marks 3:1 in the ${theme} theme on a ${page} page (rendered colours, table open)`, async () => {
            const el = await renderTag(tag, { theme, background: page, width: 1000 });
            $(el, 'button[part="table-toggle"]')?.click();
            await el.updateComplete;
            const low = contrasts(el, page).filter(([, ratio, needed]) => ratio < needed);
            expect(low.map(([what, ratio, needed]) => `${what}: ${ratio.toFixed(2)} < ${needed}`)).to.deep.equal([]);
          });

      it('has no text under 12 px (Chartability: small text), table and tooltip included', async () => {
        const el = await renderTag(tag, { lang: 'en' });
        $(el, 'button[part="table-toggle"]')?.click();
        $$(el, '.hit[tabindex="0"]')[0].focus();
        await el.updateComplete;
        const small = $$(el, 'svg text, svg tspan, figure *:not(svg *)')
          .filter(
            (e) =>
              [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()) &&
              !e.closest('.visually-hidden'),
          )
          .map((e) => `${e.textContent!.trim().slice(0, 30)}: ${getComputedStyle(e).fontSize}`)
          .filter((t) => parseFloat(t.split(': ').at(-1)!) < 12);
        expect(small).to.deep.equal([]);
      });

      for (const theme of ['light', 'dark'] as Theme[])
        it(`tooltip text 4.5:1 on the tooltip in the ${theme} theme`, async () => {
          const el = await renderTag(tag, { theme, lang: 'en' });
          $$(el, '.hit[tabindex="0"]')[0].focus();
          await el.updateComplete;
          const tip = $(el, '[role="tooltip"]')!;
          const bg = getComputedStyle(tip).backgroundColor;
          expect(alphaOf(bg), 'opaque tooltip').to.equal(1);
          for (const e of [tip, ...tip.querySelectorAll('*')]) {
            if (!e.textContent!.trim()) continue;
            expect(contrast(getComputedStyle(e).color, bg), e.textContent!).to.be.at.least(4.5);
          }
        });

      for (const width of [320, 640])
        it(`reflows at ${width} px (400% and 200% zoom of 1280 px): nothing clipped, overlapping or scrolling sideways`, async () => {
          const el = await renderTag(tag, { width, lang: 'nl' });
          for (const lang of ['nl', 'en']) {
            el.setAttribute('lang', lang);
            await el.updateComplete;
            await new Promise((r) => setTimeout(r, 500));
            expect(overlappingLabels(el), lang).to.deep.equal([]);
            expect(clippedLabels(el), lang).to.deep.equal([]);
            expect(el.scrollWidth, `${lang}: no sideways scroll`).to.be.at.most(width + 1);
            expect($(el, 'svg')!.getBoundingClientRect().width).to.be.at.most(width + 1);
          }
        });

      for (const [scale, width] of [
        [125, 1000],
        [150, 1000],
        [150, 320],
        [200, 1000],
        [200, 320],
      ])
        // (The matrix's five columns are 64 px wide at 320 px: at 26 px it becomes a list of full-width rows.)
        it(`stays readable with larger text (${scale}%, ${(13 * scale) / 100} px) in a ${width} px column`, async () => {
          const size = (13 * scale) / 100;
          const el = await renderTag(tag, { width });
          el.style.setProperty('--chart-font-size', `${size}px`);
          (el as unknown as { requestUpdate(): void }).requestUpdate();
          await el.updateComplete;
          await new Promise((r) => setTimeout(r, 500));
          expect(Math.max(...$$(el, 'svg text').map((t) => parseFloat(getComputedStyle(t).fontSize)))).to.be.at.least(
            size - 0.5,
          );
          expect(overlappingLabels(el)).to.deep.equal([]);
          expect(clippedLabels(el)).to.deep.equal([]);
        });

      it('follows the reader’s default font size (20 px: text at 125%), without overlaps or clipping', async () => {
        document.documentElement.style.fontSize = '20px';
        try {
          const el = await renderTag(tag, { width: 1000 });
          await new Promise((r) => setTimeout(r, 300));
          expect(parseFloat(getComputedStyle(el).fontSize)).to.equal(16.25);
          expect(overlappingLabels(el)).to.deep.equal([]);
          expect(clippedLabels(el)).to.deep.equal([]);
        } finally {
          document.documentElement.style.fontSize = '';
        }
      });

      it('asks for more contrast: secondary text as strong as the text, firmer lines', async () => {
        await mediaFeatures([{ name: 'prefers-contrast', value: 'more' }]);
        const el = await renderTag(tag);
        const text = getComputedStyle($(el, '.title')!).color;
        const summary = $(el, '.summary:not(.visually-hidden)');
        if (summary) expect(getComputedStyle(summary).color).to.equal(text);
        for (const m of $$(el, '.dot, .link'))
          expect(parseFloat(getComputedStyle(m).strokeWidth), m.getAttribute('class')!).to.be.at.least(3);
      });

      it('uses system colours under forced colours', async () => {
        await mediaFeatures([{ name: 'forced-colors', value: 'active' }]);
        const el = await renderTag(tag);
        const system = ['CanvasText', 'GrayText', 'Highlight', 'Canvas', 'ButtonText', 'LinkText'].map(systemColor);
        for (const t of $$(el, 'svg text'))
          expect(system, `${t.textContent} ${getComputedStyle(t).fill}`).to.include(getComputedStyle(t).fill);
        expect(getComputedStyle($(el, '.title')!).color).to.equal(systemColor('CanvasText'));
      });
    });
  }

  describe('the 2016 and 2017 colours', () => {
    const deficiencies: (Deficiency | 'none')[] = ['none', 'protanopia', 'deuteranopia', 'tritanopia'];

    it('simulates colour-vision deficiencies with matrices that keep greys grey', () => {
      for (const d of deficiencies) {
        expect(simulate([255, 255, 255], d), d).to.deep.equal([255, 255, 255]);
        const [r, g, b] = simulate([128, 128, 128], d);
        expect(Math.max(r, g, b) - Math.min(r, g, b), d).to.be.at.most(2);
      }
      // Red and green collapse for protanopes and deuteranopes; blue and green for tritanopes.
      expect(deltaE(simulate([220, 40, 40], 'deuteranopia'), simulate([110, 110, 20], 'deuteranopia'))).to.be.below(
        deltaE([220, 40, 40], [110, 110, 20]),
      );
    });

    for (const theme of ['light', 'dark'] as Theme[])
      it(`stay apart (ΔE ≥ 20) under protanopia, deuteranopia and tritanopia, ${theme} theme`, async () => {
        const el = await renderTag('adoption-chart', { theme, attrs: { platform: 'social-media' } });
        const colour = (year: number) => parseColor(getComputedStyle($(el, `.rows .dot.exact.y${year}`)!).stroke);
        const [a, b] = [colour(2016), colour(2017)];
        for (const d of deficiencies) expect(deltaE(simulate(a, d), simulate(b, d)), d).to.be.at.least(20);
      });

    it('are not told by colour alone: 2016 is the smaller dot, in the plot and in the legend; slopes name their years', async () => {
      const el = await renderTag('adoption-chart', { attrs: { platform: 'social-media' } });
      const size = (sel: string) => $(el, sel)!.getBoundingClientRect().width;
      expect(size('.rows .dot.exact.y2016')).to.be.below(size('.rows .dot.exact.y2017') - 2);
      expect(size('.legend .dot.y2016')).to.be.below(size('.legend .dot.y2017') - 1);
      expect($$(el, '.legend text').map((t) => t.textContent)).to.deep.equal(['2016', '2017']);
      const growth = await renderTag('platform-growth');
      expect($$(growth, '.years text').map((t) => t.textContent)).to.deep.equal(['2016', '2017']);
    });

    it('precision is told by shape: filled exact dots, open approximate ones', async () => {
      const el = await renderTag('adoption-chart', { attrs: { platform: 'instagram' } });
      const exact = getComputedStyle($(el, '.rows .dot.exact')!);
      expect(exact.fill).to.equal(exact.stroke);
      const about = getComputedStyle($(el, '.rows .dot.about')!);
      expect(about.fill).to.not.equal(about.stroke);
      expect(getComputedStyle($(el, '.rows .dot.negligible')!).strokeDasharray).to.not.equal('none');
    });
  });

  it('moves nothing under prefers-reduced-motion: a change is drawn at once', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await renderTag('adoption-chart');
    const xs = () =>
      $$(el, '.rows .dot')
        .map((d) => d.getAttribute('cx'))
        .join();
    el.setAttribute('platform', 'social-media');
    await el.updateComplete;
    const first = xs();
    await new Promise((r) => setTimeout(r, 600));
    expect(xs()).to.equal(first);
    $$(el, '.hit[tabindex="0"]')[0].focus();
    await el.updateComplete;
    expect(
      getComputedStyle($(el, '[role="tooltip"]')!).transitionDuration,
      'tooltip fades only without the preference',
    ).to.equal('0s');
  });

  it('animates a change without that preference (so the test above means something)', async () => {
    const el = await renderTag('adoption-chart');
    const xs = () =>
      $$(el, '.rows .dot')
        .map((d) => d.getAttribute('cx'))
        .join();
    el.setAttribute('platform', 'social-media');
    await el.updateComplete;
    const first = xs();
    await new Promise((r) => setTimeout(r, 600));
    expect(xs()).to.not.equal(first);
  });
});
