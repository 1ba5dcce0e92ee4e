import { expect } from '@open-wc/testing';
import { dodge } from '../../src/core/dodge.js';
import { linear, easeCubicInOut, nice } from '../../src/core/scale.js';
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

describe('linear', () => {
  it('maps and nices', () => {
    const y = linear([0, 0.67], [300, 0], 5);
    expect(y.domain).to.deep.equal([0, 0.7]);
    expect(y(0)).to.equal(300);
    expect(r1(y(0.35))).to.equal(150);
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
    expect(l.ticks.map((t) => t.label)).to.deep.equal(['0%', '25%', '50%', '75%', '100%']);
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

describe('ease matches d3', () => {
  it('easeCubicInOut equals d3-ease', async () => {
    const d3 = await import('d3-ease');
    for (let t = 0; t <= 1; t += 0.05) expect(easeCubicInOut(t)).to.be.closeTo(d3.easeCubicInOut(t), 1e-12);
  });
});

describe('nice matches d3', () => {
  it('nice equals d3-array', async () => {
    const d3 = await import('d3-array');
    const cases: [number, number][] = [
      [0, 1],
      [0, 0.67],
      [0, 0.57],
      [0, 0.45],
      [0, 0.123],
      [0, 7],
      [0, 93],
      [0, 1234],
      [-3.2, 8.7],
      [0.001, 0.0093],
      [5, 5],
      [1, 0],
    ];
    for (const [a, b] of cases)
      for (const count of [2, 3, 5, 10])
        expect(nice(a, b, count), `${a} ${b} ${count}`).to.deep.equal(d3.nice(a, b, count));
    // As the slope chart asks: [0, highest share] in about 5 ticks.
    for (let max = 0.01; max <= 1.001; max += 0.01) expect(nice(0, max, 5), `${max}`).to.deep.equal(d3.nice(0, max, 5));
  });
});
