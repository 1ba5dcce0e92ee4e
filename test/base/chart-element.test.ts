/**
 * The element computes once: its words and layout when what they depend on changes (data, attributes, width,
 * language), never on a hover, a focus, an arrow key or an animation frame; editor data is validated once.
 */
import { expect, nextFrame } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { AdoptionChart } from '../../src/charts/adoption-chart/adoption-chart.js';
import { survey } from '../../src/data/survey.js';
import { $, $$, html, renderChart } from '../helpers.js';

type Counted = { layouts: number; words: number };

/** Counts the calls of the element's computeLayout and describe from now on. */
function count(el: AdoptionChart): Counted {
  const c: Counted = { layouts: 0, words: 0 };
  const host = el as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const [name, key] of [
    ['computeLayout', 'layouts'],
    ['describe', 'words'],
  ] as const) {
    const own = host[name].bind(el);
    host[name] = (...args: unknown[]) => {
      c[key]++;
      return own(...args);
    };
  }
  return c;
}

const centre = (e: Element) => {
  const r = e.getBoundingClientRect();
  return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] as [number, number];
};

describe('ChartElement: computed once per change', () => {
  before(() => setViewport({ width: 1100, height: 900 }));

  it('hover, focus and arrow keys re-render without laying out or describing again', async () => {
    const el = await renderChart<AdoptionChart>(html`<adoption-chart platform="instagram"></adoption-chart>`);
    const calls = count(el);
    const first = $$(el, '.hit')[0];
    await sendMouse({ type: 'move', position: centre(first) });
    await el.updateComplete;
    expect($(el, '.tooltip'), 'the hover opened a tooltip').to.exist;
    await sendMouse({ type: 'move', position: [0, 0] });
    first.focus();
    await el.updateComplete;
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown', 'End', 'Home', 'Escape']) {
      await sendKeys({ press: key });
      await el.updateComplete;
    }
    expect(el.shadowRoot!.activeElement?.getAttribute('data-key'), 'Home went back to the first mark').to.equal(
      first.dataset.key,
    );
    expect(calls).to.deep.equal({ layouts: 0, words: 0 });
  });

  it('an attribute, a width and a language each lay out once; the frames of the transition do not', async () => {
    const el = await renderChart<AdoptionChart>(html`<adoption-chart platform="instagram"></adoption-chart>`);
    const calls = count(el);
    el.platform = 'twitter';
    await el.updateComplete;
    // The transition runs for 450 ms, one update per frame.
    for (let i = 0; i < 10; i++) await nextFrame();
    expect(calls).to.deep.equal({ layouts: 1, words: 1 });
    el.parentElement!.style.width = '500px';
    await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
    expect(calls.layouts, 'a new width lays out again').to.equal(2);
    expect(calls.words, 'the words do not depend on the width').to.equal(1);
    el.setAttribute('lang', 'en');
    // The page's one MutationObserver for `lang` tells every chart.
    await nextFrame();
    await el.updateComplete;
    expect(calls).to.deep.equal({ layouts: 3, words: 2 });
    expect($(el, '.title')!.textContent).to.contain('Twitter');
  });

  it('validates editor data once, not on every update', async () => {
    const data = { findings: survey.findings.filter((f) => f.platform === 'instagram') };
    const el = await renderChart<AdoptionChart>(html`<adoption-chart platform="instagram"></adoption-chart>`);
    el.data = data;
    await el.updateComplete;
    const shown = () => (el as unknown as { shownData(): unknown }).shownData();
    const validated = shown();
    expect(validated, 'the editor data is shown').to.not.equal(survey);
    const calls = count(el);
    for (let i = 0; i < 5; i++) {
      el.requestUpdate();
      await el.updateComplete;
      expect(shown(), 'the same validated dataset').to.equal(validated);
    }
    expect(calls).to.deep.equal({ layouts: 0, words: 0 });
    el.data = { ...data };
    await el.updateComplete;
    expect(shown(), 'new data is validated again').to.not.equal(validated);
    expect(calls.layouts).to.equal(1);
  });
});
