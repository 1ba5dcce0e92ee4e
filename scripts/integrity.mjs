/**
 * `node scripts/integrity.mjs [folder]`: writes <folder>/integrity.json (dist/ by default), the Subresource Integrity
 * hash of every script in it that a page loads: `{ "embed.js": "sha384-…", … }`. A page pins a script by copying
 * its hash into the tag: `<script src="…/embed.js" integrity="sha384-…" crossorigin="anonymous">`.
 *
 * `npm pack` (prepack) and `npm run release` write it; `npm run build` does not, because the development servers
 * (Vite's and the test runner's) rewrite the scripts they serve, so a hash of the built file would not match there.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The classic scripts in dist/ that pages load: the embed script and the parts it fetches (which it pins by their
 * hashes when it is pinned itself, see src/parts/lazy.ts), the iframe page's script, the host page's resizer and
 * the embed builder's script. The ES modules beside them are for bundlers, which check their own lock files.
 */
export const PAGE_SCRIPTS = [
  'embed.js',
  'embed-en.js',
  'embed-fr.js',
  'embed-data.js',
  'embed-downloads.js',
  'frame.js',
  'frame-resize.js',
  'builder.js',
];

/** The SRI value of a file, as a browser checks it: "sha384-" and the base64 of its SHA-384 digest. */
export const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;

/** The hashes of the page scripts in a folder, by file name; throws when one is missing (build first). */
export function integrityOf(folder) {
  const missing = PAGE_SCRIPTS.filter((name) => !existsSync(join(folder, name)));
  if (missing.length) throw new Error(`${folder}: ${missing.join(', ')} missing; run npm run build first`);
  return Object.fromEntries(PAGE_SCRIPTS.map((name) => [name, sri(join(folder, name))]));
}

export function writeIntegrity(folder) {
  const file = join(folder, 'integrity.json');
  writeFileSync(file, `${JSON.stringify(integrityOf(folder), null, 2)}\n`);
  return file;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const folder = process.argv[2] ?? fileURLToPath(new URL('../dist/', import.meta.url));
  console.log(`wrote ${writeIntegrity(folder)}`);
}
