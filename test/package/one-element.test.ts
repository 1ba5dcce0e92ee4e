import { expect, fixture, html, waitUntil } from '@open-wc/testing';
// What a bundler user writes to get one element: `import 'lokale-besturen-charts/adoption-chart'`.
import '../../src/charts/adoption-chart/define.js';
import { elements } from '../../src/elements.js';

describe('importing one element', () => {
  it('registers that element and no other', async () => {
    expect(customElements.get('adoption-chart')).to.be.a('function');
    const others = Object.keys(elements).filter((tag) => tag !== 'adoption-chart');
    expect(others.length).to.be.greaterThan(0);
    for (const tag of others) expect(customElements.get(tag), tag).to.equal(undefined);
    const el = await fixture(html`<adoption-chart></adoption-chart>`);
    await waitUntil(() => el.shadowRoot?.querySelector('.hit'));
  });
});
