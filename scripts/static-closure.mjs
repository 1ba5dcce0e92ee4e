import { resolve } from 'node:path';

/**
 * What a page loads up front for one entry of a code-split esbuild build (`splitting`, `metafile`, `write: false`):
 * the entry's chunk and the chunks it imports statically, not its dynamic imports. Used by the size guard
 * (scripts/size.mjs) and the benchmark (bench/run.mjs) to measure one element as a bundler ships it.
 */
export function staticClosure(out, name) {
  const { outputs } = out.metafile;
  const seen = new Set();
  const visit = (p) => {
    if (seen.has(p)) return;
    seen.add(p);
    for (const i of outputs[p].imports) if (i.kind === 'import-statement') visit(i.path);
  };
  visit(Object.keys(outputs).find((p) => outputs[p].entryPoint && p.endsWith(`/${name}`)));
  return Buffer.concat([...seen].map((p) => out.outputFiles.find((f) => f.path === resolve(p)).contents));
}
