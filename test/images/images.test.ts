import { expect, waitUntil } from '@open-wc/testing';
import { TAGS, type Tag } from '../../src/tags.js';
import { PRESETS as presets, optionsSlug as slug } from '../../src/builder/presets.js';
import { EMBED, openPage } from '../embed/page.js';
import type { StaticImage as Entry } from '../helpers.js';

/**
 * dist/static/, written by scripts/images.mjs: `npm test` writes a sample first (`--sample`: two elements, every
 * language and layout), `npm run images` and `npm run release` every preset. Each entry of index.json names an SVG
 * and a PNG that exist, with the stated size (the PNG twice it), and an alt text that is the chart's summary.
 * Skipped, with a message, when dist/static/ is absent (`npm run test:only` after a plain build).
 */

const STATIC = '/dist/static';
const WIDTH = { narrow: 360, wide: 720 };
let index: Entry[] | null = null;

describe('static images (dist/static)', function () {
  before(async function () {
    // The test server serves a .json file as a module (its esbuild plugin), so it is imported, not fetched.
    const url = `${STATIC}/index.json`;
    index = await import(url).then((m: { default: Entry[] }) => m.default).catch(() => null);
    if (!index) {
      console.warn(
        'dist/static/index.json is absent: the image tests are skipped. Run `npm run images` (npm test does).',
      );
      this.skip();
    }
  });

  it('index.json: every entry names its chart, language, layout, size and alt text', () => {
    expect(index!.length).to.be.greaterThan(0);
    for (const e of index!) {
      expect(TAGS as readonly string[], e.file).to.include(e.tag);
      expect(['nl', 'en', 'fr'], e.file).to.include(e.lang);
      expect(e.width, e.file).to.equal(WIDTH[e.layout]);
      expect(Number.isInteger(e.height) && e.height > 50, `${e.file}: height ${e.height}`).to.equal(true);
      expect(e.file).to.equal(`${e.tag}-${slug(e.options)}-${e.lang}-${e.layout}.png`);
      expect(e.svg).to.equal(e.file.replace(/\.png$/, '.svg'));
      expect(e.alt.length, `${e.file}: alt`).to.be.greaterThan(10);
      // Each preset is a documented one.
      expect(presets[e.tag as Tag], e.file).to.deep.include(e.options);
    }
  });

  it('every chart in nl, en and fr, narrow and wide, with an alt text in its language', () => {
    const charts = new Map<string, Entry[]>();
    for (const e of index!) {
      const key = `${e.tag} ${slug(e.options)}`;
      charts.set(key, [...(charts.get(key) ?? []), e]);
    }
    for (const [key, entries] of charts) {
      expect(entries.map((e) => `${e.lang} ${e.layout}`).sort(), key).to.deep.equal([
        'en narrow',
        'en wide',
        'fr narrow',
        'fr wide',
        'nl narrow',
        'nl wide',
      ]);
      const alt = (lang: string) => entries.find((e) => e.lang == lang)!.alt;
      expect(new Set([alt('nl'), alt('en'), alt('fr')]).size, `${key}: one alt text per language`).to.equal(3);
    }
    // A full run (npm run images) has every preset of every element.
    if (new Set(index!.map((e) => e.tag)).size == TAGS.length)
      for (const tag of TAGS)
        for (const options of presets[tag])
          expect(charts.has(`${tag} ${slug(options)}`), `${tag} ${slug(options)}`).to.equal(true);
  });

  it('the files exist, the SVG at the stated size and the PNG at twice it', async () => {
    for (const e of index!) {
      const png = await createImageBitmap(await (await fetch(`${STATIC}/${e.file}`)).blob());
      expect(Math.abs(png.width - 2 * e.width), `${e.file}: ${png.width} px wide`).to.be.at.most(1);
      expect(Math.abs(png.height - 2 * e.height), `${e.file}: ${png.height} px high`).to.be.at.most(1);
      const res = await fetch(`${STATIC}/${e.svg}`);
      expect(res.ok, e.svg).to.equal(true);
      const svg = new DOMParser().parseFromString(await res.text(), 'image/svg+xml').documentElement;
      expect(svg.localName, e.svg).to.equal('svg');
      expect(Math.round(Number(svg.getAttribute('width'))), e.svg).to.equal(e.width);
      expect(Math.round(Number(svg.getAttribute('height'))), e.svg).to.equal(e.height);
      // The title may wrap over several lines of text in a narrow image.
      const words = [...svg.querySelectorAll('text')].map((t) => t.textContent).join(' ');
      expect(words.replace(/\s+/g, ' '), e.svg).to.include(e.title.replace(/\s+/g, ' '));
    }
  });

  it('the alt text is the summary of the same chart drawn on a page', async () => {
    for (const e of index!.filter((x) => x.layout == 'wide').slice(0, 3)) {
      const attrs = Object.entries(e.options)
        .map(([k, v]) => ` ${k}="${v}"`)
        .join('');
      const page = await openPage({
        lang: e.lang,
        head: `<script src="${EMBED}"></script>`,
        body: `<${e.tag}${attrs} theme="light"></${e.tag}>`,
      });
      const el = page.doc.querySelector(e.tag)!;
      const summary = () => el.shadowRoot?.querySelector('[part~="summary"]')?.textContent?.trim() ?? '';
      await waitUntil(() => summary() == e.alt, `${e.file}: the page says "${summary()}"`, { timeout: 4000 });
      page.close();
    }
  });
});
