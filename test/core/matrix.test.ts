import { expect } from '@open-wc/testing';
import { layoutMatrix, type MatrixRowInput } from '../../src/core/matrix.js';
import { layoutFigure } from '../../src/core/figure.js';
import { wrap } from '../../src/core/wrap.js';
import { compactLabel } from '../../src/core/format.js';
import { estimateWidth } from '../../src/core/measure.js';
import { findFinding, selectFindings } from '../../src/data/query.js';
import { survey } from '../../src/data/survey.js';
import { ORGANISATIONS, PLATFORMS, YEARS, type Year } from '../../src/data/keys.js';
import type { Finding } from '../../src/data/schema.js';
import { nl } from '../../src/i18n/nl.js';
import { en } from '../../src/i18n/en.js';

const measure = estimateWidth(13);
const quote = (f: { words: string }) => `“${f.words}”`;
const nb = (s: string) => s.replace(/[\u202F\u00A0]/g, ' ');
const byId = (id: string) => survey.findings.find((f) => f.id === id)!;

const rowsFor = (year: Year, s = nl): MatrixRowInput[] =>
  [...ORGANISATIONS, 'all' as const].map((organisation) => ({
    organisation,
    label: s.organisation[organisation],
    cells: PLATFORMS.map((platform) => ({
      platform,
      finding: findFinding(survey, { organisation, platform, topic: 'presence', year }),
    })),
  }));
const columns = (s = nl) =>
  PLATFORMS.map((platform) => ({ platform, label: s.platform[platform], short: s.matrix.short[platform] }));
const matrix = (year: Year, width: number, s = nl) =>
  layoutMatrix({ year, rows: rowsFor(year, s), columns: columns(s), width, strings: s, measure });

describe('wrap', () => {
  it('breaks at spaces, keeps fractions whole and returns a fitting text as it is', () => {
    expect(wrap('niet in het artikel', 1000, measure)).to.deep.equal(['niet in het artikel']);
    expect(wrap('niet in het artikel', 50, measure).length).to.be.above(1);
    const lines = wrap(compactLabel(byId('municipality-whatsapp-2017'), nl), 40, measure).map(nb);
    expect(lines).to.deep.equal(['>', '1 op 10']);
  });
  it('breaks between numbers of the article’s words: only a label’s own fraction is kept whole', () => {
    expect(wrap('van 45% in 2016 naar 67% in 2017', 115, measure)).to.deep.equal([
      'van 45% in 2016',
      'naar 67% in 2017',
    ]);
  });
});

describe('layoutMatrix', () => {
  for (const year of YEARS)
    for (const width of [280, 1000])
      it(`${year}, ${width} px: one cell per organisation and platform, each with the dataset’s figure or the silence`, () => {
        const l = matrix(year, width);
        expect(l.columns).to.equal(5);
        expect(l.marks).to.have.length(25);
        for (const c of l.marks) {
          const f = findFinding(survey, {
            organisation: c.organisation,
            platform: c.platform!,
            topic: 'presence',
            year,
          });
          expect(c.finding, c.key).to.equal(f);
          expect(nb(c.lines.join(' ')), c.key).to.equal(nb(f ? compactLabel(f, nl) : nl.notAsked));
          expect(c.kind, c.key).to.equal(f ? f.precision : 'silent');
          // No number, no tint and no dot (a negligible share keeps its dashed ring at zero).
          expect(c.tint > 0, c.key).to.equal(f?.share != null);
          expect(!!c.dot, c.key).to.equal(f?.share != null || f?.precision === 'negligible');
          expect(nb(c.lines.join(' '))).to.not.match(/^0\s?%/);
        }
      });

  it('orders the marks row by row and keeps the cells apart', () => {
    const l = matrix(2017, 1000);
    expect(l.marks.slice(0, 5).map((c) => c.platform)).to.deep.equal([...PLATFORMS]);
    expect(l.marks.map((c) => c.organisation).filter((o, i, a) => a.indexOf(o) === i)).to.deep.equal([
      ...ORGANISATIONS,
      'all',
    ]);
    for (let i = 1; i < 5; i++)
      expect(l.marks[i].x - l.marks[i].w / 2).to.be.above(l.marks[i - 1].x + l.marks[i - 1].w / 2);
    expect(l.marks[5].y - l.marks[5].h / 2).to.be.above(l.marks[0].y + l.marks[0].h / 2);
  });

  it('tints by the share: 67% darker than 45%-ish, nothing for the silence', () => {
    const l = matrix(2017, 1000);
    const cell = (key: string) => l.marks.find((c) => c.key === key)!;
    expect(cell('ocmw-social-media').tint).to.be.above(cell('fire-whatsapp').tint);
    expect(cell('fire-facebook').tint).to.equal(0);
    expect(cell('ocmw-facebook').tint).to.equal(0);
  });

  it('puts names left and dots beside the text when wide; names above, dots above and short heads when narrow', () => {
    const wide = matrix(2017, 1000);
    const narrow = matrix(2017, 280);
    expect(wide.narrow).to.equal(false);
    expect(narrow.narrow).to.equal(true);
    expect(wide.names[0].y).to.equal(wide.marks[0].y);
    expect(narrow.names[0].y).to.be.below(narrow.marks[0].y - narrow.marks[0].h / 2);
    expect(wide.heads.map((h) => h.lines.join(' '))).to.deep.equal(PLATFORMS.map((p) => nl.platform[p]));
    expect(narrow.heads.map((h) => h.lines.join(' '))).to.include('FB');
    expect(narrow.heads.map((h) => h.title)).to.deep.equal(PLATFORMS.map((p) => nl.platform[p]));
    const c = wide.marks.find((m) => m.key === 'fire-instagram')!;
    expect(c.dot!.x).to.be.below(c.tx);
    const n = narrow.marks.find((m) => m.key === 'fire-instagram')!;
    expect(n.dot!.y).to.be.below(n.ty);
    expect(narrow.marks.every((m) => m.x + m.w / 2 <= 280)).to.equal(true);
  });

  it('becomes a list when even narrow cells cannot hold the text (26 px text in 320 px): a full row per platform that names it', () => {
    const big = estimateWidth(26);
    const l = layoutMatrix({
      year: 2017,
      rows: rowsFor(2017),
      columns: columns(),
      width: 320,
      strings: nl,
      measure: big,
    });
    // At 13 px the same width is still a grid.
    expect(matrix(2017, 320).columns).to.equal(PLATFORMS.length);
    expect(l.columns).to.equal(1);
    expect(l.heads).to.deep.equal([]);
    expect(l.marks).to.have.length(5 * PLATFORMS.length);
    const c = l.marks.find((m) => m.key === 'fire-instagram')!;
    expect(nb(c.lines.join(' '))).to.equal('Instagram: 57% (n ≤ 20)');
    expect(c.dot!.x).to.be.below(c.tx);
    expect(l.marks.find((m) => m.key === 'fire-facebook')!.lines.join(' ')).to.equal('Facebook: niet in het artikel');
    // Every line fits its row, rows do not overlap, and each name sits above its organisation's rows.
    for (const m of l.marks) for (const t of m.lines) expect(big(t), t).to.be.at.most(m.w - 34);
    l.marks.slice(1).forEach((m, i) => expect(m.y - m.h / 2).to.be.at.least(l.marks[i].y + l.marks[i].h / 2));
    for (const n of l.names) {
      const first = l.marks.find((m) => m.organisation === n.key)!;
      expect(n.y).to.be.below(first.y - first.h / 2);
    }
    expect(l.height).to.be.at.least(l.marks.at(-1)!.y + l.marks.at(-1)!.h / 2);
  });

  it('speaks English', () => {
    const l = matrix(2017, 1000, en);
    expect(nb(l.marks.find((c) => c.key === 'ocmw-twitter')!.lines.join(' '))).to.equal('≈ 1 in 3');
    expect(l.marks.find((c) => c.key === 'fire-facebook')!.lines.join(' ')).to.equal('not in the article');
  });
});

describe('layoutFigure', () => {
  const figure = (findings: Finding[], width = 200) => layoutFigure({ findings, width, strings: nl, measure, quote });

  it('OCMW’s on social media: "45% → 67%" with a tiny slope on a 0–100% scale', () => {
    const l = figure(
      YEARS.map((year) =>
        findFinding(survey, { organisation: 'ocmw', platform: 'social-media', topic: 'presence', year })!,
      ),
    );
    expect(nb(l.big.lines.join(' '))).to.equal('45% → 67%');
    expect(l.points.map((p) => p.kind)).to.deep.equal(['exact', 'exact']);
    expect(l.points[1].y).to.be.below(l.points[0].y);
    const [a, b] = l.points;
    // Not stretched: the drop from 67% to 45% is 22% of the height of 0–100%.
    expect((a.y - b.y) / (l.track!.y - b.y)).to.be.closeTo(0.22 / 0.67, 0.01);
    expect(l.line!.dashed).to.equal(false);
    expect(l.ticks.map((t) => t.text)).to.deep.equal(['2016', '2017']);
    expect(l.marks).to.have.length(2);
  });

  it('one finding: the figure and a dot on a 0–100% track', () => {
    const l = figure([byId('municipality-video-outsourced-2017')]);
    expect(l.big.lines).to.deep.equal(['13%']);
    expect(l.line).to.equal(null);
    expect(l.points[0].x).to.be.closeTo(l.track!.x1 + 0.13 * (l.track!.x2 - l.track!.x1), 0.01);
    expect(l.ticks.map((t) => t.text)).to.deep.equal(['0%', '100%']);
  });

  it('an approximation reads as one, and a dashed slope', () => {
    const l = figure([byId('police-instagram-2016'), byId('police-instagram-2017')]);
    expect(nb(l.big.lines.join(' '))).to.equal('≈ 1 op 10 → ≈ 1 op 5');
    expect(l.line!.dashed).to.equal(true);
    expect(l.points.map((p) => p.kind)).to.deep.equal(['about', 'about']);
  });

  it('a finding without a number: "geen cijfer" and the article’s words, no dot', () => {
    const l = figure([byId('ocmw-facebook-2017')]);
    expect(l.big.lines).to.deep.equal(['geen cijfer']);
    expect(l.points).to.have.length(0);
    expect(l.words!.lines.join(' ')).to.equal('“Vooral Facebook is populair.”');
    expect(l.marks).to.deep.equal([l.words]);
  });

  it('words for one year and a number for the other: the number placed, the words related', () => {
    const l = figure(selectFindings(survey, { organisation: 'municipality', platform: 'whatsapp', topic: 'presence' }));
    expect(nb(l.big.lines.join(' '))).to.equal('geen cijfer → > 1 op 10');
    expect(l.points.map((p) => p.year)).to.deep.equal([2017]);
    expect(l.points[0].related!.map((f) => f.id)).to.deep.equal(['municipality-whatsapp-2016']);
  });

  it('sizes the headline to the width, within bounds', () => {
    const f = YEARS.map((year) =>
      findFinding(survey, { organisation: 'ocmw', platform: 'social-media', topic: 'presence', year })!,
    );
    const small = figure(f, 120);
    const large = figure(f, 600);
    expect(large.big.size).to.equal(2.2);
    expect(small.big.size).to.be.below(large.big.size);
    for (const l of [small, large])
      for (const line of l.big.lines) expect(measure(line) * l.big.size, line).to.be.at.most(l.width + 1);
  });
});
