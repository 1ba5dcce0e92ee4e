import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { survey } from '../../src/data/survey.js';
import { ORGANISATIONS, PLATFORMS, YEARS } from '../../src/data/keys.js';
import '../preload.js';

/** Every configuration an editor can paste that shows findings of the bundled survey. */
const configurations: [string, Record<string, string>][] = [
  ...PLATFORMS.map((platform): [string, Record<string, string>] => ['adoption-chart', { platform }]),
  ...ORGANISATIONS.map((organisation): [string, Record<string, string>] => ['platform-growth', { organisation }]),
  ['interaction-gap', {}],
  ['video-adoption', {}],
  ...YEARS.map((year): [string, Record<string, string>] => ['platform-matrix', { year: String(year) }]),
  ...survey.findings.map((f): [string, Record<string, string>] => ['survey-figure', { finding: f.id }]),
];

/** The ids of the findings a chart shows: its data table has one row per finding, keyed by id. */
async function shown(tag: string, attrs: Record<string, string>): Promise<string[]> {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const box = await fixture<HTMLDivElement>(html`<div style="width:800px"></div>`);
  box.append(el);
  await waitUntil(
    () => el.shadowRoot?.querySelector('table tbody tr'),
    `${tag} ${JSON.stringify(attrs)} drew no table`,
  );
  const ids = [...el.shadowRoot!.querySelectorAll('table tbody tr[data-key]')].map(
    (r) => (r as HTMLElement).dataset.key!,
  );
  box.remove(); // charts render lazily near the viewport: keep the next one in view
  return ids;
}

describe('every finding of the article is shown by at least one element', () => {
  let covered: Map<string, string[]>;
  before(async function () {
    this.timeout(60000);
    covered = new Map();
    for (const [tag, attrs] of configurations)
      for (const id of await shown(tag, attrs))
        covered.set(id, [...(covered.get(id) ?? []), `${tag} ${JSON.stringify(attrs)}`]);
  });

  it('every quantitative finding', () => {
    const missing = survey.findings.filter((f) => f.share !== null && !covered.has(f.id)).map((f) => f.id);
    expect(missing).to.deep.equal([]);
  });

  it('every finding without a number too (in its words)', () => {
    const missing = survey.findings.filter((f) => f.share === null && !covered.has(f.id)).map((f) => f.id);
    expect(missing).to.deep.equal([]);
  });

  it('every quantitative finding by a chart, but for the one a <survey-figure> headline is made for', () => {
    // "meer dan de helft van de respondenten [wil] in 2018 nog beter doen" stands alone in the article:
    // it is shown as a headline figure (<survey-figure finding="all-improve-2017"> in the demo), not in a chart.
    const byCharts = (id: string) => (covered.get(id) ?? []).some((where) => !where.startsWith('survey-figure'));
    const missing = survey.findings.filter((f) => f.share !== null && !byCharts(f.id)).map((f) => f.id);
    expect(missing).to.deep.equal(['all-improve-2017']);
  });
});
