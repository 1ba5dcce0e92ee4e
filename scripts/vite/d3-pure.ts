import type { Plugin } from 'vite';

/** The d3 modules whose top-level factory calls a bundler cannot see as pure. */
const MODULES = /\/node_modules\/d3-(ease|interpolate)\/dist\/[\w-]+\.mjs$/;
const COLOR = /\/node_modules\/d3-color\/dist\/[\w-]+\.mjs$/;

/**
 * The colour spaces of d3-color that nothing in this library reaches: CIELAB, HCL and Cubehelix. Their only
 * references left after the charts' tree-shaking are their own `define(Lab, lab, …)` statements, which set up the
 * classes' methods; marked pure, they go with the classes. Only while no code of the library imports `lab`, `hcl`,
 * `lch`, `gray` or `cubehelix` from d3-color, or the interpolators of those spaces from d3-interpolate:
 * test/build/d3-pure.test.ts checks the imports of src/.
 */
export const UNUSED_COLOR_SPACES = ['Lab', 'Hcl', 'Cubehelix'];

/**
 * Tells the bundler which top-level calls of d3-ease, d3-interpolate and d3-color it may drop when nothing uses
 * what they build. d3-ease and d3-interpolate: each `var x = f(…)` builds a function from constants
 * (`var polyIn = (function custom(e) { … })(3)`, `var interpolateHsl = hsl(hue)`) and touches nothing else, but a
 * bundler must assume that a call may have side effects, so it keeps every ease and interpolator of those modules
 * although the charts use one ease and the scales one interpolator. d3-color: see `UNUSED_COLOR_SPACES`. The plugin
 * only adds `/*#__PURE__*\/` before such calls; d3's code is otherwise untouched.
 */
export function d3PureFactories(): Plugin {
  return {
    name: 'd3-pure-factories',
    transform(code, id) {
      if (COLOR.test(id))
        return {
          code: code.replace(
            new RegExp(`^define\\((${UNUSED_COLOR_SPACES.join('|')}), `, 'gm'),
            (call) => `/*#__PURE__*/ ${call}`,
          ),
          map: null,
        };
      if (!MODULES.test(id)) return null;
      const annotated = code.replace(
        /^((?:var|const) [\w$]+ = )(\(function [\w$]*\(|[\w$]+\()/gm,
        (_, declaration: string, call: string) => `${declaration}/*#__PURE__*/ ${call}`,
      );
      return { code: annotated, map: null };
    },
  };
}
