import { expect } from '@open-wc/testing';
import { TAGS, elements } from '../../src/elements.js';
import pkg from '../../package.json';
import budgets from '../../size-budgets.json';
import manifest from '../../custom-elements.json';

/**
 * src/tags.ts is the one list of the library's tags. What cannot be derived from it (JSON files, the JSDoc `@tag`
 * the manifest is made from, each element's own define module) is checked against it here.
 */
const sorted = (xs: Iterable<string>) => [...xs].sort();
const tags = sorted(TAGS);

/** Entries of package.json that are not an element. */
const OTHER_EXPORTS = [
  '.',
  './define',
  './data',
  './react',
  './jsx',
  './react-jsx',
  './vue',
  './embed.js',
  './survey-2017.json',
  './custom-elements.json',
  './web-types.json',
  './vscode.html-custom-data.json',
  './vscode.css-custom-data.json',
  './package.json',
];
const isOtherSideEffect = (file: string) =>
  file === './dist/define.js' || file === './dist/react.js' || file.startsWith('./dist/embed') || file.includes('*');

describe('the registry of tags (src/tags.ts)', () => {
  it('has a class for each tag and no other', () => {
    expect(sorted(Object.keys(elements))).to.deep.equal(tags);
    expect(new Set(Object.values(elements)).size).to.equal(TAGS.length);
  });

  it('package.json exports exactly its tags, each to its define module', () => {
    const exports = pkg.exports as Record<string, unknown>;
    const keys = Object.keys(exports).filter((k) => !OTHER_EXPORTS.includes(k));
    expect(sorted(keys)).to.deep.equal(sorted(TAGS.map((tag) => `./${tag}`)));
    for (const tag of TAGS)
      expect(exports[`./${tag}`], tag).to.deep.equal({
        types: `./dist/charts/${tag}/define.d.ts`,
        default: `./dist/${tag}.js`,
      });
  });

  it('package.json sideEffects names exactly its tags’ entries (with define, the define modules and the scripts)', () => {
    const files = pkg.sideEffects.filter((f) => !isOtherSideEffect(f));
    expect(sorted(files)).to.deep.equal(sorted(TAGS.map((tag) => `./dist/${tag}.js`)));
    expect(pkg.sideEffects).to.include.members(['./dist/define.js', './dist/charts/*/define.js', './dist/embed.js']);
  });

  it('size-budgets.json has a budget for each tag alone and no other element', () => {
    const names = Object.keys(budgets).filter((name) => !name.endsWith('.js'));
    expect(sorted(names)).to.deep.equal(tags);
  });

  it('custom-elements.json (from each class’s @tag) has exactly its tags, each on its class', () => {
    const found: [string, string][] = [];
    for (const m of manifest.modules as { declarations?: { name: string; tagName?: string }[] }[])
      for (const d of m.declarations ?? []) if (d.tagName) found.push([d.tagName, d.name]);
    expect(sorted(found.map(([tag]) => tag))).to.deep.equal(tags);
    for (const [tag, name] of found) expect(elements[tag as keyof typeof elements].name, tag).to.equal(name);
  });

  it('each element’s define module registers its class under its tag', async () => {
    for (const tag of TAGS) {
      await import(`../../src/charts/${tag}/define.ts`);
      expect(customElements.get(tag), tag).to.equal(elements[tag]);
    }
  });
});
