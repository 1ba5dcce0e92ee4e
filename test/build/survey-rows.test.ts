import { expect } from '@open-wc/testing';
import { surveyModule } from '../../scripts/vite/survey-rows.js';
import raw from '../../data/survey-2017.json';
import { validateDataset } from '../../src/data/schema.js';

/** The embed script bundles the survey as rows (scripts/vite/survey-rows.ts): it must be what the validator makes of the JSON. */
describe('survey rows', () => {
  it('gives the same dataset as data/survey-2017.json', async () => {
    const code = surveyModule(raw as unknown as { findings: Record<string, unknown>[] });
    const { survey } = await import(`data:text/javascript,${encodeURIComponent(code)}`);
    expect(survey).to.deep.equal(validateDataset(raw));
    expect(survey.findings.find((f: { id: string }) => f.id == 'ocmw-twitter-2017').fraction).to.deep.equal([1, 3]);
  });
  it('refuses a field it does not know, and data the validator refuses', () => {
    const ok = { id: 'x', organisation: 'ocmw', year: 2017, precision: 'none', words: 'w' };
    expect(() => surveyModule({ findings: [{ ...ok, colour: 'red' }] })).to.throw(/colour/);
    expect(() => surveyModule({ findings: [{ ...ok, year: 2015 }] })).to.throw(/year/);
  });
});
