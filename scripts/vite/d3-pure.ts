import type { Plugin } from 'vite';

/** The d3 modules whose top-level factory calls a bundler cannot see as pure. */
const MODULES = /\/node_modules\/d3-(ease|interpolate)\/dist\/[\w-]+\.mjs$/;

/**
 * Tells the bundler which top-level calls of d3-ease and d3-interpolate it may drop when nothing uses what they
 * build: each `var x = f(…)` builds a function from constants (`var polyIn = (function custom(e) { … })(3)`,
 * `var interpolateHsl = hsl(hue)`) and touches nothing else, but a bundler must assume that a call may have side
 * effects, so it keeps every ease and interpolator of those modules although the charts use one ease and one
 * interpolator. The plugin only adds `/*#__PURE__*\/` before such calls; d3's code is otherwise untouched.
 */
export function d3PureFactories(): Plugin {
  return {
    name: 'd3-pure-factories',
    transform(code, id) {
      if (!MODULES.test(id)) return null;
      const annotated = code.replace(
        /^((?:var|const) [\w$]+ = )(\(function [\w$]*\(|[\w$]+\()/gm,
        (_, declaration: string, call: string) => `${declaration}/*#__PURE__*/ ${call}`,
      );
      return { code: annotated, map: null };
    },
  };
}

/** The module d3-scale's `import … from 'd3-interpolate'` resolves to in dist/embed.js (see `d3NumericScales`). */
const NUMERIC = '\0d3-interpolate-numeric';

/**
 * Tells the bundler that d3-scale's default interpolator is never used. A continuous scale starts with
 * d3-interpolate's `interpolate`, which dispatches on the type of its range (colours, dates, strings, arrays,
 * objects) and so reaches all of d3-color; every linear scale of this library is made by `linearScale` in
 * src/core/scale.ts, which sets `interpolateNumber`, the interpolator that `interpolate` picks for numbers anyway.
 * The bundler cannot see that the default is always replaced, so in dist/embed.js d3-scale's import of
 * d3-interpolate resolves to d3-interpolate's own number interpolators, with `interpolateNumber` as the default:
 * d3-color and the other interpolators go. Nothing of d3 is copied or changed; the ES modules leave d3 to the
 * bundler of the page. test/build/d3-pure.test.ts checks that every linear scale goes through `linearScale`.
 */
export function d3NumericScales(): Plugin {
  return {
    name: 'd3-numeric-scales',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'd3-interpolate' && importer && /\/node_modules\/d3-scale\//.test(importer)) return NUMERIC;
      return null;
    },
    load(id) {
      if (id !== NUMERIC) return null;
      return `export { interpolateNumber, interpolateNumber as interpolate, interpolateRound, piecewise } from 'd3-interpolate';`;
    },
  };
}
