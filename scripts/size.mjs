/**
 * Size guard: fails when dist/embed.js, one of its optional parts (dist/embed-fr.js, embed-data.js,
 * embed-downloads.js) or one element imported alone grows past its gzip budget. Budgets named `*.js` are
 * files of dist/, read as built. One element alone = its ES entry bundled with lit and d3 (what a bundler user
 * ships), minified.
 * Usage: node scripts/size.mjs [--json]   (run after npm run build)
 */
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { build } from 'esbuild';
import { staticClosure } from './static-closure.mjs';

const budgets = JSON.parse(readFileSync(new URL('../size-budgets.json', import.meta.url), 'utf8'));
const dist = new URL('../dist/', import.meta.url);
if (!existsSync(new URL('embed.js', dist))) {
  console.error('dist/embed.js is missing: run npm run build first.');
  process.exit(1);
}

const measure = (code) => ({
  min: code.length,
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code).length,
});

async function bundle(entry) {
  const out = await build({
    entryPoints: [new URL(entry, dist).pathname],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    // The optional parts (languages, editor data, downloads) are dynamic imports: a bundler splits them into
    // chunks of their own, loaded when a chart needs one. Measured: the entry chunk, what every page loads.
    splitting: true,
    outdir: '/size-guard-out',
    metafile: true,
    target: 'es2022',
    conditions: ['production'],
    legalComments: 'none',
  });
  return staticClosure(out, entry.split('/').pop());
}

const rows = [];
for (const [name, budget] of Object.entries(budgets)) {
  if (name.endsWith('.js') && !existsSync(new URL(name, dist))) {
    console.error(`dist/${name} is missing: run npm run build first.`);
    process.exit(1);
  }
  const code = name.endsWith('.js') ? readFileSync(new URL(name, dist)) : await bundle(`${name}.js`);
  rows.push({ name, ...measure(code), budget });
}
if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
else {
  const kb = (n) => (n / 1024).toFixed(1).padStart(6) + ' kB';
  console.log('file'.padEnd(26) + 'min'.padStart(9) + 'gzip'.padStart(9) + 'brotli'.padStart(9) + 'budget'.padStart(9));
  for (const r of rows)
    console.log(
      r.name.padEnd(26) + kb(r.min) + kb(r.gzip) + kb(r.brotli) + kb(r.budget) + (r.gzip > r.budget ? '  OVER' : ''),
    );
}
const over = rows.filter((r) => r.gzip > r.budget);
if (over.length) {
  console.error(`Size guard: ${over.map((r) => `${r.name} is ${r.gzip} B gzipped, budget ${r.budget} B`).join('; ')}.`);
  process.exit(1);
}
