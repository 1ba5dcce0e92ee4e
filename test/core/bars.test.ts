import { expect } from '@open-wc/testing';
import { layoutBars, restOf, type BarsLayout } from '../../src/core/bars.js';
import { barsInput } from '../../src/base/bar-rows.js';
import { INTERACTION_NOTES, INTERACTION_ROWS, layoutInteractionGap } from '../../src/charts/interaction-gap/layout.js';
import { VIDEO_NOTES, VIDEO_ROWS, layoutVideoAdoption } from '../../src/charts/video-adoption/layout.js';
import { compactLabel } from '../../src/core/format.js';
import { estimateWidth } from '../../src/core/measure.js';
import { survey } from '../../src/data/survey.js';
import { validateDataset, type Finding } from '../../src/data/schema.js';
import { nl } from '../../src/i18n/nl.js';
import { en } from '../../src/i18n/en.js';

const measure = estimateWidth(13);
const quote = (f: Finding) => `“${f.words}”`;
const nb = (s: string) => s.replace(/[\u202F\u00A0]/g, ' ');
const f = (id: string) => survey.findings.find((x) => x.id === id)!;
const r1 = (n: number) => Math.round(n * 10) / 10;
/** Where a share sits on the layout's scale. */
const at = (l: BarsLayout, v: number) => l.x0 + v * (l.x1 - l.x0);
const row = (l: BarsLayout, key: string) => l.rows.find((r) => r.key === key)!;

describe('restOf: the rest of a share is as approximate as the share', () => {
  const cases: [string, string, string, string][] = [
    // id, share nl, rest nl, rest en
    ['all-twitter-interaction-2017', '≈ 1 op 3', '≈ 2 op 3', '≈ 2 in 3'],
    ['all-facebook-interaction-2017', '> 1 op 2', '< 1 op 2', '< 1 in 2'],
    ['municipality-instagram-2017', '< 2 op 3', '> 1 op 3', '> 1 in 3'],
    ['municipality-video-outsourced-2017', '13%', '87%', '87%'],
    ['ocmw-instagram-2016', '≈ 0', '< 100%', '< 100%'],
  ];
  for (const [id, share, restNl, restEn] of cases)
    it(`${id}: ${share} leaves ${restNl}`, () => {
      expect(nb(compactLabel(f(id), nl))).to.equal(share);
      expect(nb(compactLabel(restOf(f(id)), nl))).to.equal(restNl);
      expect(nb(compactLabel(restOf(f(id)), en))).to.equal(restEn);
    });
  it('has no rest where there is no number', () => expect(restOf(f('all-broadcast-2017'))).to.equal(null));
  it('keeps shares that add up to one', () =>
    expect(restOf(f('all-twitter-interaction-2017'))!.share! + 1 / 3).to.be.closeTo(1, 1e-12));
});

describe('barsInput', () => {
  it('names bars of one topic by their platform, of different topics by their topic', () => {
    expect(barsInput(survey, nl, INTERACTION_ROWS).map((r) => [r.key, r.label, r.finding?.id])).to.deep.equal([
      ['twitter', 'Twitter', 'all-twitter-interaction-2017'],
      ['facebook', 'Facebook', 'all-facebook-interaction-2017'],
    ]);
    expect(barsInput(survey, nl, VIDEO_ROWS).map((r) => [r.label, r.finding?.id])).to.deep.equal([
      ['Maakt zelf video’s', 'municipality-video-in-house-2017'],
      ['Laat video’s maken', 'municipality-video-outsourced-2017'],
      ['Wil meer inzetten op video', 'municipality-video-more-2017'],
    ]);
    expect(barsInput(survey, en, VIDEO_NOTES).map((r) => [r.label, r.finding?.id])).to.deep.equal([
      ['Video', 'all-video-2017'],
      ['Facebook Live', 'all-facebook-live-2017'],
    ]);
    expect(barsInput(survey, nl, INTERACTION_NOTES).map((r) => r.finding?.id)).to.deep.equal([
      'all-broadcast-2017',
      'all-interaction-barrier-2017',
    ]);
  });
});

describe('layoutInteractionGap', () => {
  const wide = layoutInteractionGap(survey, 800, nl, measure, quote);
  const narrow = layoutInteractionGap(survey, 280, nl, measure, quote);

  it('splits each bar at the share that interacts: about 1 in 3 on Twitter, more than half on Facebook', () => {
    const tw = row(wide, 'twitter');
    const fb = row(wide, 'facebook');
    expect(r1(tw.point!.x)).to.equal(r1(at(wide, 1 / 3)));
    expect(r1(fb.point!.x)).to.equal(r1(at(wide, 0.5)));
    expect([tw.point!.kind, fb.point!.kind]).to.deep.equal(['about', 'more-than']);
    expect([tw.point!.text, fb.point!.text].map(nb)).to.deep.equal(['≈ 1 op 3', '> 1 op 2']);
    expect([tw.rest!.text, fb.rest!.text].map(nb)).to.deep.equal(['≈ 2 op 3', '< 1 op 2']);
    for (const r of [tw, fb]) expect(r.track).to.deep.equal({ x: wide.x0, w: wide.x1 - wide.x0 });
  });

  it('draws no sharp end for an approximate share: it fades out around “about”, beyond “more than”', () => {
    const tw = row(wide, 'twitter');
    const fb = row(wide, 'facebook');
    // About: the solid bar stops before the share and the soft end runs on past it.
    expect(tw.bar!.x + tw.bar!.w).to.be.below(tw.point!.x);
    expect(tw.soft!.x + tw.soft!.w).to.be.above(tw.point!.x);
    expect(r1(tw.soft!.x + tw.soft!.w / 2)).to.equal(r1(tw.point!.x));
    // More than: solid up to half, soft beyond it, where the true share lies.
    expect(r1(fb.bar!.x + fb.bar!.w)).to.equal(r1(fb.point!.x));
    expect(r1(fb.soft!.x)).to.equal(r1(fb.point!.x));
    expect(fb.soft!.w).to.be.above(0);
  });

  it('puts the share’s label left of the split and the rest’s right of it, apart', () => {
    for (const l of [wide, narrow])
      for (const r of l.rows) {
        const p = r.point!;
        expect(p.labelX + measure(p.text), `${r.key} ${l.width}`).to.be.at.most(p.x);
        expect(r.rest!.labelX, `${r.key} ${l.width}`).to.be.at.least(p.labelX + measure(p.text) + 7);
        expect(r.rest!.labelX + measure(r.rest!.text)).to.be.at.most(l.width);
        expect(p.labelY).to.be.above(r.y);
      }
  });

  it('tells the findings without a number as notes in the article’s words, with no figure', () => {
    expect(wide.notes.map((n) => n.key)).to.deep.equal(['broadcast', 'interaction-barrier']);
    const text = wide.notes.map((n) => n.lines.map((l) => l.text).join(' '));
    expect(text[0]).to.equal(`Vooral zenden: geen cijfer — “${f('all-broadcast-2017').words}”`);
    expect(text[1]).to.contain('tijd- en personeelsgebrek');
    for (const t of text) expect(t).to.not.match(/\d/);
    // Narrow: the long note wraps instead of being cut, every line fits.
    const barrier = narrow.notes[1];
    expect(barrier.lines.length).to.be.above(2);
    expect(barrier.lines.map((l) => l.text).join(' ')).to.not.contain('…');
    for (const l of barrier.lines) expect(measure(l.text)).to.be.at.most(280 - 16);
  });

  it('makes every bar and note one mark, in reading order', () => {
    expect(wide.marks.map((m) => m.key)).to.deep.equal(['twitter', 'facebook', 'broadcast', 'interaction-barrier']);
    expect(wide.marks.map((m) => m.finding?.id)).to.deep.equal([
      'all-twitter-interaction-2017',
      'all-facebook-interaction-2017',
      'all-broadcast-2017',
      'all-interaction-barrier-2017',
    ]);
    const ys = wide.marks.map((m) => m.y);
    expect([...ys].sort((a, b) => a - b)).to.deep.equal(ys);
    // Targets of at least 24 px that do not overlap.
    for (const [i, m] of wide.marks.entries()) {
      expect(m.h, m.key).to.be.at.least(24);
      if (i) expect(m.y - m.h! / 2, m.key).to.be.at.least(wide.marks[i - 1].y + wide.marks[i - 1].h! / 2);
    }
    for (const m of wide.marks) expect(m.x + m.w! / 2).to.be.at.most(wide.width);
  });

  it('stacks the names and the legend when narrow', () => {
    expect(wide.rows[0].labelY).to.equal(wide.rows[0].y);
    expect(narrow.rows[0].labelY).to.be.below(narrow.rows[0].y);
    expect(narrow.x0).to.be.below(wide.x0);
    expect(wide.legend.map((d) => d.y)).to.deep.equal([10, 10]);
    expect(narrow.legend.map((d) => d.y)).to.deep.equal([10, 28]);
    expect(wide.ticks.map((t) => t.label)).to.deep.equal(['0%', '50%', '100%']);
  });

  it('says “not in the article” for a platform without a figure, “no figure” with the words for one without a number', () => {
    const data = validateDataset(
      survey.findings
        .filter((x) => x.id !== 'all-twitter-interaction-2017')
        .map((x) => (x.id === 'all-facebook-interaction-2017' ? { ...x, share: null, precision: 'none' } : x)),
    );
    const l = layoutInteractionGap(data, 800, nl, measure, quote);
    expect(row(l, 'twitter').empty!.text).to.equal('niet in het artikel');
    expect(row(l, 'facebook').empty!.text).to.match(/^geen cijfer: “Op Facebook/);
    for (const r of l.rows) expect(r.point).to.equal(undefined);
    expect(l.marks).to.have.length(4);
  });
});

describe('layoutVideoAdoption', () => {
  const wide = layoutVideoAdoption(survey, 800, nl, measure, quote);
  const narrow = layoutVideoAdoption(survey, 280, nl, measure, quote);

  it('puts each video finding on a 0-100% scale, 13% sharp, about 1 in 3 soft', () => {
    const [own, made, more] = wide.rows;
    expect([own.key, made.key, more.key]).to.deep.equal(['video-in-house', 'video-outsourced', 'video-more']);
    expect(r1(own.point!.x)).to.equal(r1(at(wide, 1 / 3)));
    expect(r1(made.point!.x)).to.equal(r1(at(wide, 0.13)));
    expect(r1(more.point!.x)).to.equal(r1(at(wide, 1 / 3)));
    expect(wide.rows.map((r) => nb(r.point!.text))).to.deep.equal(['≈ 1 op 3', '13%', '≈ 1 op 3']);
    expect(wide.rows.map((r) => r.point!.kind)).to.deep.equal(['about', 'exact', 'about']);
    expect(made.soft).to.equal(undefined);
    expect(r1(made.bar!.x + made.bar!.w)).to.equal(r1(made.point!.x));
    expect(own.soft).to.not.equal(undefined);
    for (const r of wide.rows) expect(r.track).to.equal(undefined);
    for (const r of wide.rows) expect(r.rest).to.equal(undefined);
  });

  it('labels each share right of its dot, inside the chart', () => {
    for (const l of [wide, narrow])
      for (const r of l.rows) {
        expect(r.point!.labelX).to.be.above(r.point!.x + 6);
        expect(r.point!.labelX + measure(r.point!.text)).to.be.at.most(l.width);
      }
  });

  it('tells “Video wint aan belang” and Facebook Live in words, never with a number', () => {
    expect(wide.notes.map((n) => n.key)).to.deep.equal(['video', 'facebook-live']);
    expect(wide.notes.map((n) => n.lines.map((l) => l.text).join(' '))).to.deep.equal([
      'Video: geen cijfer — “Video wint aan belang.”',
      'Facebook Live: geen cijfer — “Ook Facebook Live valt in de smaak.”',
    ]);
    expect(wide.marks.map((m) => m.key)).to.deep.equal([
      'video-in-house',
      'video-outsourced',
      'video-more',
      'video',
      'facebook-live',
    ]);
  });

  it('has six ticks wide (every 20%) and three narrow, names beside or above the bars', () => {
    expect(wide.ticks).to.have.length(6);
    expect(narrow.ticks).to.have.length(3);
    expect(wide.rows[1].labelY).to.equal(wide.rows[1].y);
    expect(narrow.rows[1].labelY).to.be.below(narrow.rows[1].y);
    expect(wide.legend).to.deep.equal([]);
  });
});

describe('layoutBars without any row', () => {
  it('draws nothing and still has a height', () => {
    const l = layoutBars({ rows: [], notes: [], width: 400, strings: nl, measure, quote });
    expect(l.marks).to.deep.equal([]);
    expect(l.height).to.be.above(0);
  });
});
