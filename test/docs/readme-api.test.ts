/**
 * The README's element API tables are generated from custom-elements.json (scripts/api-tables.mjs); this fails
 * when they drift: a JSDoc changed (the build regenerates the manifest) but `npm run docs` was not run.
 */
import { expect } from '@open-wc/testing';
import manifest from '../../custom-elements.json';
import { elementsOf, updateReadme } from '../../scripts/api-tables.mjs';

describe('README API tables', () => {
  it('has a section and a generated table for every element of custom-elements.json', async () => {
    const readme = await (await fetch('/README.md')).text();
    const { text, problems } = updateReadme(readme, manifest);
    expect(problems, 'README problems').to.deep.equal([]);
    for (const { tagName } of elementsOf(manifest)) expect(readme, tagName).to.contain(`<!-- api:start ${tagName} -->`);
    expect(text === readme, 'README.md API tables differ from custom-elements.json: run `npm run docs`').to.be.true;
  });

  it('documents lang, theme, src and data for every element (inherited from ChartElement)', () => {
    for (const d of elementsOf(manifest) as unknown as {
      tagName: string;
      attributes?: { name: string }[];
      members?: { name: string }[];
    }[]) {
      const names = [...(d.attributes ?? []), ...(d.members ?? [])].map((x) => x.name);
      for (const name of ['lang', 'theme', 'src', 'data']) expect(names, `<${d.tagName}> ${name}`).to.include(name);
    }
  });
});
