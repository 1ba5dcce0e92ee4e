import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { TAGS } from '../../src/tags.js';
import pkg from '../../package.json';
import manifest from '../../custom-elements.json';

/**
 * custom-elements.json as the package ships it, and the editor and framework files generated from it by the build
 * (scripts/editor-types.mjs): VS Code's custom data, JetBrains web-types, and the JSX, React and Vue declarations,
 * which a TSX fixture type-checks (scripts/wtr-package.mjs runs the project's tsc). Run after `npm run build`.
 */

interface Attribute {
  name: string;
  fieldName?: string;
  type?: { text: string };
}
interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: Attribute[];
  events?: { name: string }[];
}
interface Module {
  path: string;
  typeDefinitionPath?: string;
  declarations?: Declaration[];
  exports?: { declaration: { module?: string } }[];
}
const modules = manifest.modules as unknown as Module[];
const elements = modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));
const sorted = (xs: Iterable<string>) => [...xs].sort();

/** The values an attribute's type lists, as scripts/editor-types.mjs reads them (`'a' | 2016` gives a, 2016). */
const valuesOf = (a: Attribute) =>
  (a.type?.text ?? '')
    .split('|')
    .map((v) => v.trim())
    .filter((v) => /^'[^']*'$|^-?\d+$/.test(v))
    .map((v) => v.replace(/'/g, ''));

/** The test server serves .json files as modules. */
const json = <T>(url: string): Promise<T> => import(url).then((m: { default: T }) => m.default);
/** A generated file of dist/ as text (the test server would serve a .d.ts compiled, as an empty module). */
const text = (file: string) => executeServerCommand('read-dist', { file }) as Promise<string>;

describe('custom-elements.json', () => {
  it('points at what the package ships: every module, type definition and reference is a file in dist/', async () => {
    const paths = new Set<string>();
    const collect = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (node && typeof node === 'object') {
        const o = node as Record<string, unknown>;
        if (typeof o.module === 'string' && !o.package) paths.add(o.module);
        Object.values(o).forEach(collect);
      }
    };
    for (const m of modules) {
      paths.add(m.path);
      expect(m.typeDefinitionPath, m.path).to.be.a('string');
      paths.add(m.typeDefinitionPath!);
      collect(m.declarations);
      collect(m.exports);
    }
    expect(
      [...paths].filter((p) => !/^dist\/.+\.(js|d\.ts)$/.test(p)),
      'paths outside dist/',
    ).to.deep.equal([]);
    for (const path of paths) {
      const response = await fetch(`/${path}`, { method: 'HEAD' });
      expect(response.status, path).to.equal(200);
    }
    // Every element's module is there, with its class.
    expect(sorted(elements.map((d) => d.tagName!))).to.deep.equal(sorted(TAGS));
  });

  it('is in package.json: `exports`, `files`, `customElements`, and the editor files beside it', () => {
    const exports = pkg.exports as Record<string, unknown>;
    expect(exports['./custom-elements.json']).to.equal('./custom-elements.json');
    expect(pkg.files).to.include('custom-elements.json');
    expect(pkg.customElements).to.equal('custom-elements.json');
    expect((pkg as Record<string, unknown>)['web-types']).to.equal('./dist/web-types.json');
    expect(exports['./web-types.json']).to.equal('./dist/web-types.json');
    expect(exports['./vscode.html-custom-data.json']).to.equal('./dist/vscode.html-custom-data.json');
    expect(exports['./jsx']).to.deep.equal({ types: './dist/jsx.d.ts' });
    expect(exports['./react-jsx']).to.deep.equal({ types: './dist/react-jsx.d.ts' });
    expect(exports['./vue']).to.deep.equal({ types: './dist/vue.d.ts' });
    expect(exports['./react']).to.deep.equal({ types: './dist/react.d.ts', default: './dist/react.js' });
  });
});

describe('editor files generated from the manifest', () => {
  it('VS Code custom data lists every tag with every attribute and the values its type lists', async () => {
    type Tag = { name: string; description: string; attributes: { name: string; values?: { name: string }[] }[] };
    const data = await json<{ version: number; tags: Tag[] }>('/dist/vscode.html-custom-data.json');
    expect(data.version).to.equal(1.1);
    expect(sorted(data.tags.map((t) => t.name))).to.deep.equal(sorted(TAGS));
    for (const el of elements) {
      const tag = data.tags.find((t) => t.name === el.tagName)!;
      expect(tag.description, el.tagName).to.not.equal('');
      expect(tag.attributes.map((a) => a.name)).to.deep.equal((el.attributes ?? []).map((a) => a.name));
      for (const a of el.attributes ?? [])
        expect(
          (tag.attributes.find((x) => x.name === a.name)!.values ?? []).map((v) => v.name),
          `${el.tagName} ${a.name}`,
        ).to.deep.equal(valuesOf(a));
    }
    // What an editor offers for `<adoption-chart platform="`.
    const platform = data.tags.find((t) => t.name === 'adoption-chart')!.attributes.find((a) => a.name === 'platform');
    expect(platform!.values!.map((v) => v.name)).to.include('instagram');
    const css = await json<{ properties: { name: string }[] }>('/dist/vscode.css-custom-data.json');
    expect(css.properties.map((p) => p.name)).to.include('--chart-color-2016');
  });

  it('web-types list every tag with its attributes, their values, and its events', async () => {
    type Element = {
      name: string;
      attributes: { name: string; value: { type: string }; values?: { name: string }[] }[];
      js: { events: { name: string }[] };
    };
    const data = await json<{ name: string; version: string; contributions: { html: { elements: Element[] } } }>(
      '/dist/web-types.json',
    );
    expect(data.name).to.equal(pkg.name);
    expect(data.version).to.equal(pkg.version);
    const found = data.contributions.html.elements;
    expect(sorted(found.map((e) => e.name))).to.deep.equal(sorted(TAGS));
    for (const el of elements) {
      const e = found.find((x) => x.name === el.tagName)!;
      expect(e.attributes.map((a) => a.name)).to.deep.equal((el.attributes ?? []).map((a) => a.name));
      for (const a of el.attributes ?? []) {
        const w = e.attributes.find((x) => x.name === a.name)!;
        expect(w.value.type, `${el.tagName} ${a.name}`).to.equal(a.type?.text ?? 'string');
        expect((w.values ?? []).map((v) => v.name)).to.deep.equal(valuesOf(a));
      }
      expect(e.js.events.map((x) => x.name)).to.deep.equal((el.events ?? []).map((x) => x.name));
    }
  });

  it('the JSX, React and Vue declarations name every tag and every event', async () => {
    const [jsx, react, vue] = await Promise.all(['jsx', 'react-jsx', 'vue'].map((name) => text(`${name}.d.ts`)));
    for (const el of elements) {
      for (const file of [jsx, react, vue]) expect(file).to.contain(`'${el.tagName}':`);
      for (const a of el.attributes ?? [])
        expect(jsx, `${el.tagName} ${a.name}`).to.match(new RegExp(`\\b'?${a.name}'?\\?:`));
      for (const e of el.events ?? []) {
        expect(jsx).to.contain(`'on${e.name}'?: (event: ChartEvent<'${e.name}'>) => void;`);
        const camel = e.name.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase());
        expect(vue).to.contain(`on${camel}?: (event: ChartEvent<'${e.name}'>) => void;`);
      }
    }
  });
});

describe('the JSX declarations in a TSX project (tsc)', function () {
  this.timeout(60000);

  /** `<tag attribute=value />` in TSX: a number in braces, text in quotes. */
  const jsx = (tag: string, attribute: string, value: string) =>
    `<${tag} ${attribute}=${/^-?\d+$/.test(value) ? `{${value}}` : JSON.stringify(value)} />`;

  it('accepts every value the manifest lists, and rejects one it does not, for every attribute', async () => {
    const good: string[] = [];
    const bad: string[] = [];
    for (const el of elements)
      for (const a of el.attributes ?? []) {
        const values = valuesOf(a);
        if (!values.length) continue;
        for (const value of values) good.push(jsx(el.tagName!, a.name, value));
        // An attribute set as its property is typed as it (a free attribute such as `lang` takes any text).
        if (a.fieldName === a.name) bad.push(jsx(el.tagName!, a.name, 'not-a-value'));
      }
    expect(good.length).to.be.greaterThan(20);
    expect(bad.length).to.be.greaterThan(5);
    const header = [
      "import type {} from 'lokale-besturen-charts/react-jsx';",
      "import type { CustomElements } from 'lokale-besturen-charts/jsx';",
      "import type { ChartSelectDetail } from 'lokale-besturen-charts';",
      "import { AdoptionChart } from 'lokale-besturen-charts/react';",
    ].join('\n');
    const list = (lines: string[]) => `export const all = [\n${lines.map((l) => `  ${l},`).join('\n')}\n];\n`;
    const files = {
      'good.tsx': `${header}
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const everyTag: Same<keyof CustomElements, ${TAGS.map((t) => `'${t}'`).join(' | ')}> = true;
let picked: ChartSelectDetail | undefined;
export const handlers = [
  <adoption-chart platform="instagram" year={2017} lang="fr-BE" onchart-select={(e) => (picked = e.detail)} />,
  <AdoptionChart platform="instagram" year={2017} onChartSelect={(e) => (picked = e.detail)} />,
  <platform-growth organisation="ocmw" data={{ findings: [] }} download="csv png" theme="dark" />,
];
${list(good)}export { picked };
`,
      'bad.tsx': `${header}\n${list(bad)}export const wrapper = <AdoptionChart platform="not-a-value" />;\n`,
    };
    const { status, output } = (await executeServerCommand('typecheck', { files })) as {
      status: number;
      output: string;
    };
    const errors = output.split('\n').filter((line) => /error TS\d+/.test(line));
    expect(
      errors.filter((line) => !line.startsWith('node_modules/.cache/typecheck/bad.tsx')),
      'errors outside bad.tsx',
    ).to.deep.equal([]);
    expect(status).to.not.equal(0);
    // One error per wrong value: the line of each, 3 (the imports) + 1 (`export const all = [`) + its index + 1.
    const lines = new Set(errors.map((line) => Number(line.match(/bad\.tsx\((\d+),/)?.[1])));
    for (let i = 0; i < bad.length; i++) expect(lines.has(6 + i), bad[i]).to.be.true;
    expect(lines.has(6 + bad.length + 1), 'the React component with a wrong value').to.be.true;
    expect(output).to.contain('"not-a-value"');
  });

  it('type-checks Vue’s global components against Vue’s own types', async () => {
    const files = {
      'vue.ts': `import type {} from 'lokale-besturen-charts/vue';
import type { GlobalComponents } from 'vue';
type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];
export const good: Props<'adoption-chart'> = { platform: 'instagram', year: 2017, onChartSelect: (e) => e.detail.share };
// @ts-expect-error: not a platform
export const bad: Props<'adoption-chart'> = { platform: 'not-a-value' };
export const tags: (keyof GlobalComponents)[] = [${TAGS.map((t) => `'${t}'`).join(', ')}];
`,
    };
    const { status, output } = (await executeServerCommand('typecheck', { files })) as {
      status: number;
      output: string;
    };
    expect(output).to.equal('');
    expect(status).to.equal(0);
  });
});
