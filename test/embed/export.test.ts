import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { csvRows } from '../../src/data/csv.js';
import { validateDataset, type Finding } from '../../src/data/schema.js';
import { saveChart } from '../../src/parts/downloads.js';
import { fetchDataset } from '../../src/parts/data.js';
import { nl } from '../../src/i18n/nl.js';
import { en } from '../../src/i18n/en.js';
import type { ChartMark } from '../../src/core/types.js';
import { EMBED, allDrawn, catchDownloads, openPage, type Page } from './page.js';

/** The rows of a downloaded CSV after its header block (the lines starting with "#"), and that block. */
const split = (text: string) => {
  // The lines of the block are read on their own: the first line of the rest tells the separator.
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  const n = lines.findIndex((l) => !/^"?#/.test(l));
  // One cell a line, quoted where it holds the separator or a quote.
  const head = lines.slice(0, n).map((l) => (l.startsWith('"') ? l.slice(1, -1).replace(/""/g, '"') : l));
  return { head, rows: csvRows(lines.slice(n).join('\n')) };
};
/** What a chart reads back from a downloaded CSV given as `src`. */
const readBack = async (text: string) =>
  (await fetchDataset(URL.createObjectURL(new Blob([text], { type: 'text/csv' })))).findings;

/** The optional download buttons, in a page that loads the built dist/embed.js. */
describe('download buttons', () => {
  let page: Page;
  let download: ReturnType<typeof catchDownloads>;
  before(async () => {
    await setViewport({ width: 1000, height: 800 });
    page = await openPage({
      head: `<script src="${EMBED}"></script>`,
      body: `<adoption-chart id="all" platform="instagram" download></adoption-chart>
        <adoption-chart id="csv" platform="twitter" download="csv"></adoption-chart>
        <adoption-chart id="none"></adoption-chart>
        <adoption-chart id="formula" download="csv"></adoption-chart>
        <adoption-chart id="english" lang="en" platform="instagram" download="csv"></adoption-chart>`,
    });
    download = catchDownloads(page);
    // Words are trimmed when read; notes are not, so the tab and carriage return go there.
    const words = ['=HYPERLINK("http://example.com","klik")', '+32 2 211 55 00', '-1', '@SUM(A1)', 'gewoon'];
    const notes = ['\tverborgen', '\rterug', '', '', 'ook gewoon'];
    (page.doc.getElementById('formula') as HTMLElement & { data: unknown }).data = words.map((w, i) => ({
      id: `f${i}`,
      organisation: ['municipality', 'ocmw', 'police', 'fire', 'all'][i],
      platform: 'instagram',
      year: 2017,
      precision: 'none',
      words: w,
      note: notes[i],
    }));
    await allDrawn(page.doc);
  });
  after(() => page.close());

  const buttons = (id: string) =>
    [...page.doc.getElementById(id)!.shadowRoot!.querySelectorAll('button[part="download"]')] as HTMLButtonElement[];

  it('offers the formats the editor asked for, none by default', () => {
    expect(buttons('all').map((b) => b.textContent)).to.deep.equal([
      'Gegevens downloaden (CSV)',
      'Afbeelding downloaden (PNG)',
      'Afbeelding downloaden (SVG)',
    ]);
    expect(buttons('csv').map((b) => b.textContent)).to.deep.equal(['Gegevens downloaden (CSV)']);
    expect(buttons('none')).to.have.length(0);
  });

  it('downloads the shown findings as CSV in the dataset’s format, for Dutch with ";" and a decimal comma', async () => {
    const { name, blob } = await download('all', /CSV/);
    expect(name).to.equal('adoption-chart-instagram.csv');
    const text = await blob.text();
    // A header block first: the source, the note (respondents, small samples), who answered.
    const { head, rows } = split(text);
    expect(head[0]).to.equal(`# ${nl.source}`);
    expect(head[1]).to.contain(nl.ofRespondents).and.contain('n = 5: 5 brandweerzones antwoordden in 2016');
    expect(head).to.include('# 2016: 5 brandweerzones antwoordden (20 in Vlaanderen)');
    expect(rows[0]).to.deep.equal([
      'id',
      'organisation',
      'platform',
      'topic',
      'year',
      'share',
      'precision',
      'words',
      'wordsEn',
      'wordsFr',
      'note',
      'sample',
    ]);
    const byId = Object.fromEntries(rows.slice(1).map((r) => [r[0], r]));
    expect(byId['fire-instagram-2017'].slice(1, 7)).to.deep.equal([
      'fire',
      'instagram',
      'presence',
      '2017',
      '0,57',
      'exact',
    ]);
    // A worded fraction stays a fraction, with its precision.
    expect(byId['ocmw-instagram-2017'].slice(5, 7)).to.deep.equal(['1/3', 'about']);
    // The small-sample mark of each fire-zone share.
    expect(byId['fire-instagram-2016'][11]).to.equal('n = 5');
    expect(byId['fire-instagram-2017'][11]).to.equal('hoogstens 20 brandweerzones');
    expect(byId['ocmw-instagram-2017'][11]).to.equal('');
  });

  it('defuses spreadsheet formulas in the CSV', async () => {
    const { blob } = await download('formula', /CSV/);
    const rows = split(await blob.text()).rows.slice(1);
    expect(rows.map((r) => r[7])).to.have.members([
      '\'=HYPERLINK("http://example.com","klik")',
      "'+32 2 211 55 00",
      "'-1",
      "'@SUM(A1)",
      'gewoon',
    ]);
    expect(rows.map((r) => r[10])).to.have.members(["'\tverborgen", "'\rterug", '', '', 'ook gewoon']);
  });

  it('downloads CSV that a chart reads back as src: the same findings, without the formula guard', async () => {
    const given = (page.doc.getElementById('formula') as HTMLElement & { data: unknown }).data;
    const { blob } = await download('formula', /CSV/);
    const back = await readBack(await blob.text());
    const byId = (findings: readonly Finding[]) => [...findings].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(back)).to.deep.equal(byId(validateDataset(given).findings));
  });

  it('downloads CSV for English readers with "," and a decimal point', async () => {
    const { blob } = await download('english', /CSV/);
    const text = await blob.text();
    expect(split(text).head[0]).to.equal(`# ${en.source}`);
    expect(split(text).rows[0].slice(0, 3)).to.deep.equal(['id', 'organisation', 'platform']);
    const byId = Object.fromEntries(split(text).rows.map((r) => [r[0], r]));
    expect(byId['fire-instagram-2017'][11]).to.equal('at most 20 fire zones');
    expect(byId['fire-instagram-2017'][5]).to.equal('0.57');
  });

  it('downloads the chart as SVG, styled without a stylesheet, with title and source', async () => {
    const { name, blob } = await download('all', /SVG/);
    expect(name).to.equal('adoption-chart-instagram.svg');
    const text = await blob.text();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent!.replace(/\u00A0/g, ' '));
    expect(texts).to.include.members([
      'Instagram bij de respondenten, 2016–2017',
      'Bron: VVSG & Socialemediaburo.be, Sociale mediagebruik bij lokale besturen 2017',
      '40% (n = 5)',
      '57% (n ≤ 20)',
    ]);
    // The note under the plot: respondents, and what the small-sample marks mean.
    expect(texts.join(' '))
      .to.contain('Percentages van de respondenten')
      .and.contain('n ≤ 20: het aantal brandweerzones');
    expect(doc.querySelector('.hit, .hits')).to.equal(null);
    expect(doc.querySelector('.dot.y2017')!.getAttribute('fill')).to.equal('rgb(9, 105, 218)');
    expect(text).to.not.contain('<!--');
    expect(text).to.not.match(/\sstyle=/);
    // Small: only what differs from the parent is written out.
    expect(text.length).to.be.below(12000);
  });

  it('downloads the chart as PNG at twice its size', async () => {
    const { name, blob } = await download('all', /PNG/);
    expect(name).to.equal('adoption-chart-instagram.png');
    expect(blob.type).to.equal('image/png');
    const bitmap = await createImageBitmap(blob);
    const svg = page.doc.getElementById('all')!.shadowRoot!.querySelector('.plot svg') as SVGSVGElement;
    expect(bitmap.width).to.equal(2 * svg.width.baseVal.value);
    expect(page.log.errors).to.deep.equal([]);
  });
});

/** The CSV download per language, from the source modules (saveChart with the chart's language). */
describe('saveChart: CSV per language', () => {
  const findings = validateDataset([
    { id: 'a', organisation: 'fire', platform: 'instagram', year: 2017, share: 0.57, precision: 'exact', words: 'w' },
    { id: 'b', organisation: 'ocmw', platform: 'instagram', year: 2017, share: '1/3', precision: 'about', words: 'w' },
  ]).findings;
  const marks = findings.map((finding) => ({ finding }) as unknown as ChartMark);
  const click = HTMLAnchorElement.prototype.click;
  let saved: Promise<string>[] = [];
  beforeEach(() => {
    saved = [];
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push(fetch(this.href).then((r) => r.text()));
    };
  });
  afterEach(() => {
    HTMLAnchorElement.prototype.click = click;
  });
  const csvOf = async (...lang: ('nl' | 'fr' | 'en')[]) => {
    const plot = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    await saveChart('csv', 'x', marks, plot, { title: 'title', source: 'source, with a comma' }, ...lang);
    return saved[0];
  };

  const cases: [lang: ('nl' | 'fr' | 'en')[], header: string, share: string][] = [
    [[], 'id;organisation;platform;topic;year;share;precision;words;wordsEn;wordsFr;note', '0,57'],
    [['nl'], 'id;organisation;platform;topic;year;share;precision;words;wordsEn;wordsFr;note', '0,57'],
    [['fr'], 'id;organisation;platform;topic;year;share;precision;words;wordsEn;wordsFr;note', '0,57'],
    [['en'], 'id,organisation,platform,topic,year,share,precision,words,wordsEn,wordsFr,note', '0.57'],
  ];
  for (const [lang, header, share] of cases)
    it(`${lang[0] ?? 'no language (Dutch)'}: ${JSON.stringify(header[2])} and ${share}, read back as src`, async () => {
      const text = await csvOf(...lang);
      // The source first, as one cell (quoted where the separator is a comma), then the columns.
      const lines = text.replace(/^\uFEFF/, '').split('\n');
      expect(lines[0]).to.equal(lang[0] == 'en' ? '"# source, with a comma"' : '# source, with a comma');
      expect(lines[1]).to.equal(header);
      const { rows } = split(text);
      expect(rows[1].slice(5, 7)).to.deep.equal([share, 'exact']);
      expect(rows[2].slice(5, 7)).to.deep.equal(['1/3', 'about']);
      expect(await readBack(text)).to.deep.equal(findings);
    });
});
