import { expect } from '@open-wc/testing';
import { dodge } from '../../src/core/dodge.js';
import { rowBands, shareScale, shareTicks } from '../../src/core/scale.js';
import { tween } from '../../src/core/tween.js';
import { truncate, estimateWidth } from '../../src/core/measure.js';
import { layoutDumbbell } from '../../src/core/dumbbell.js';
import { layoutSlope } from '../../src/core/slope.js';
import { findFinding } from '../../src/data/query.js';
import { survey } from '../../src/data/survey.js';
import { ORGANISATIONS, PLATFORMS, YEARS } from '../../src/data/keys.js';
import { nl } from '../../src/i18n/nl.js';

const measure = estimateWidth(13);
const quote = (f: { words: string }) => `“${f.words}”`;
const r1 = (n: number) => Math.round(n * 10) / 10;

describe('dodge', () => {
  const cases: [number[], number, number, number, number[]][] = [
    [[10, 50, 90], 16, 0, 100, [10, 50, 90]],
    [[50, 50, 50], 10, 0, 100, [40, 50, 60]],
    [[0, 2], 10, 0, 100, [0, 10]],
    [[100, 99], 10, 0, 100, [100, 90]],
    [[30, 10], 16, 0, 100, [30, 10]],
  ];
  for (const [wishes, gap, min, max, out] of cases)
    it(`${wishes} gap ${gap}`, () => expect(dodge(wishes, gap, min, max).map(r1)).to.deep.equal(out));
});

describe('share scales (d3-scale)', () => {
  // start, end px, then the px of 0, 0.45, 1/3, 0.125 and 1
  const cases: [number, number, number[]][] = [
    [100, 500, [100, 280, 233.3, 150, 500]],
    [8, 352, [8, 162.8, 122.7, 51, 352]],
    [300, 0, [300, 165, 200, 262.5, 0]],
  ];
  for (const [start, end, px] of cases)
    it(`maps shares to ${start}-${end} px`, () => {
      const x = shareScale(start, end);
      expect([0, 0.45, 1 / 3, 0.125, 1].map((v) => r1(x(v)))).to.deep.equal(px);
    });
  it('marks halves when narrow and fifths when wide', () => {
    const x = shareScale(0, 400);
    expect(shareTicks(x, true)).to.deep.equal([0, 0.5, 1]);
    expect(shareTicks(x, false)).to.deep.equal([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
  it('stacks rows of equal height from the top', () => {
    const rows = rowBands(['a', 'b', 'c'], 22, 36);
    expect(['a', 'b', 'c'].map((k) => r1(rows(k)!))).to.deep.equal([22, 58, 94]);
    expect(r1(rows.bandwidth())).to.equal(36);
    expect(rows.range()).to.deep.equal([22, 130]);
  });
});

describe('slope scale: 0% to the highest share, rounded up by d3 nice(5)', () => {
  const start = findFinding(survey, { organisation: 'ocmw', platform: 'social-media', topic: 'presence', year: 2016 })!;
  // highest share -> the share at the top of the plot
  const cases: [number, number][] = [
    [0.3, 0.5],
    [0.57, 0.6],
    [0.67, 0.7],
    [0.93, 1],
    [1, 1],
  ];
  for (const [max, top] of cases)
    it(`${max} -> ${top}`, () => {
      const l = layoutSlope({
        organisation: 'ocmw',
        series: [
          {
            platform: 'social-media',
            label: 'Sociale media',
            cells: [
              { year: 2016, finding: { ...start, share: max } },
              { year: 2017, finding: null },
            ],
          },
        ],
        width: 800,
        strings: nl,
        measure,
        quote,
      });
      // The point sits max / top of the way from the baseline (0%) to the top of the plot.
      const p = l.series[0].points[0];
      expect(r1((l.baseline.y - p.y) / (l.baseline.y - l.top - 8))).to.equal(r1(max / top));
    });
});

describe('tween', () => {
  it('moves numbers, keeps texts, matches by key', () => {
    const a = {
      marks: [
        { key: 'a', x: 0, text: '1 op 3' },
        { key: 'b', x: 10, text: 'x' },
      ],
    };
    const b = {
      marks: [
        { key: 'b', x: 20, text: 'y' },
        { key: 'c', x: 5, text: 'z' },
      ],
    };
    expect(tween(a, b, 0.5)).to.deep.equal({
      marks: [
        { key: 'b', x: 15, text: 'y' },
        { key: 'c', x: 5, text: 'z' },
      ],
    });
  });
});

describe('truncate', () => {
  it('cuts with an ellipsis to fit', () => {
    const t = truncate('OCMW’s maken weinig gebruik van WhatsApp', 100, measure);
    expect(t.endsWith('…')).to.equal(true);
    expect(measure(t)).to.be.at.most(100);
    expect(truncate('kort', 100, measure)).to.equal('kort');
  });
});

const rowsFor = (platform: (typeof PLATFORMS)[number]) =>
  ORGANISATIONS.map((organisation) => ({
    organisation,
    label: nl.organisation[organisation],
    cells: YEARS.map((year) => ({
      year,
      finding: findFinding(survey, { organisation, platform, topic: 'presence', year }),
    })),
  }));

describe('layoutDumbbell', () => {
  it('places Instagram shares on a 0-100% scale', () => {
    const l = layoutDumbbell({
      platform: 'instagram',
      rows: rowsFor('instagram'),
      width: 800,
      strings: nl,
      measure,
      quote,
    });
    const x = (v: number) => l.x0 + v * (l.x1 - l.x0);
    const fire = l.rows.find((r) => r.key === 'fire')!;
    expect(fire.points.map((p) => r1(p.x))).to.deep.equal([r1(x(0.4)), r1(x(0.57))]);
    expect(fire.line!.dashed).to.equal(false);
    const ocmw = l.rows.find((r) => r.key === 'ocmw')!;
    expect(ocmw.points.map((p) => p.kind)).to.deep.equal(['negligible', 'about']);
    expect(ocmw.points[0].x).to.equal(l.x0);
    expect(ocmw.line!.dashed).to.equal(true);
    expect(l.marks).to.have.length(8);
    expect(l.ticks.map((t) => t.label)).to.deep.equal(['0%', '20%', '40%', '60%', '80%', '100%']);
  });
  it('puts the lower share’s label left and the higher one’s right', () => {
    const l = layoutDumbbell({
      platform: 'instagram',
      rows: rowsFor('instagram'),
      width: 800,
      strings: nl,
      measure,
      quote,
    });
    for (const r of l.rows) {
      const [a, b] = r.points;
      expect(a.anchor, r.key).to.equal('end');
      expect(b.anchor, r.key).to.equal('start');
      expect(a.labelX).to.be.below(a.x);
      expect(b.labelX).to.be.above(b.x);
    }
  });
  it('stacks names above the dots when narrow', () => {
    const wide = layoutDumbbell({
      platform: 'instagram',
      rows: rowsFor('instagram'),
      width: 800,
      strings: nl,
      measure,
      quote,
    });
    const narrow = layoutDumbbell({
      platform: 'instagram',
      rows: rowsFor('instagram'),
      width: 300,
      strings: nl,
      measure,
      quote,
    });
    expect(wide.narrow).to.equal(false);
    expect(narrow.narrow).to.equal(true);
    expect(wide.rows[0].labelY).to.equal(wide.rows[0].y);
    expect(narrow.rows[0].labelY).to.be.below(narrow.rows[0].y);
    expect(narrow.x0).to.be.below(wide.x0);
    expect(narrow.ticks).to.have.length(3);
  });
  it('says "no figure" instead of drawing 0%', () => {
    const l = layoutDumbbell({
      platform: 'whatsapp',
      rows: rowsFor('whatsapp'),
      width: 800,
      strings: nl,
      measure,
      quote,
    });
    const ocmw = l.rows.find((r) => r.key === 'ocmw')!;
    expect(ocmw.points).to.have.length(0);
    expect(ocmw.empty!.text).to.match(/^geen cijfer: “OCMW’s maken weinig gebruik van WhatsApp”/);
    const police = l.rows.find((r) => r.key === 'police')!;
    expect(police.points.map((p) => p.year)).to.deep.equal([2017]);
    expect(police.points[0].related!.map((f) => f.id)).to.deep.equal(['police-whatsapp-2016']);
  });
  it('says "not in the article" where there is nothing', () => {
    const l = layoutDumbbell({
      platform: 'facebook',
      rows: rowsFor('facebook'),
      width: 800,
      strings: nl,
      measure,
      quote,
    });
    expect(l.rows.find((r) => r.key === 'fire')!.empty!.text).to.equal('niet in het artikel');
  });
});

describe('layoutSlope', () => {
  const seriesFor = (organisation: (typeof ORGANISATIONS)[number]) =>
    PLATFORMS.map((platform) => ({
      platform,
      label: nl.platform[platform],
      cells: YEARS.map((year) => ({
        year,
        finding: findFinding(survey, { organisation, platform, topic: 'presence', year }),
      })),
    }));
  it('draws OCMW social media from 45% to 67%, higher is up', () => {
    const l = layoutSlope({ organisation: 'ocmw', series: seriesFor('ocmw'), width: 800, strings: nl, measure, quote });
    const sm = l.series.find((s) => s.key === 'social-media')!;
    expect(sm.points.map((p) => p.text)).to.deep.equal(['45%', '67%']);
    expect(sm.points[1].y).to.be.below(sm.points[0].y);
    expect(sm.line!.dashed).to.equal(false);
    expect(l.notes.map((n) => n.platform)).to.deep.equal(['facebook', 'whatsapp']);
  });
  it('keeps right-hand labels apart', () => {
    for (const organisation of ORGANISATIONS)
      for (const width of [280, 800]) {
        const l = layoutSlope({ organisation, series: seriesFor(organisation), width, strings: nl, measure, quote });
        const ys = l.series.map((s) => s.name.y).sort((a, b) => a - b);
        const gap = l.narrow ? 32 : 16;
        for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1], `${organisation} ${width}`).to.be.at.least(gap);
      }
  });
});
