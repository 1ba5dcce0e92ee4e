import { expect } from '@open-wc/testing';
import { surveyModule } from '../../scripts/vite/survey-rows.js';
import raw from '../../data/survey-2017.json';
import { validateDataset } from '../../src/data/schema.js';

/** The embed script bundles the survey as rows (scripts/vite/survey-rows.ts): it must read as the JSON does. */
describe('survey rows', () => {
  it('gives the same dataset as data/survey-2017.json', async () => {
    const code = surveyModule(raw as unknown as { findings: Record<string, unknown>[] });
    const { default: rows } = await import(`data:text/javascript,${encodeURIComponent(code)}`);
    expect(validateDataset(rows)).to.deep.equal(validateDataset(raw));
  });
  it('refuses a field it does not know', () => {
    expect(() => surveyModule({ findings: [{ id: 'x', colour: 'red' }] })).to.throw(/colour/);
  });
});
