import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { nl } from '../../src/i18n/nl.js';
import { EMBED, allDrawn, catchDownloads, openPage, type Page } from './page.js';

const MARKUP = '<b>vet</b> & <img src=x onerror="window.__pwned=1">';
/** The header block of a downloaded CSV: its lines that start with "#", one cell each, unquoted. */
const headOf = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .split('\n')
    .filter((l) => /^"?#/.test(l))
    .map((l) => (l.startsWith('"') ? l.slice(1, -1).replace(/""/g, '"') : l));

/** The downloads carry the editor's words (dist/embed.js): CSV header block, SVG and PNG, as text. */
describe('downloads with the editor’s words', () => {
  let page: Page;
  let saveFile: ReturnType<typeof catchDownloads>;
  before(async () => {
    await setViewport({ width: 1000, height: 800 });
    page = await openPage({
      head: `<script src="${EMBED}"></script>`,
      body: `<adoption-chart id="words" platform="instagram" download
          heading="Instagram wint terrein" description="Vooral de brandweerzones kwamen erbij."
          note="Noot van de redactie." byline="Grafiek: redactie" source="VVSG" source-url="https://www.vvsg.be/"></adoption-chart>
        <adoption-chart id="plain" platform="instagram" download="svg"></adoption-chart>
        <adoption-chart id="markup" platform="instagram" download="csv svg"></adoption-chart>`,
    });
    const markup = page.doc.getElementById('markup')!;
    for (const name of ['heading', 'description', 'note', 'byline', 'source']) markup.setAttribute(name, MARKUP);
    saveFile = catchDownloads(page);
    await allDrawn(page.doc);
  });
  after(() => page.close());

  const download = async (id: string, format: string) => (await saveFile(id, new RegExp(format))).blob;
  const svgTexts = async (id: string) => {
    const doc = new DOMParser().parseFromString(await (await download(id, 'SVG')).text(), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    return { doc, texts: [...doc.querySelectorAll('svg > text')].map((t) => t.textContent!) };
  };

  it('CSV: heading, description, source with its URL, the editor’s note before the chart’s, byline', async () => {
    const head = headOf(await (await download('words', 'CSV')).text());
    expect(head.slice(0, 5)).to.deep.equal([
      '# Instagram wint terrein',
      '# Vooral de brandweerzones kwamen erbij.',
      '# Bron: VVSG (https://www.vvsg.be/)',
      head[3],
      '# Grafiek: redactie',
    ]);
    expect(head[3]).to.match(/^# Noot van de redactie\. Percentages van de respondenten/);
  });

  it('SVG: the heading and description above the plot, note, byline and source below', async () => {
    const { doc, texts } = await svgTexts('words');
    expect(texts[0]).to.equal('Instagram wint terrein');
    expect(texts[1]).to.equal('Vooral de brandweerzones kwamen erbij.');
    expect(texts.join(' ')).to.contain('Noot van de redactie. Percentages van de respondenten');
    expect(texts.slice(-2)).to.deep.equal(['Grafiek: redactie', 'Bron: VVSG (https://www.vvsg.be/)']);
    // Nothing overlaps: the description sits between the title and the plot.
    const y = (t: Element) => Number(t.getAttribute('y'));
    const [title, description] = [...doc.querySelectorAll('svg > text')];
    const plotTop = Number(
      doc
        .querySelector('svg > g')!
        .getAttribute('transform')!
        .match(/translate\(0 ([\d.]+)\)/)![1],
    );
    expect(y(description)).to.be.greaterThan(y(title) + 12);
    // The title in the text colour, the description and the source line in the muted one, as on the page.
    const fill = (t: Element) => t.getAttribute('fill');
    const source = [...doc.querySelectorAll('svg > text')].at(-1)!;
    expect(fill(description)).to.equal(fill(source));
    expect(fill(description)).to.not.equal(fill(title));
    expect(plotTop).to.be.greaterThan(y(description) + 8);
    // Taller than the same chart without the words, by their lines.
    const plain = await svgTexts('plain');
    expect(plain.texts[0]).to.equal('Instagram bij de respondenten, 2016–2017');
    expect(plain.texts.at(-1)).to.equal(nl.source);
    const height = (d: Document) => Number(d.documentElement.getAttribute('height'));
    // The description's line, the byline's, and as many as the editor's note adds to the chart's.
    expect(height(doc) - height(plain.doc)).to.be.within(17 + 14, 17 + 14 * 3);
  });

  it('PNG: the SVG with the words, at twice its size', async () => {
    const height = async (id: string) => Number((await svgTexts(id)).doc.documentElement.getAttribute('height'));
    const bitmap = await createImageBitmap(await download('words', 'PNG'));
    expect(bitmap.height).to.equal(2 * (await height('words')));
    // Taller than the same chart's without the words: their lines are drawn.
    expect(bitmap.height).to.be.greaterThan(2 * (await height('plain')) + 40);
  });

  it('markup in the words stays text in the CSV and the SVG', async () => {
    const head = headOf(await (await download('markup', 'CSV')).text());
    expect(head.slice(0, 3)).to.deep.equal([`# ${MARKUP}`, `# ${MARKUP}`, `# Bron: ${MARKUP}`]);
    const { doc, texts } = await svgTexts('markup');
    expect(texts[0]).to.equal(MARKUP);
    expect(doc.querySelector('b, img, foreignObject')).to.equal(null);
    expect((page.win as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
