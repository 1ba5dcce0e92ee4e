import { expect } from '@open-wc/testing';
import { surveyModule } from '../../scripts/vite/survey-rows.js';
import raw from '../../data/survey-2017.json';
import { validateDataset } from '../../src/data/schema.js';
import { translationOf } from '../../src/data/query.js';
import { quotesIn } from '../../src/i18n/quotes.js';
import { nl } from '../../src/i18n/nl.js';
import { en } from '../../src/i18n/en.js';
import { fr } from '../../src/i18n/fr.js';

/** The embed script bundles the survey as rows (scripts/vite/survey-rows.ts): it must be what the validator makes of the JSON. */
describe('survey rows', () => {
  it('gives the same dataset as data/survey-2017.json', async () => {
    const code = surveyModule(raw as unknown as { findings: Record<string, unknown>[] });
    const { survey } = await import(`data:text/javascript,${encodeURIComponent(code)}`);
    expect(survey).to.deep.equal(validateDataset(raw));
    expect(survey.findings.find((f: { id: string }) => f.id == 'ocmw-twitter-2017').fraction).to.deep.equal([1, 3]);
  });
  it('lean (src/data/survey.ts, what the charts draw): without the translations, which the quotes of their language give back, and the sources of the counts', async () => {
    const code = surveyModule(raw as unknown as { findings: Record<string, unknown>[] }, { lean: true });
    const { survey } = await import(`data:text/javascript,${encodeURIComponent(code)}`);
    const expected = validateDataset(raw);
    expected.respondents = expected.respondents.map((r) => ({ ...r, answeredSource: '', populationSource: '' }));
    expected.findings = expected.findings.map((f) => ({
      ...f,
      wordsEn: null,
      wordsFr: null,
      respondents: expected.respondents.find((r) => r.organisation == f.organisation && r.year == f.year) ?? null,
    }));
    expect(survey).to.deep.equal(expected);
  });
  it('leaves every translation to the quotes of its language, which give the same words', () => {
    for (const f of validateDataset(raw).findings) {
      const bare = { ...f, wordsEn: null, wordsFr: null };
      expect(translationOf(bare, en)?.text ?? null, f.id).to.equal(f.wordsEn);
      expect(translationOf(bare, fr)?.text ?? null, f.id).to.equal(f.wordsFr);
      expect(translationOf(bare, nl), f.id).to.equal(null);
    }
    expect(Object.keys(quotesIn(raw, 'wordsEn'))).to.have.length.greaterThan(20);
  });
  it('refuses a field it does not know, and data the validator refuses', () => {
    const ok = { id: 'x', organisation: 'ocmw', year: 2017, precision: 'none', words: 'w' };
    expect(() => surveyModule({ findings: [{ ...ok, colour: 'red' }] })).to.throw(/colour/);
    expect(() => surveyModule({ findings: [{ ...ok, year: 2015 }] })).to.throw(/year/);
  });
});
