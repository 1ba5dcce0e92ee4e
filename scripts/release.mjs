/**
 * `npm run release`: writes release/, what is published.
 *
 * - release/lokale-besturen-charts-<version>.tgz: the npm package (`npm pack`, whose prepack step writes
 *   dist/integrity.json), what jsDelivr and unpkg serve once it is published;
 * - release/site/: a static site to copy as it is to any static host or CDN (every path in it is relative):
 *   index.html (the demo article) with demo/, builder.html (the embed builder), dist/ with the scripts pages load
 *   (embed.js, its parts, frame.js, frame-resize.js, builder.js), frame.html, integrity.json and static/ (every
 *   static image), and storybook/ (the built Storybook).
 *
 * Steps: `npm run build`, `npm run images` (every preset), `npm pack`, copy, then check the site (checkSite). The
 * Storybook is built with `npm run build-storybook` when storybook-static/ is missing, and reused when it is there
 * (CI has just built it); `--fresh` builds it again.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAGE_SCRIPTS, sri } from './integrity.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (...parts) => join(root, ...parts);
const release = at('release');
const site = at('release', 'site');

function run(command, ...args) {
  console.log(`\n== ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`release: \`${[command, ...args].join(' ')}\` failed`);
    process.exit(result.status ?? 1);
  }
}

/**
 * The files a site must have, and the hashes of integrity.json checked against the files; returns the problems
 * found (none when the site is complete). The test in test/release reads the same site through the test server.
 */
export function checkSite(folder, tarballs) {
  const problems = [];
  const need = [
    'index.html',
    'builder.html',
    'demo/article.css',
    'dist/frame.html',
    'dist/integrity.json',
    'dist/static/index.json',
    'storybook/index.html',
    ...PAGE_SCRIPTS.map((name) => `dist/${name}`),
  ];
  for (const file of need) if (!existsSync(join(folder, file))) problems.push(`${file} is missing`);
  if (problems.length) return problems;

  const integrity = JSON.parse(readFileSync(join(folder, 'dist/integrity.json'), 'utf8'));
  for (const name of PAGE_SCRIPTS)
    if (integrity[name] !== sri(join(folder, 'dist', name))) problems.push(`integrity.json: ${name} does not match`);
  // Every script a page of the site loads from dist/ has its hash.
  for (const page of ['index.html', 'builder.html', 'dist/frame.html'])
    for (const [, src] of readFileSync(join(folder, page), 'utf8').matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) {
      const name = src.replace(/^(\.\/)?(dist\/)?/, '');
      if (!integrity[name]) problems.push(`${page} loads ${src}, which integrity.json does not list`);
    }
  // Relative paths only: the site may live in any folder of any host.
  for (const page of ['index.html', 'builder.html', 'dist/frame.html'])
    for (const [, url] of readFileSync(join(folder, page), 'utf8').matchAll(/\s(?:src|href)="(\/[^"]*)"/g))
      problems.push(`${page} points at ${url}, a path from the host's root`);
  if (tarballs.length !== 1) problems.push(`release/ holds ${tarballs.length} npm packages, not one`);
  return problems;
}

function main() {
  // build-storybook builds dist/ first; otherwise the build here.
  if (process.argv.includes('--fresh') || !existsSync(at('storybook-static', 'index.html')))
    run('npm', 'run', 'build-storybook', '--silent');
  else {
    console.log('storybook-static/ is there: reused (npm run release -- --fresh builds it again)');
    run('npm', 'run', 'build', '--silent');
  }
  run('npm', 'run', 'images', '--silent');

  rmSync(release, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  run('npm', 'pack', '--silent', '--pack-destination', 'release');

  const copy = (from, to = from) => cpSync(at(from), join(site, to), { recursive: true });
  copy('index.html');
  copy('builder.html');
  copy('demo');
  for (const name of [...PAGE_SCRIPTS, 'frame.html', 'integrity.json', 'static']) copy(join('dist', name));
  copy('storybook-static', 'storybook');

  const tarballs = readdirSync(release).filter((name) => name.endsWith('.tgz'));
  const problems = checkSite(site, tarballs);
  if (problems.length) {
    console.error(`\nrelease/site is not complete:\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  const images = JSON.parse(readFileSync(join(site, 'dist/static/index.json'), 'utf8')).length;
  console.log(
    `\nrelease/${tarballs[0]}\nrelease/site/: the demo, the builder, dist/ (${images} static images), storybook/`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
