import { expect, waitUntil } from '@open-wc/testing';
import { version } from '../../src/version.js';
import pkg from '../../package.json';

describe('version', () => {
  it('equals package.json', () => {
    expect(version).to.equal(pkg.version);
  });

  it('a second embed script of another version warns once and does not throw', async () => {
    (window as unknown as Record<string, string>).__lokaleBesturenCharts = '0.0.0-other';
    const warnings: unknown[][] = [];
    const errors: string[] = [];
    const warn = console.warn;
    const onError = (e: ErrorEvent) => errors.push(e.message);
    console.warn = (...a: unknown[]) => warnings.push(a);
    window.addEventListener('error', onError);
    try {
      const s = document.createElement('script');
      s.src = '/dist/embed.js';
      document.head.append(s);
      await new Promise((r) => (s.onload = r));
      await waitUntil(() => warnings.length > 0);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0][0])).to.contain(
        `lokale-besturen-charts ${version}: version 0.0.0-other is already on this page`,
      );
      expect(errors).to.deep.equal([]);
      // The page's own (other) version keeps its tags: this copy registered nothing.
      expect(customElements.get('adoption-chart')).to.equal(undefined);
    } finally {
      console.warn = warn;
      window.removeEventListener('error', onError);
    }
  });
});
