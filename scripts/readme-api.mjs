/**
 * `npm run docs`: rewrites the README's element API tables from custom-elements.json (run `npm run analyze`
 * or `npm run build` first; `npm run docs` does). `--check` only reports whether the README is current.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { updateReadme } from './api-tables.mjs';

const readmeUrl = new URL('../README.md', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const readme = readFileSync(readmeUrl, 'utf8');
const { text, problems } = updateReadme(readme, manifest);
for (const p of problems) console.error(`README.md: ${p}`);
if (process.argv.includes('--check')) {
  if (text !== readme) console.error('README.md: the API tables differ from custom-elements.json; run `npm run docs`.');
  process.exit(text !== readme || problems.length ? 1 : 0);
}
if (text !== readme) writeFileSync(readmeUrl, text);
console.log(text !== readme ? 'README.md: API tables updated.' : 'README.md: API tables are current.');
process.exit(problems.length ? 1 : 0);
