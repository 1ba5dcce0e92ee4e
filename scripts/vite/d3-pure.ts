import type { Plugin } from 'vite';

/** The d3 modules whose top-level factory calls a bundler cannot see as pure. */
const MODULES = /\/node_modules\/d3-(ease|interpolate)\/dist\/[\w-]+\.mjs$/;

/**
 * Tells the bundler which top-level calls of d3-ease and d3-interpolate are pure: each builds a function from
 * constants (`var polyIn = (function custom(e) { … })(3)`, `var interpolateHsl = hsl(hue)`) and touches nothing
 * else, but a bundler must assume that a call may have side effects, so it keeps every ease and interpolator of
 * those modules although the charts use one ease and the scales one interpolator. The plugin only adds `/*#__PURE__*\/` before such calls
 * (a top-level `var name = ` or `const name = ` followed by a call); d3's code is otherwise untouched.
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
