import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { surveyRows } from './scripts/vite/survey-rows.js';
import { d3NumericScales, d3PureFactories } from './scripts/vite/d3-pure.js';
import { TAGS } from './src/tags.js';

/**
 * The licence notice at the top of a classic script: this library (MIT), and what it bundles: Lit (BSD-3-Clause)
 * and d3 modules (ISC), whose notices the minifier would otherwise drop with their comments.
 */
const licences = (bundles: string) =>
  `/*! lokale-besturen-charts (MIT). Includes ${bundles}; the full texts are in each package's LICENSE file. */`;
const LIT = 'Lit, Copyright Google LLC (BSD-3-Clause)';
const D3 = (modules: string) => `${modules}, Copyright Mike Bostock (ISC)`;

/**
 * Lit's own minifier of the HTML and CSS in the library's `html`, `svg` and `css` templates; the library's sources
 * only (Storybook's build also runs this configuration, over its own code).
 */
const minifyTemplates = () => minifyHTML({ include: ['src/**/*.ts'], failOnError: true });

/** The optional parts of dist/embed.js, each its own classic script, fetched on first use (src/parts/lazy.ts). */
const PARTS = ['en', 'fr', 'data', 'downloads'];

/**
 * The parts' Subresource Integrity hashes (sha384, base64), written into dist/embed.js: where a page pins embed.js
 * by its hash, embed.js pins its parts by theirs (src/parts/lazy.ts). `build:embed` builds the parts first.
 */
function partIntegrity() {
  const missing = PARTS.filter((part) => !existsSync(`dist/embed-${part}.js`));
  if (missing.length)
    throw new Error(
      `vite.config: build the parts before embed.js (npm run build:embed); missing: ${missing.join(', ')}`,
    );
  const sri = (file: string) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
  return Object.fromEntries(PARTS.map((part) => [part, sri(`dist/embed-${part}.js`)]));
}

/**
 * The iframe page, dist/frame.html, as it is written in src/frame/frame.html: emitted beside dist/frame.js, its
 * script, by the `frame` build.
 */
const framePage = (): Plugin => ({
  name: 'frame-page',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'frame.html', source: readFileSync('src/frame/frame.html', 'utf8') });
  },
});

/**
 * The elements' own attributes (not the shared lang, theme, src and download, nor the editor's words) with the values
 * their manifest types list, and the editor's words (the attributes every element inherits from WordsElement), for
 * the embed builder: custom-elements.json as committed (`npm run docs` keeps it current).
 */
function elementAttributes() {
  type Attribute = {
    name: string;
    description?: string;
    default?: string;
    type?: { text?: string };
    inheritedFrom?: { name: string };
  };
  type Declaration = { tagName?: string; attributes?: Attribute[] };
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as {
    modules: { declarations?: Declaration[] }[];
  };
  const shared = ['lang', 'theme', 'src', 'download'];
  const valuesOf = (type = '') =>
    type
      .split('|')
      .map((v) => v.trim())
      .filter((v) => /^'[^']*'$|^\d+$/.test(v))
      .map((v) => v.replace(/'/g, ''));
  const byTag: Record<string, { name: string; description: string; values: string[]; default?: string }[]> = {};
  const isWord = (a: Attribute) => a.inheritedFrom?.name == 'WordsElement';
  let words: { name: string; description: string }[] = [];
  for (const d of manifest.modules.flatMap((m) => m.declarations ?? []))
    if (d.tagName) {
      words = (d.attributes ?? []).filter(isWord).map((a) => ({ name: a.name, description: a.description ?? '' }));
      byTag[d.tagName] = (d.attributes ?? [])
        .filter((a) => !shared.includes(a.name) && !isWord(a))
        .map((a) => ({
          name: a.name,
          description: a.description ?? '',
          values: valuesOf(a.type?.text),
          default: a.default?.replace(/'/g, '') || undefined,
        }));
    }
  return { byTag, words };
}

/**
 * The classic scripts of pages beside the elements: the iframe page's own script (src/frame/), the host page's
 * resizer, and the embed builder's (src/builder/).
 */
const PAGE_SCRIPTS: Record<string, { entry: string; file: string }> = {
  frame: { entry: 'src/frame/frame.ts', file: 'frame.js' },
  'frame-resize': { entry: 'src/frame/resize.ts', file: 'frame-resize.js' },
  builder: { entry: 'src/builder/builder.ts', file: 'builder.js' },
};

/**
 * The builds (Vite 8 / rolldown):
 * - `vite build --mode embed-en|embed-fr|embed-data|embed-downloads`: the optional parts of the embed script,
 *   dist/embed-<part>.js; then `--mode embed`: dist/embed.js, one classic script (IIFE) with lit and the survey that
 *   registers every element, and the parts' hashes;
 * - `vite build --mode frame`: dist/frame.html and its script dist/frame.js (one chart from the query string, in
 *   an iframe); `--mode frame-resize`: dist/frame-resize.js, which a host page loads to resize such iframes;
 *   `--mode builder`: dist/builder.js, the script of builder.html (the embed builder);
 * - `vite build`: ES modules in dist/ (one file per source module, lit and d3 left as imports) for bundlers.
 * `vite` (dev) serves index.html, the demo article.
 */
export default defineConfig(({ mode }) => {
  const part = mode.match(/^embed-(\w+)$/)?.[1];
  if (part) {
    if (!PARTS.includes(part)) throw new Error(`vite.config: no part "${part}"; the parts are ${PARTS.join(', ')}`);
    return {
      publicDir: false,
      // The English and French parts carry the survey's quotes in their language, as a map written at build time.
      plugins: [surveyRows()],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        lib: {
          entry: `src/parts/${part}.part.ts`,
          formats: ['iife'],
          name: 'lokaleBesturenChartsPart',
          fileName: () => `embed-${part}.js`,
        },
        // The editor-data and downloads parts carry d3-dsv; the language parts only this library's own strings.
        rolldownOptions: {
          output: { postBanner: part === 'data' || part === 'downloads' ? licences(D3('d3-dsv')) : '' },
        },
      },
    };
  }
  const pageScript = PAGE_SCRIPTS[mode];
  if (pageScript) {
    return {
      publicDir: false,
      plugins: mode === 'frame' ? [framePage()] : [],
      define:
        mode === 'builder'
          ? {
              __ELEMENT_ATTRIBUTES__: JSON.stringify(elementAttributes().byTag),
              __WORD_ATTRIBUTES__: JSON.stringify(elementAttributes().words),
            }
          : {},
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        sourcemap: false,
        lib: {
          entry: pageScript.entry,
          formats: ['iife'],
          name: 'lokaleBesturenChartsPage',
          fileName: () => pageScript.file,
        },
      },
    };
  }
  if (mode === 'embed') {
    return {
      publicDir: false,
      // The survey as rows checked at build time (see src/data/survey.ts): the script then carries neither the
      // JSON's repeated field names nor the validator, which is in the editor-data part, nor the translations.
      plugins: [surveyRows(), minifyTemplates(), d3PureFactories(), d3NumericScales()],
      define: { __PART_INTEGRITY__: JSON.stringify(partIntegrity()) },
      // The optional parts are fetched on first use, not bundled.
      resolve: { alias: [{ find: /^(.*)\/parts\/index\.js$/, replacement: '$1/parts/lazy.js' }] },
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        sourcemap: false,
        lib: { entry: 'src/embed.ts', formats: ['iife'], name: 'lokaleBesturenCharts', fileName: () => 'embed.js' },
        rolldownOptions: {
          output: {
            // V8's compile hint, which must open the file: nearly every function of the script runs for the first
            // chart, so compiling them all while the script loads beats compiling each on its first call
            // (own main-thread CPU to first chart 22 -> 17 ms in the bench; BENCHMARKS.md, Findings).
            postBanner:
              '//# allFunctionsCalledOnLoad\n' +
              licences(`${LIT}, and ${D3('d3-scale, d3-format, d3-interpolate, d3-array, d3-ease')}`),
          },
        },
      },
    };
  }
  return {
    publicDir: false,
    // The bundled survey checked at build time here too: an element alone then carries no validator (it is in the
    // editor-data chunk). Templates minified as in the embed script (a bundler's minifier leaves their text alone).
    plugins: [surveyRows(), minifyTemplates()],
    server: { port: 5173, open: false },
    preview: { port: 4173 },
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: false,
      lib: {
        entry: {
          index: 'src/index.ts',
          define: 'src/define.ts',
          // One entry per element, dist/<tag>.js: what `import 'lokale-besturen-charts/<tag>'` loads.
          ...Object.fromEntries(TAGS.map((tag) => [tag, `src/charts/${tag}/define.ts`])),
          // The whole survey, with its translations and sources: `lokale-besturen-charts/data`.
          data: 'src/data/dataset.ts',
          // The React components, dist/react.js (`lokale-besturen-charts/react`): React stays the page's own.
          react: 'src/react.ts',
        },
        formats: ['es'],
      },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//, /^d3-/, /^react($|\/)/],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
