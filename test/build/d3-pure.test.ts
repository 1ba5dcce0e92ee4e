/**
 * scripts/vite/d3-pure.ts lets the bundler drop d3-color's CIELAB, HCL and Cubehelix classes from dist/embed.js,
 * which is right only while nothing in src/ can reach them: no import of those colour spaces from d3-color, nor of
 * their interpolators from d3-interpolate.
 */
import { expect } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';

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

describe('d3 pure annotations (scripts/vite/d3-pure.ts)', () => {
  it('are safe: no module of the library imports the colour spaces whose classes the build drops', async () => {
    const all = await sources();
    expect(all.size).to.be.greaterThan(40);
    const imports = [...all].flatMap(([path, text]) =>
      [...text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'(d3-[\w-]+)'/g)].map(([, names, pkg]) => ({
        path,
        pkg,
        names: names.split(',').map((n) => n.trim().split(/\s+as\s+/)[0]),
      })),
    );
    expect(imports.length, 'the library imports d3').to.be.greaterThan(3);
    const forbidden = {
      'd3-color': ['lab', 'hcl', 'lch', 'gray', 'cubehelix'],
      'd3-interpolate': [
        'interpolateLab',
        'interpolateHcl',
        'interpolateHclLong',
        'interpolateCubehelix',
        'interpolateCubehelixLong',
      ],
    } as Record<string, string[]>;
    const found = imports.flatMap(({ path, pkg, names }) =>
      names.filter((n) => forbidden[pkg]?.includes(n)).map((n) => `${path}: ${n} from ${pkg}`),
    );
    expect(found).to.deep.equal([]);
  });
});
