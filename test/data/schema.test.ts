import { expect } from '@open-wc/testing';
import { DataError, parseShare, validateDataset } from '../../src/data/schema.js';
import { parseFindingsCsv } from '../../src/data/csv.js';

const good = {
  id: 'a',
  organisation: 'ocmw',
  platform: 'instagram',
  year: 2017,
  share: '1/3',
  precision: 'about',
  words: 'één op drie',
};

describe('parseShare', () => {
  const cases: [unknown, number | null, [number, number] | null][] = [
    [0.45, 0.45, null],
    [0, 0, null],
    [1, 1, null],
    ['1/3', 1 / 3, [1, 3]],
    ['2 / 5', 0.4, [2, 5]],
    ['45%', 0.45, null],
    ['13,5%', 0.135, null],
    ['0.57', 0.57, null],
    [1.2, null, null],
    [-0.1, null, null],
    ['4/3', null, null],
    ['1/0', null, null],
    ['abc', null, null],
    ['', null, null],
    [null, null, null],
    [NaN, null, null],
  ];
  for (const [input, share, fraction] of cases) {
    it(`reads ${JSON.stringify(input)}`, () => {
      const r = parseShare(input);
      if (share === null) expect(r).to.equal(null);
      else {
        expect(r!.share).to.be.closeTo(share, 1e-9);
        expect(r!.fraction).to.deep.equal(fraction);
      }
    });
  }
});

describe('validateDataset', () => {
  it('normalises a good record', () => {
    const d = validateDataset({ findings: [good] });
    expect(d.findings[0]).to.deep.include({
      id: 'a',
      topic: 'presence',
      year: 2017,
      precision: 'about',
      fraction: [1, 3],
    });
    expect(d.findings[0].share).to.be.closeTo(1 / 3, 1e-9);
  });

  it('accepts an exact share with one or two decimals as a percentage', () => {
    for (const share of [0.455, '45,5%', '12.25%', 0.57])
      expect(validateDataset([{ ...good, share, precision: 'exact' }]).findings[0].share).to.be.a('number');
  });

  it('accepts a bare list and string years (CSV)', () => {
    const d = validateDataset([{ ...good, year: '2016', platform: '' }]);
    expect(d.findings[0].year).to.equal(2016);
    expect(d.findings[0].platform).to.equal(null);
  });

  const bad: [string, unknown, RegExp][] = [
    ['not an object', 42, /expected an object with a "findings" list/],
    ['no findings', { title: 'x' }, /no "findings" list/],
    ['empty findings', { findings: [] }, /empty/],
    ['record not an object', { findings: ['x'] }, /Record 1 \(findings\[0\]\) is "x"/],
    ['missing id', { findings: [{ ...good, id: undefined }] }, /Record 1 \(findings\[0\]\): field "id"/],
    ['duplicate id', { findings: [good, good] }, /Record "a" \(findings\[1\]\): field "id" .* no other record/],
    [
      'unknown organisation',
      { findings: [{ ...good, organisation: 'school' }] },
      /field "organisation" is "school"; expected one of "municipality", "ocmw", "police", "fire", "all"/,
    ],
    [
      'unknown platform',
      { findings: [{ ...good, platform: 'tiktok' }] },
      /field "platform" is "tiktok"; expected one of "social-media"/,
    ],
    ['unknown topic', { findings: [{ ...good, topic: 'cats' }] }, /field "topic"/],
    ['bad year', { findings: [{ ...good, year: 2018 }] }, /field "year" is 2018; expected one of "2016", "2017"/],
    ['bad precision', { findings: [{ ...good, precision: 'roughly' }] }, /field "precision" is "roughly"/],
    [
      'share missing for about',
      { findings: [{ ...good, share: null }] },
      /field "share" is null; expected a proportion/,
    ],
    [
      'share over 1',
      { findings: [{ ...good, share: 45, precision: 'exact' }] },
      /field "share" is 45; expected a proportion from 0 to 1/,
    ],
    [
      'share given for none',
      { findings: [{ ...good, precision: 'none' }] },
      /field "share" is "1\/3"; expected empty, because precision is "none"/,
    ],
    ['no words', { findings: [{ ...good, words: ' ' }] }, /field "words"/],
    ['note not text', { findings: [{ ...good, note: 3 }] }, /field "note" is 3; expected a text/],
    [
      'an exact share a chart would have to round',
      { findings: [{ ...good, share: 0.32432, precision: 'exact' }] },
      /field "share" is 0.32432; expected a percentage with at most two decimals \("45.5%" or 0.455\), because precision is "exact"/,
    ],
    [
      'two findings for one cell',
      { findings: [good, { ...good, id: 'b', year: '2017', share: '40%' }] },
      /Record "b" \(findings\[1\]\): field "year" is "2017"; expected one finding per organisation, platform, topic and year; record "a" \(findings\[0\]\) has the same four/,
    ],
  ];
  for (const [name, input, message] of bad) {
    it(`rejects ${name}`, () => {
      let error: unknown;
      try {
        validateDataset(input);
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(DataError);
      expect((error as Error).message).to.match(message);
    });
  }
});

describe('parseFindingsCsv', () => {
  it('reads rows into records the validator accepts', () => {
    const csv =
      'id,organisation,platform,year,share,precision,words\nx,fire,instagram,2016,40%,exact,"van 40%, in 2016"\n';
    const d = validateDataset(parseFindingsCsv(csv));
    expect(d.findings[0]).to.deep.include({ id: 'x', organisation: 'fire', share: 0.4, words: 'van 40%, in 2016' });
  });
  it('names missing columns', () => {
    expect(() => parseFindingsCsv('id,organisation\nx,fire')).to.throw(
      DataError,
      /lacks the columns "year", "precision", "words"/,
    );
  });
});
