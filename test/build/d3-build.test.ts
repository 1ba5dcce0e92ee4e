/**
 * What the embed build's d3 plugins (scripts/vite/d3-pure.ts) take for granted. `d3NumericScales` resolves
 * d3-scale's default interpolator to `interpolateNumber` in dist/embed.js, which is right only while every linear
 * scale of src/ sets `interpolateNumber` itself: made by `linearScale` (src/core/scale.ts), no other continuous
 * scale of d3-scale imported anywhere.
 */
import { expect } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';
import { interpolateNumber } from 'd3-interpolate';
import { linearScale, shareScale } from '../../src/core/scale.js';

/** Every src/ module the build bundles, found from the entries by their relative imports. */
async function sources(): Promise<Map<string, string>> {
  const seen = new Map<string, string>();
  const visit = async (path: string) => {
    if (seen.has(path)) return;
    const text = await readFile({ path: `../../${path}` });
    if (text === undefined) throw new Error(`cannot read ${path}`);
    seen.set(path, text);
    for (const [, rel] of text.matchAll(/from '(\.{1,2}\/[^']+)\.js'/g)) {
      const parts = path.split('/').slice(0, -1);
      for (const step of rel.split('/')) {
        if (step === '..') parts.pop();
        else if (step !== '.') parts.push(step);
      }
      await visit(`${parts.join('/')}.ts`);
    }
  };
  for (const entry of ['src/embed.ts', 'src/index.ts', 'src/define.ts']) await visit(entry);
  return seen;
}

/** The names each module imports from d3-scale. */
const d3ScaleImports = (all: Map<string, string>) =>
  [...all].flatMap(([path, text]) =>
    [...text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'d3-scale'/g)].flatMap(([, names]) =>
      names.split(',').map((n) => ({
        path,
        name: n
          .trim()
          .split(/\s+as\s+/)[0]
          .replace(/^type\s+/, ''),
      })),
    ),
  );

describe('d3 in the embed build (scripts/vite/d3-pure.ts)', () => {
  it('every linear scale interpolates numbers: only src/core/scale.ts makes one, and it sets interpolateNumber', async () => {
    const all = await sources();
    expect(all.size).to.be.greaterThan(40);
    const imports = d3ScaleImports(all);
    expect(imports.length, 'the library imports d3-scale').to.be.greaterThan(3);
    // Continuous scales (those with an interpolator) of d3-scale, imported elsewhere than src/core/scale.ts.
    const continuous = /^scale(Linear|Pow|Sqrt|Log|Symlog|Radial|Time|Utc|Sequential\w*|Diverging\w*)$/;
    const elsewhere = imports.filter(({ path, name }) => continuous.test(name) && path !== 'src/core/scale.ts');
    expect(elsewhere.map(({ path, name }) => `${path}: ${name}`)).to.deep.equal([]);
    expect(linearScale().interpolate()).to.equal(interpolateNumber);
    expect(shareScale(10, 110).interpolate()).to.equal(interpolateNumber);
  });

  it('leaves d3-color out of dist/embed.js, and every ease but the one the charts use', async () => {
    const response = await fetch('/dist/embed.js');
    expect(response.ok, 'dist/embed.js is built (npm run build)').to.be.true;
    const code = await response.text();
    expect(code).to.include('lokaleBesturenCharts');
    // d3-color's table of CSS colour names, and d3-ease's elastic and bounce constants.
    for (const word of ['aliceblue', 'rebeccapurple', '7.5625', '1.70158'])
      expect(code, `dist/embed.js holds "${word}"`).not.to.include(word);
  });
});
