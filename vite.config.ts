import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { surveyRows } from './scripts/vite/survey-rows.js';
import { d3PureFactories } from './scripts/vite/d3-pure.js';
import { TAGS } from './src/tags.js';

/**
 * The licence notice at the top of a classic script: this library (MIT), and what it bundles: Lit (BSD-3-Clause)
 * and d3 modules (ISC), whose notices the minifier would otherwise drop with their comments.
 */
const licences = (bundles: string) =>
  `/*! lokale-besturen-charts (MIT). Includes ${bundles}; the full texts are in each package's LICENSE file. */`;
const LIT = 'Lit, Copyright Google LLC (BSD-3-Clause)';
const D3 = (modules: string) => `${modules}, Copyright Mike Bostock (ISC)`;

/** The optional parts of dist/embed.js, each its own classic script, fetched on first use (src/parts/lazy.ts). */
const PARTS = ['en', 'fr', 'data', 'downloads'];

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

/** The classic scripts of the iframe page (src/frame/): the page's own script, and the host page's resizer. */
const FRAME_SCRIPTS: Record<string, { entry: string; file: string }> = {
  frame: { entry: 'src/frame/frame.ts', file: 'frame.js' },
  'frame-resize': { entry: 'src/frame/resize.ts', file: 'frame-resize.js' },
};

/**
 * The builds (Vite 8 / rolldown):
 * - `vite build --mode embed`: dist/embed.js, one classic script (IIFE) with lit and the survey that registers
 *   every element; `--mode embed-en|embed-fr|embed-data|embed-downloads`: its optional parts, dist/embed-<part>.js;
 * - `vite build --mode frame`: dist/frame.html and its script dist/frame.js (one chart from the query string, in
 *   an iframe); `--mode frame-resize`: dist/frame-resize.js, which a host page loads to resize such iframes;
 * - `vite build`: ES modules in dist/ (one file per source module, lit and d3 left as imports) for bundlers.
 * `vite` (dev) serves index.html, the demo article.
 */
export default defineConfig(({ mode }) => {
  const part = mode.match(/^embed-(\w+)$/)?.[1];
  if (part) {
    if (!PARTS.includes(part)) throw new Error(`vite.config: no part "${part}"; the parts are ${PARTS.join(', ')}`);
    return {
      publicDir: false,
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
  const frameScript = FRAME_SCRIPTS[mode];
  if (frameScript) {
    return {
      publicDir: false,
      plugins: mode === 'frame' ? [framePage()] : [],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        sourcemap: false,
        lib: {
          entry: frameScript.entry,
          formats: ['iife'],
          name: 'lokaleBesturenChartsFrame',
          fileName: () => frameScript.file,
        },
      },
    };
  }
  if (mode === 'embed') {
    return {
      publicDir: false,
      // The survey as rows checked at build time (see src/data/survey.ts): the script then carries neither the
      // JSON's repeated field names nor the validator, which is in the editor-data part.
      plugins: [surveyRows(), minifyHTML({ failOnError: true }), d3PureFactories()],
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
            postBanner: licences(
              `${LIT}, and ${D3('d3-scale, d3-format, d3-interpolate, d3-color, d3-array, d3-ease')}`,
            ),
          },
        },
      },
    };
  }
  return {
    publicDir: false,
    // The bundled survey checked at build time here too: an element alone then carries no validator (it is in the
    // editor-data chunk). Templates minified as in the embed script (a bundler's minifier leaves their text alone).
    plugins: [surveyRows(), minifyHTML({ failOnError: true })],
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
          data: 'src/data/survey.ts',
        },
        formats: ['es'],
      },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//, /^d3-/],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
