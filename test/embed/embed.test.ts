import { expect, waitUntil } from '@open-wc/testing';

/** Tests of the built dist/embed.js as an editor uses it: a plain page with a classic script tag. */
const load = (src = '/dist/embed.js') =>
  new Promise<void>((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`could not load ${src}; run npm run build first`));
    document.head.append(s);
  });

describe('dist/embed.js', () => {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  before(() => window.addEventListener('error', onError));
  after(() => window.removeEventListener('error', onError));

  it('registers every element when loaded as a classic script', async () => {
    const box = document.createElement('div');
    box.style.width = '600px';
    box.innerHTML =
      '<adoption-chart platform="instagram"><p class="fallback">Instagram: 40% → 57%</p></adoption-chart><platform-growth></platform-growth>';
    document.body.append(box);
    await load();
    expect(customElements.get('adoption-chart')).to.be.a('function');
    expect(customElements.get('platform-growth')).to.be.a('function');
    const chart = box.querySelector('adoption-chart')!;
    await waitUntil(() => chart.shadowRoot?.querySelector('svg .hit'), 'adoption-chart did not render');
    // No-break spaces read as spaces.
    const texts = [...chart.shadowRoot!.querySelectorAll('svg text')].map((t) =>
      t.textContent!.replace(/\u00A0/g, ' '),
    );
    expect(texts).to.include.members(['40% (n = 5)', '57% (n ≤ 20)']);
    // The editor's fallback content is not shown once the chart renders in its shadow root.
    expect((box.querySelector('.fallback') as HTMLElement).offsetHeight).to.equal(0);
    box.remove();
  });

  it('does no harm when loaded a second time', async () => {
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...a: unknown[]) => warnings.push(a);
    try {
      await load('/dist/embed.js?again');
      const box = document.createElement('div');
      box.innerHTML = '<adoption-chart platform="twitter"></adoption-chart>';
      document.body.append(box);
      const chart = box.querySelector('adoption-chart')!;
      await waitUntil(() => chart.shadowRoot?.querySelector('svg .hit'));
      expect(chart.shadowRoot!.querySelectorAll('figure')).to.have.length(1);
      expect(errors).to.deep.equal([]);
      expect(warnings).to.deep.equal([]);
      box.remove();
    } finally {
      console.warn = warn;
    }
  });
});
