/**
 * custom-elements.json from the JSDoc on each element class: `npm run analyze` (part of `npm run build`).
 *
 * The analyzer parses with its own TypeScript 5 (a dependency of @custom-elements-manifest/analyzer; the
 * project's TypeScript 7 is the native compiler and has no JS API).
 *
 * Each element class names its tag with JSDoc `@tag <name>` (the tags are listed in src/tags.ts; a test checks
 * that the manifest has exactly those). The plugin below adds the `custom-element-definition` export for each such
 * class (the analyzer only adds it for a literal `customElements.define` call, and the elements are registered
 * through `define` in src/base/define.ts). It also drops private members (implementation details) so the manifest
 * holds the public API plus what subclasses may use (protected), and events without a description (see below).
 * A second plugin, `shippedPaths`, points every path of the manifest at what the package ships (see there).
 */

function projectPlugin() {
  return {
    name: 'lokale-besturen-charts',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          if (d.kind !== 'class') continue;
          // Reactive properties are declared in `static properties` (no decorators): the analyzer then lists
          // internal state (`{ state: true }`) as attributes of private fields, and marks the rest "public", the
          // default, which the API tables read as absent.
          const hidden = new Set((d.members ?? []).filter((m) => m.privacy === 'private').map((m) => m.name));
          for (const key of ['members', 'attributes']) {
            if (d[key])
              d[key] = d[key].filter(
                (m) =>
                  m.privacy !== 'private' &&
                  !m.name.startsWith('#') &&
                  !hidden.has(m.fieldName) &&
                  !(m.static && m.name === 'styles'),
              );
            for (const m of d[key] ?? []) if (m.privacy === 'public') delete m.privacy;
          }
          // Events are documented with @fires; the analyzer also reports the generic `emit(name, …)` of
          // ChartElement as an event called "name", which no element fires.
          if (d.events) d.events = d.events.filter((e) => e.description);
          // Set by the analyzer from `@tag`.
          const tag = d.tagName;
          if (!tag) continue;
          mod.exports ??= [];
          if (!mod.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag))
            mod.exports.push({
              kind: 'custom-element-definition',
              name: tag,
              declaration: { name: d.name, module: mod.path },
            });
        }
      }
    },
  };
}

/**
 * The analyzer reads the sources (`src/…/x.ts`), but the package ships `dist/…/x.js` (the ES build keeps one file per
 * source module, vite.config.ts) with `dist/…/x.d.ts` beside it (tsconfig.build.json): every module path and every
 * reference to a module of this package (`declaration`, `inheritedFrom`, `superclass`: `src/x.ts`, `/src/x.js`, or
 * `./x.js` relative to the module) becomes the shipped file, and each module gets its `typeDefinitionPath`.
 * References to other packages (`{ package: 'lit' }`) stay as they are. test/package/manifest.test.ts checks that
 * every such path exists in dist/ after the build.
 */
function shippedPaths() {
  /** `src/a/b.ts`, `/src/a/b.js` or (relative to `from`) `./b.js` as `dist/a/b.js`. */
  const shipped = (path, from) => {
    let p = path;
    if (p.startsWith('./') || p.startsWith('../')) p = new URL(p, `file:///${from}`).pathname;
    p = p.replace(/^\//, '');
    if (!p.startsWith('src/')) return path;
    return p.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
  };
  const walk = (node, from) => {
    if (Array.isArray(node)) for (const x of node) walk(x, from);
    else if (node && typeof node === 'object') {
      if (typeof node.module === 'string' && !node.package) node.module = shipped(node.module, from);
      for (const value of Object.values(node)) walk(value, from);
    }
  };
  return {
    name: 'shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      // In the order of their paths: the analyzer's follows the file system's, which changes between runs.
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      for (const mod of customElementsManifest.modules) {
        const source = mod.path;
        walk(mod.declarations, source);
        walk(mod.exports, source);
        mod.path = shipped(source, source);
        mod.typeDefinitionPath = mod.path.replace(/\.js$/, '.d.ts');
      }
    },
  };
}

export default {
  globs: ['src/base/words-element.ts', 'src/base/chart-element.ts', 'src/base/bar-chart.ts', 'src/charts/*/*.ts'],
  // Styles are not API (their CSS would land in the manifest as a default value); the parts and custom
  // properties are documented with @csspart and @cssproperty on each class.
  exclude: ['src/**/define.ts', 'src/charts/*/layout.ts', 'src/**/*.test.ts', 'src/**/styles.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [projectPlugin(), shippedPaths()],
};
