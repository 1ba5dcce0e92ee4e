import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type * as ReactModule from 'react';
import type { Root } from 'react-dom/client';
import type * as Components from '../../src/react.js';
import type { AdoptionChart as AdoptionChartElement, ChartSelectDetail } from '../../src/index.js';
import { TAGS, elements } from '../../src/elements.js';
import manifest from '../../custom-elements.json';

/**
 * `lokale-besturen-charts/react` as a React app gets it: dist/react.js bundled with React and ReactDOM
 * (scripts/wtr-package.mjs serves the bundle; run `npm run build` first).
 */
type Bundle = typeof Components & {
  React: typeof ReactModule;
  createRoot: (container: Element) => Root;
};
const load = () => import(/* @vite-ignore */ '/__package/react.js' as string) as Promise<Bundle>;

const mounted: Root[] = [];
afterEach(() => {
  for (const root of mounted.splice(0)) root.unmount();
  document.body.replaceChildren();
});

describe('lokale-besturen-charts/react', () => {
  it('has a component for every element of the registry, named as its class, and registers the elements', async () => {
    const bundle = await load();
    expect(Object.keys(bundle.components).sort()).to.deep.equal([...TAGS].sort());
    for (const tag of TAGS) {
      expect(bundle.components[tag], tag).to.equal(bundle[elements[tag].name as keyof typeof Components]);
      expect(customElements.get(tag), tag).to.be.a('function');
    }
  });

  it('maps every event of custom-elements.json to an on<Event> prop', async () => {
    const { events } = await load();
    const names = new Set<string>();
    for (const m of manifest.modules as { declarations?: { tagName?: string; events?: { name: string }[] }[] }[])
      for (const d of m.declarations ?? []) if (d.tagName) for (const e of d.events ?? []) names.add(e.name);
    expect(names.size).to.be.greaterThan(0);
    for (const name of names) expect(Object.values(events), name).to.include(name);
    for (const [prop, name] of Object.entries(events))
      expect(prop).to.equal(`on${name.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase())}`);
  });

  it('renders a chart with its properties, and onChartSelect fires with the detail', async () => {
    const { React, createRoot, AdoptionChart } = await load();
    const container = document.createElement('div');
    container.style.width = '640px';
    document.body.append(container);
    const root = createRoot(container);
    mounted.push(root);
    const selected: ChartSelectDetail[] = [];
    root.render(
      React.createElement(AdoptionChart, {
        platform: 'instagram',
        year: 2017,
        onChartSelect: (e) => selected.push(e.detail),
      }),
    );
    await waitUntil(() => container.querySelector('adoption-chart'), 'React did not render the element');
    // The bundle's own class (it carries its own copy of the library), registered by importing it.
    const el = container.querySelector('adoption-chart') as AdoptionChartElement;
    expect(el.constructor).to.equal(customElements.get('adoption-chart'));
    await waitUntil(() => el.shadowRoot?.querySelector('.hit'), 'the chart was not drawn', { timeout: 5000 });
    // `year` set as the property (a number), not as attribute text.
    expect(el.year).to.equal(2017);
    expect(el.platform).to.equal('instagram');
    const hit = el.shadowRoot!.querySelector<SVGElement>('.hit')!;
    hit.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => selected.length > 0, 'onChartSelect did not fire');
    expect(selected[0]).to.deep.include({ platform: 'instagram', year: 2017 });
  });
});
