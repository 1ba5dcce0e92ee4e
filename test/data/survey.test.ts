import { expect } from '@open-wc/testing';
import { survey } from '../../src/data/survey.js';
import { selectFindings, findFinding } from '../../src/data/query.js';
import { parseShare } from '../../src/data/schema.js';

/**
 * Every finding of the article, written out by hand from data/source/article-2017-nl.txt.
 * A record changed or removed in data/survey-2017.json makes this test fail.
 * [id, organisation, platform, topic, year, share as written, precision]
 */
const EXPECTED: [string, string, string | null, string, number, number | string | null, string][] = [
  ['ocmw-social-media-2016', 'ocmw', 'social-media', 'presence', 2016, 0.45, 'exact'],
  ['ocmw-social-media-2017', 'ocmw', 'social-media', 'presence', 2017, 0.67, 'exact'],
  ['all-social-media-2017', 'all', 'social-media', 'presence', 2017, null, 'none'],
  ['municipality-social-media-2016', 'municipality', 'social-media', 'presence', 2016, null, 'none'],
  ['municipality-social-media-2017', 'municipality', 'social-media', 'presence', 2017, null, 'none'],
  ['police-social-media-2016', 'police', 'social-media', 'presence', 2016, null, 'none'],
  ['police-social-media-2017', 'police', 'social-media', 'presence', 2017, null, 'none'],
  ['fire-social-media-2016', 'fire', 'social-media', 'presence', 2016, null, 'none'],
  ['fire-social-media-2017', 'fire', 'social-media', 'presence', 2017, null, 'none'],
  ['all-twitter-2017', 'all', 'twitter', 'presence', 2017, null, 'none'],
  ['all-facebook-2017', 'all', 'facebook', 'presence', 2017, null, 'none'],
  ['all-instagram-2017', 'all', 'instagram', 'presence', 2017, null, 'none'],
  ['all-whatsapp-2017', 'all', 'whatsapp', 'presence', 2017, null, 'none'],
  ['ocmw-facebook-2017', 'ocmw', 'facebook', 'presence', 2017, null, 'none'],
  ['ocmw-twitter-2017', 'ocmw', 'twitter', 'presence', 2017, '1/3', 'about'],
  ['police-whatsapp-2016', 'police', 'whatsapp', 'presence', 2016, null, 'none'],
  ['police-whatsapp-2017', 'police', 'whatsapp', 'presence', 2017, '1/5', 'about'],
  ['municipality-whatsapp-2016', 'municipality', 'whatsapp', 'presence', 2016, null, 'none'],
  ['municipality-whatsapp-2017', 'municipality', 'whatsapp', 'presence', 2017, '1/10', 'more-than'],
  ['ocmw-whatsapp-2017', 'ocmw', 'whatsapp', 'presence', 2017, null, 'none'],
  ['fire-whatsapp-2017', 'fire', 'whatsapp', 'presence', 2017, '1/10', 'about'],
  ['police-instagram-2016', 'police', 'instagram', 'presence', 2016, '1/10', 'about'],
  ['police-instagram-2017', 'police', 'instagram', 'presence', 2017, '1/5', 'about'],
  ['municipality-instagram-2016', 'municipality', 'instagram', 'presence', 2016, '2/5', 'about'],
  ['municipality-instagram-2017', 'municipality', 'instagram', 'presence', 2017, '2/3', 'less-than'],
  ['ocmw-instagram-2016', 'ocmw', 'instagram', 'presence', 2016, null, 'negligible'],
  ['ocmw-instagram-2017', 'ocmw', 'instagram', 'presence', 2017, '1/3', 'about'],
  ['fire-instagram-2016', 'fire', 'instagram', 'presence', 2016, 0.4, 'exact'],
  ['fire-instagram-2017', 'fire', 'instagram', 'presence', 2017, 0.57, 'exact'],
  ['all-video-2017', 'all', null, 'video', 2017, null, 'none'],
  ['municipality-video-in-house-2017', 'municipality', null, 'video-in-house', 2017, '1/3', 'about'],
  ['municipality-video-outsourced-2017', 'municipality', null, 'video-outsourced', 2017, 0.13, 'exact'],
  ['municipality-video-more-2017', 'municipality', null, 'video-more', 2017, '1/3', 'about'],
  ['all-facebook-live-2017', 'all', 'facebook', 'facebook-live', 2017, null, 'none'],
  ['all-broadcast-2017', 'all', 'social-media', 'broadcast', 2017, null, 'none'],
  ['all-twitter-interaction-2017', 'all', 'twitter', 'interaction', 2017, '1/3', 'about'],
  ['all-facebook-interaction-2017', 'all', 'facebook', 'interaction', 2017, '1/2', 'more-than'],
  ['all-interaction-barrier-2017', 'all', 'social-media', 'interaction-barrier', 2017, null, 'none'],
  ['all-improve-2017', 'all', 'social-media', 'improve', 2017, '1/2', 'more-than'],
];

describe('the bundled survey', () => {
  it('has exactly the expected findings, in order', () => {
    expect(survey.findings.map((f) => f.id)).to.deep.equal(EXPECTED.map((r) => r[0]));
  });

  for (const [id, organisation, platform, topic, year, share, precision] of EXPECTED) {
    it(`${id}: ${precision} ${share ?? '—'}`, () => {
      const f = survey.findings.find((x) => x.id === id)!;
      expect({
        organisation: f.organisation,
        platform: f.platform,
        topic: f.topic,
        year: f.year,
        precision: f.precision,
      }).to.deep.equal({
        organisation,
        platform,
        topic,
        year,
        precision,
      });
      if (share === null) expect(f.share).to.equal(null);
      else expect(f.share).to.be.closeTo(parseShare(share)!.share, 1e-9);
    });
  }

  it('quotes the article word for word in every finding', async () => {
    const article = await (await fetch('/data/source/article-2017-nl.txt')).text();
    const norm = (s: string) => s.replace(/\s+/g, ' ');
    const missing = survey.findings.filter((f) => !norm(article).includes(norm(f.words))).map((f) => f.id);
    expect(missing).to.deep.equal([]);
  });

  it('shows every exact percentage of the article as an exact finding', async () => {
    const article = await (await fetch('/data/source/article-2017-nl.txt')).text();
    const printed = [...new Set([...article.matchAll(/(\d+)%/g)].map((m) => Number(m[1]) / 100))].sort();
    const exact = [...new Set(survey.findings.filter((f) => f.precision === 'exact').map((f) => f.share))].sort();
    expect(exact).to.deep.equal(printed);
  });

  it('gives no number to a finding without one', () => {
    for (const f of survey.findings.filter((x) => x.precision === 'none' || x.precision === 'negligible'))
      expect(f.share, f.id).to.equal(null);
  });

  it('has Instagram figures for all four organisations in both years', () => {
    for (const organisation of ['municipality', 'ocmw', 'police', 'fire'] as const)
      for (const year of [2016, 2017] as const)
        expect(
          findFinding(survey, { organisation, platform: 'instagram', topic: 'presence', year }),
          `${organisation} ${year}`,
        ).to.not.equal(null);
  });
});

describe('selectFindings', () => {
  const cases: [Parameters<typeof selectFindings>[1], string[]][] = [
    [{ organisation: 'ocmw', platform: 'social-media' }, ['ocmw-social-media-2016', 'ocmw-social-media-2017']],
    [{ organisation: 'fire', platform: 'instagram', year: 2017 }, ['fire-instagram-2017']],
    [{ topic: 'interaction' }, ['all-twitter-interaction-2017', 'all-facebook-interaction-2017']],
    [
      { organisation: 'municipality', platform: null },
      ['municipality-video-in-house-2017', 'municipality-video-outsourced-2017', 'municipality-video-more-2017'],
    ],
    [{ organisation: 'police', platform: 'facebook' }, []],
  ];
  for (const [query, ids] of cases) {
    it(JSON.stringify(query), () => expect(selectFindings(survey, query).map((f) => f.id)).to.deep.equal(ids));
  }
});
