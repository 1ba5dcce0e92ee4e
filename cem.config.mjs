/**
 * custom-elements.json from the JSDoc on each element class: `npm run analyze` (part of `npm run build`).
 *
 * The analyzer parses with its own TypeScript 5 (a dependency of @custom-elements-manifest/analyzer; the
 * project's TypeScript 7 is the native compiler and has no JS API).
 *
 * Elements are registered through `define(tag, ctor)` in `src/elements.ts`, which the analyzer does not
 * follow, so the plugin below reads that map and links each class to its tag. It also drops private members
 * (implementation details) so the manifest holds the public API plus what subclasses may use (protected),
 * and events without a description (see below).
 */
import { readFileSync } from 'node:fs';

/** `'adoption-chart': AdoptionChart,` lines of src/elements.ts -> { AdoptionChart: 'adoption-chart' }. */
function tagsFromElements() {
  const text = readFileSync(new URL('./src/elements.ts', import.meta.url), 'utf8');
  const body = text.slice(text.indexOf('export const elements'));
  return Object.fromEntries(
    [...body.matchAll(/['"]([a-z][a-z0-9]*-[a-z0-9-]+)['"]\s*:\s*([A-Za-z_$][\w$]*)/g)].map((m) => [m[2], m[1]]),
  );
}

function projectPlugin() {
  return {
    name: 'lokale-besturen-charts',
    packageLinkPhase({ customElementsManifest }) {
      const tags = tagsFromElements();
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
          const tag = tags[d.name];
          if (!tag) continue;
          d.tagName = tag;
          d.customElement = true;
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

export default {
  globs: ['src/base/*.ts', 'src/charts/*/*.ts'],
  // Styles are not API (their CSS would land in the manifest as a default value); the parts and custom
  // properties are documented with @csspart and @cssproperty on each class.
  exclude: ['src/**/define.ts', 'src/**/*.test.ts', 'src/**/styles.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [projectPlugin()],
};
