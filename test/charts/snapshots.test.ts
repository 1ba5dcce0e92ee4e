/**
 * Layout snapshots (as Observable Plot's test/plot-snapshot.js): every element × documented option × narrow and
 * wide × nl and en, its title, summary, SVG geometry (numbers rounded to 0.1 px), the words on its marks and
 * its table. They pin what a reader sees, so a refactor shows exactly what it moved: review the diff, then
 * `npx wtr --files test/charts/snapshots.test.ts --update-snapshots` and say in the commit why it moved.
 * Stored in test/charts/__snapshots__/.
 */
import { expect } from '@open-wc/testing';
import { compareSnapshot, getSnapshot, getSnapshotConfig, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { renderChart } from '../helpers.js';
import type { Tag } from '../../src/tags.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';

/** Each element with the options its README and stories document (typed by the registry: a new tag needs its cases). */
const CASES: Record<Tag, Record<string, string>[]> = {
  'adoption-chart': [
    { platform: 'social-media' },
    { platform: 'facebook' },
    { platform: 'twitter' },
    { platform: 'instagram' },
    { platform: 'whatsapp' },
    { platform: 'instagram', year: '2016' },
    { platform: 'instagram', year: '2017' },
  ],
  'platform-growth': [
    { organisation: 'municipality' },
    { organisation: 'ocmw' },
    { organisation: 'police' },
    { organisation: 'fire' },
  ],
  'interaction-gap': [{}],
  'video-adoption': [{}],
  'platform-matrix': [{ year: '2017' }, { year: '2016' }],
  'survey-figure': [
    { organisation: 'ocmw', platform: 'social-media' },
    { organisation: 'fire', platform: 'instagram' },
    { organisation: 'police', platform: 'instagram' },
    { organisation: 'ocmw', platform: 'social-media', year: '2017' },
    { finding: 'municipality-video-outsourced-2017' },
    { finding: 'all-facebook-live-2017' },
  ],
};
const WIDTHS = { narrow: 360, wide: 900 };
const LANGS = ['nl', 'en'];

const round = (s: string) => s.replace(/-?\d+(\.\d+)?(e-?\d+)?/g, (n) => String(Math.round(Number(n) * 10) / 10));
const text = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const GEOMETRY = [
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'width',
  'height',
  'd',
  'points',
  'transform',
];
const OTHER = ['text-anchor', 'dy', 'data-key', 'data-organisation', 'aria-label', 'viewBox'];

/** One line per SVG element: its tag, classes, geometry (rounded) and own text. */
function serialise(el: Element): string[] {
  const root = el.shadowRoot!;
  const lines = [
    `title: ${text(root.querySelector('.title')?.textContent)}`,
    `summary: ${text(root.querySelector('.summary')?.textContent)}`,
  ];
  const svgEl = root.querySelector('.plot svg');
  if (svgEl)
    for (const node of [svgEl, ...svgEl.querySelectorAll('*')]) {
      const attrs = [...GEOMETRY, ...OTHER]
        .filter((a) => node.hasAttribute(a))
        .map((a) => `${a}=${GEOMETRY.includes(a) ? round(node.getAttribute(a)!) : node.getAttribute(a)}`);
      const cls = node.getAttribute('class')?.trim().replace(/\s+/g, '.');
      const own = [...node.childNodes]
        .filter((c) => c.nodeType === Node.TEXT_NODE)
        .map((c) => c.textContent)
        .join('');
      lines.push(`${node.localName}${cls ? '.' + cls : ''} ${attrs.join(' ')}${text(own) ? ` "${text(own)}"` : ''}`);
    }
  for (const row of root.querySelectorAll('table tr'))
    lines.push(`row: ${[...row.children].map((c) => text(c.textContent)).join(' | ')}`);
  return lines;
}

describe('layout snapshots', () => {
  before(() => setViewport({ width: 1300, height: 900 }));

  for (const [tag, options] of Object.entries(CASES))
    for (const option of options)
      for (const [layout, width] of Object.entries(WIDTHS))
        for (const lang of LANGS) {
          const name = `${tag} ${JSON.stringify(option)} ${layout} ${lang}`;
          it(name, async () => {
            const attrs = Object.entries({ ...option, lang })
              .map(([k, v]) => `${k}="${v}"`)
              .join(' ');
            const el = await renderChart(
              staticHtml`<${unsafeStatic(tag)} ${unsafeStatic(attrs)}></${unsafeStatic(tag)}>`,
              width,
            );
            const lines = serialise(el);
            const stored = await getSnapshot({ name });
            if (stored === undefined || (await getSnapshotConfig()).updateSnapshots) {
              expect(
                (await getSnapshotConfig()).updateSnapshots,
                `no snapshot stored for ${name}: run with --update-snapshots`,
              ).to.be.true;
              await compareSnapshot({ name, content: lines.join('\n') });
              return;
            }
            expect(lines).to.deep.equal(stored.split('\n'));
          });
        }
});
